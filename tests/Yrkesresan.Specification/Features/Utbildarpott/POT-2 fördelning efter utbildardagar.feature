# language: sv
@POT-2
Egenskap: POT-2 Potten fördelas efter utbildardagar

  **Källa**, projektplanen (PP §8.2): «Utbildarpotten […] samlas ihop vid årets slut och fördelas på de
  kommuner som haft medarbetare som varit utbildare. Fördelningen sker i proportion till antalet dagar
  man medverkat.»

  **Beslut**: vid årets slut delas potten mellan de kommuner vars anställda var utbildare, i proportion
  till antalet dagar de medverkade, avrundat enligt ALLOC-2. En utbildardag är en utbildare en kursdag:
  två utbildare från samma kommun samma dag är två dagar.

  Bakgrund:
    Givet regionen Norrbotten
    Och kurstillfället 2023-a av kursen fordjupning-utredning med kursdagarna 2023-03-14
    Och deltagarna Boden 49
    Och utbildarna Luleå, Luleå och Kiruna

  Scenario: 19 600 kr på 9 utbildardagar: en krona blir över och går till den största resten
    Givet kurstillfället 2023-b av kursen fordjupning-utredning med kursdagarna 2023-09-19 och 2023-09-20
    Och utbildarna Luleå, Kiruna och Piteå
    När utbildarpotten för 2023 räknas fram
    Så är utbildarpotten 19 600 kr insamlad, 19 600 kr utbetald och 0 kr ofördelad
    Och fördelas potten så:
      | kommun | utbildardagar | exakt andel | andel    |
      | Luleå  | 4             | 8 711,11    | 8 711 kr |
      | Kiruna | 3             | 6 533,33    | 6 533 kr |
      | Piteå  | 2             | 4 355,56    | 4 356 kr |

  Scenario: 19 600 kr på 10 utbildardagar går jämnt ut
    Givet kurstillfället 2023-b av kursen fordjupning-utredning med kursdagarna 2023-09-19 och 2023-09-20
    Och utbildarna Luleå, Kiruna, Piteå och Piteå (2023-09-19)
    När utbildarpotten för 2023 räknas fram
    Så är utbildarpotten 19 600 kr insamlad, 19 600 kr utbetald och 0 kr ofördelad
    Och fördelas potten så:
      | kommun | utbildardagar | exakt andel | andel    |
      | Luleå  | 4             | 7 840,00    | 7 840 kr |
      | Kiruna | 3             | 5 880,00    | 5 880 kr |
      | Piteå  | 3             | 5 880,00    | 5 880 kr |
