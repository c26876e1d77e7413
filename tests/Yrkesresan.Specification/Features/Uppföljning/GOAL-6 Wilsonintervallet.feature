# language: sv
@GOAL-6
Egenskap: GOAL-6 Ett 95 %-intervall bredvid andelen

  **Källa**, projektplanen (PP §3): «Uppföljningen för Norrbottens län kommer att hanteras, bearbetas
  och redovisas av Norrbottens Kommuner. Resultatet redovisas till styrgruppen och socialcheferna.»

  **Beslut**: bredvid den exakta andelen ger varje enkätmål andelens 95 %-intervall (Wilsons
  score-intervall), och säger när svaren är för få för att intervallet ska ligga helt över eller helt
  under gränsen. Intervallet upplyser; beslutet är GOAL-1:s.

  Bakgrund:
    Givet regionen Norrbotten
    Och effektmålet 2, «Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i.», mätt med enkätfrågan q2 för rollerna socialsekreterare, arbetsledare och chef
    Och svaren på q2 räknas så:
      | svar     | räknas som    |
      | Nöjd     | positivt      |
      | Missnöjd | inte positivt |

  Scenariomall: Intervallet upplyser, beslutet är GOAL-1:s
    Givet enkätsvaren på q2 från rollen socialsekreterare: <positiva> Nöjd och <inte positiva> Missnöjd
    När effektmålen följs upp för 2023
    Så är mål 2: <beslut>
    Och går 95 %-intervallet från <från> till <till>
    Och ligger andelen enligt intervallet: <intervallet>

    Exempel:
      | positiva | inte positiva | beslut        | från  | till  | intervallet                |
      | 8        | 2             | uppfyllt      | 0,490 | 0,943 | för få svar för att avgöra |
      | 4        | 1             | uppfyllt      | 0,376 | 0,964 | för få svar för att avgöra |
      | 10       | 0             | uppfyllt      | 0,722 | 1,000 | för få svar för att avgöra |
      | 0        | 10            | inte uppfyllt | 0,000 | 0,278 | helt under gränsen         |
      | 10       | 90            | inte uppfyllt | 0,055 | 0,174 | helt under gränsen         |
      | 95       | 5             | uppfyllt      | 0,888 | 0,978 | helt över gränsen          |
      | 100      | 0             | uppfyllt      | 0,963 | 1,000 | helt över gränsen          |

  Scenario: Intervallet förklarat, i procent avrundat utåt
    Givet enkätsvaren på q2 från rollen chef: 8 Nöjd och 2 Missnöjd
    När effektmålen följs upp för 2023
    Så är mål 2: uppfyllt
    Och förklaras intervallet "95 %-intervall 49,0–94,4 %: för få svar för att avgöra om andelen ligger över eller under 80 %"
