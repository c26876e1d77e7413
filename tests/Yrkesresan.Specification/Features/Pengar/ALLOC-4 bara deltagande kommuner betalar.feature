# language: sv
@ALLOC-4
Egenskap: ALLOC-4 Bara kommuner som deltar betalar

  **Källa**, projektplanen (PP §6.1), bland riskerna på regional nivå: «Att någon av kommunerna väljer
  att avstå sitt deltagande i Yrkesresan.» (PP §1.1): «I Norrbotten har samtliga 14 kommuner anslutit
  sig till Yrkesresan.»

  **Beslut**: bara de kommuner som deltar ett år delar det årets fasta kostnad.

  Bakgrund:
    Givet länet Exempellän med kommunerna:
      | kod  | kommun     | invånare |
      | 2505 | Arvidsjaur | 300      |
      | 2506 | Arjeplog   | 100      |
      | 2510 | Jokkmokk   | 600      |
    Och en fast kostnad på 1 000 kr om året från 2021
    Och från 2021 deltar Arjeplog, Arvidsjaur och Jokkmokk
    Och från 2023 deltar Arjeplog och Jokkmokk
    Och från 2024 deltar Arjeplog, Arvidsjaur och Jokkmokk

  Scenariomall: Arvidsjaur avstår 2023
    När den fasta kostnaden för <år> fördelas
    Så får kommunerna <fördelning>

    Exempel:
      | år   | fördelning                                             |
      | 2022 | Arjeplog 100 kr, Arvidsjaur 300 kr och Jokkmokk 600 kr |
      | 2023 | Arjeplog 143 kr och Jokkmokk 857 kr                    |
      | 2024 | Arjeplog 100 kr, Arvidsjaur 300 kr och Jokkmokk 600 kr |

  Scenariomall: I Norrbotten deltar alla 14 kommuner varje år av planen
    Givet regionen Norrbotten
    När den fasta kostnaden för <år> fördelas
    Så är den fasta kostnaden 950 000 kr och delas av 14 kommuner med sammanlagt 249 428 invånare

    Exempel:
      | år   |
      | 2021 |
      | 2023 |
      | 2028 |
