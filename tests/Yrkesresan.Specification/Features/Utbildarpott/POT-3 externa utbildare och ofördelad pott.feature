# language: sv
@POT-3
Egenskap: POT-3 Externa utbildare och en pott som inte kan fördelas

  **Källa**, projektplanen (PP §8.2): potten «fördelas på de kommuner som haft medarbetare som varit
  utbildare». Tidplanen (PP §5) nämner «Uppföljning av utbildare + behovsanalys externa utbildare».

  **Beslut**: dagar då utbildare utanför regionens kommuner undervisade räknas inte. En pott utan
  kommunala utbildardagar redovisas som ofördelad, aldrig som förlorad.

  Bakgrund:
    Givet regionen Norrbotten
    Och kurstillfället 2023-samtal-1 av kursen samtal-och-delaktighet med kursdagarna 2023-03-14
    Och deltagarna Kiruna 5, Gällivare 3 och Jokkmokk 2

  Scenario: En extern utbildares dag räknas inte
    Givet utbildarna Kiruna och en extern utbildare
    När utbildarpotten för 2023 räknas fram
    Så är utbildarpotten 4 000 kr insamlad, 4 000 kr utbetald och 0 kr ofördelad
    Och fördelas potten så:
      | kommun | utbildardagar | exakt andel | andel    |
      | Kiruna | 1             | 4 000,00    | 4 000 kr |

  Scenariomall: Utan kommunala utbildardagar blir potten ofördelad
    Givet utbildarna <utbildare>
    När utbildarpotten för 2023 räknas fram
    Så är utbildarpotten 4 000 kr insamlad, 0 kr utbetald och 4 000 kr ofördelad
    Och räknas inga utbildardagar

    Exempel:
      | utbildare                                    |
      | en extern utbildare                          |
      | en extern utbildare och en extern utbildare  |
      | inga                                         |
