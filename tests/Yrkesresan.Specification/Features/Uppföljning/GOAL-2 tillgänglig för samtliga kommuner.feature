# language: sv
@GOAL-2
Egenskap: GOAL-2 Yrkesresan är tillgänglig för samtliga kommuner i länet

  **Källa**, projektplanen (PP §2.4): «7) Att Yrkesresan blir tillgänglig för samtliga kommuner i
  länet.» (PP §1.1): «I Norrbotten har samtliga 14 kommuner anslutit sig till Yrkesresan.»

  **Beslut**: målet är uppfyllt ett år när varje kommun i regionen deltar det året (medlemskapet i
  ALLOC-4); de kommuner som inte har anmält någon i liggaren nämns, som upplysning.

  Bakgrund:
    Givet länet Exempellän med kommunerna:
      | kod  | kommun     | invånare |
      | 2505 | Arvidsjaur | 300      |
      | 2506 | Arjeplog   | 100      |
      | 2510 | Jokkmokk   | 600      |
    Och från 2021 deltar Arjeplog, Arvidsjaur och Jokkmokk
    Och från 2023 deltar Arjeplog och Jokkmokk
    Och effektmålet 7, «Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.», mätt ur liggaren: tillgänglighet
    Och kurstillfället 2022-a av kursen intro med kursdagarna 2022-03-15
    Och deltagarna Arjeplog 2 och Arvidsjaur 1
    Och kurstillfället 2023-a av kursen intro med kursdagarna 2023-03-14
    Och deltagarna Arjeplog 2

  Scenario: Alla kommuner deltar 2022; Jokkmokk har inte anmält någon
    När effektmålen följs upp för 2022
    Så är mål 7: uppfyllt
    Och är andelen 3 av 3 (100,0 %)
    Och är de kommuner som deltar Arvidsjaur, Arjeplog och Jokkmokk
    Och är de kommuner som inte anmält någon Jokkmokk
    Och är förklaringen "uppfyllt: alla 3 kommuner i Exempellän deltar 2022; har inte anmält någon i liggaren: Jokkmokk"

  Scenario: Arvidsjaur deltar inte 2023
    När effektmålen följs upp för 2023
    Så är mål 7: inte uppfyllt
    Och är andelen 2 av 3 (66,6 %)
    Och är de kommuner som inte deltar Arvidsjaur
    Och är förklaringen "inte uppfyllt: 2 av 3 kommuner i Exempellän deltar 2023; deltar inte: Arvidsjaur; har inte anmält någon i liggaren: Jokkmokk"
