# language: sv
@GOAL-5
Egenskap: GOAL-5 Erfaren personal blir utbildare

  **Källa**, projektplanen (PP §2.4): «6) Att Yrkesresan erbjudit en möjlighet för erfaren personal i
  kommunerna att utvecklas i yrket genom uppdraget att bli utbildare.» (PP §2.3): «Att rekrytera och
  stödja kursledare och utbildare från kommunerna.»

  **Beslut**: målet är uppfyllt ett år när minst en anställd i en deltagande kommun undervisade en
  kursdag det året (de kommunala utbildardagarna i POT-3); kommunerna, utbildarna och utbildardagarna
  redovisas.

  Bakgrund:
    Givet länet Exempellän med kommunerna:
      | kod  | kommun     | invånare |
      | 2505 | Arvidsjaur | 300      |
      | 2506 | Arjeplog   | 100      |
      | 2510 | Jokkmokk   | 600      |
    Och från 2021 deltar Arjeplog, Arvidsjaur och Jokkmokk
    Och från 2023 deltar Arjeplog och Jokkmokk
    Och effektmålet 6, «Att Yrkesresan erbjudit en möjlighet för erfaren personal i kommunerna att utvecklas i yrket genom uppdraget att bli utbildare.», mätt ur liggaren: utbildare

  Scenario: Anställda i två kommuner undervisade
    Givet kurstillfället 2023-a av kursen intro med kursdagarna 2023-03-14 på plats och 2023-03-15 digitalt
    Och deltagarna Arjeplog 2
    Och utbildarna Arjeplog, Arjeplog (2023-03-15), Jokkmokk (2023-03-14) och en extern utbildare
    Och kurstillfället 2023-b av kursen intro med kursdagarna 2023-10-10
    Och utbildarna Jokkmokk
    När effektmålen följs upp för 2023
    Så är mål 6: uppfyllt
    Och var utbildarna:
      | kommun   | utbildare | utbildardagar |
      | Arjeplog | 2         | 3             |
      | Jokkmokk | 2         | 2             |
    Och är förklaringen "uppfyllt: anställda i deltagande kommuner hade 5 utbildardag(ar) 2023: Arjeplog 3, Jokkmokk 2"

  Scenario: Bara externa utbildare
    Givet kurstillfället 2023-a av kursen intro med kursdagarna 2023-03-14
    Och utbildarna en extern utbildare och en extern utbildare
    När effektmålen följs upp för 2023
    Så är mål 6: inte uppfyllt
    Och är förklaringen "inte uppfyllt: ingen anställd i en deltagande kommun var utbildare någon kursdag 2023"

  Scenariomall: En utbildare från en kommun som inte deltar det året, eller ett annat år
    Givet kurstillfället <kurstillfälle> av kursen intro med kursdagarna <kursdag>
    Och utbildarna <utbildare>
    När effektmålen följs upp för 2023
    Så är mål 6: <status>

    Exempel:
      | kurstillfälle | kursdag    | utbildare  | status        |
      | 2023-a        | 2023-03-14 | Arvidsjaur | inte uppfyllt |
      | 2022-a        | 2022-03-15 | Jokkmokk   | inte uppfyllt |
      | 2023-a        | 2023-03-14 | Jokkmokk   | uppfyllt      |
