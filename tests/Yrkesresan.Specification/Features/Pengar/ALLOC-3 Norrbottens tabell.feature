# language: sv
@ALLOC-3
Egenskap: ALLOC-3 Norrbottens tabell i projektplanen

  **Källa**, projektplanen (PP §8.1): «Kostnaden för projektledaren fördelas enligt befolkningens
  mängd på samtliga 14 kommuner. Se tabell nedan.» Tabellen har kolumnerna «Kommun Invånare ~Andel %
  Kostnad kr» och summaraden «Summa: 249 427 100 950 000».

  **Beslut**: planens tabell är ett testunderlag. Kolumnen «~Andel %» återskapas exakt av ALLOC-2 på
  100 procent. Kronkolumnen gör det inte: planens summa av invånare (249 427) är en mindre än radernas
  summa (249 428), och planens kronor är varje kvot mot 249 427 avrundad med halva uppåt, med
  överskottet 3 kr draget från Piteå. Mot den sanna summan ger ALLOC-2 samma kronor för 11 kommuner
  och skiljer sig med 1 kr (Kiruna), 2 kr (Luleå) och 3 kr (Piteå).

  Bakgrund:
    Givet regionen Norrbotten
    När den fasta kostnaden för 2023 fördelas

  Scenario: Planens tabell rad för rad, och vad ALLOC-2 ger
    Så stämmer planens tabell så här mot fördelningen:
      | kommun     | kod  | invånare | ~andel % | planens kr | planens avdrag kr | ALLOC-2 kr | skillnad kr |
      | Arjeplog   | 2506 | 2 697    | 1        | 10 272     | 0                 | 10 272     | 0           |
      | Arvidsjaur | 2505 | 6 157    | 3        | 23 450     | 0                 | 23 450     | 0           |
      | Boden      | 2582 | 28 116   | 11       | 107 086    | 0                 | 107 086    | 0           |
      | Gällivare  | 2523 | 17 502   | 7        | 66 660     | 0                 | 66 660     | 0           |
      | Haparanda  | 2583 | 9 548    | 4        | 36 366     | 0                 | 36 366     | 0           |
      | Jokkmokk   | 2510 | 4 806    | 2        | 18 305     | 0                 | 18 305     | 0           |
      | Kalix      | 2514 | 15 793   | 6        | 60 151     | 0                 | 60 151     | 0           |
      | Kiruna     | 2584 | 22 675   | 9        | 86 363     | 0                 | 86 362     | -1          |
      | Luleå      | 2580 | 78 346   | 32       | 298 399    | 0                 | 298 397    | -2          |
      | Pajala     | 2521 | 5 986    | 2        | 22 799     | 0                 | 22 799     | 0           |
      | Piteå      | 2581 | 42 294   | 17       | 161 083    | 3                 | 161 086    | 3           |
      | Älvsbyn    | 2560 | 8 037    | 3        | 30 611     | 0                 | 30 611     | 0           |
      | Överkalix  | 2513 | 3 253    | 1        | 12 390     | 0                 | 12 390     | 0           |
      | Övertorneå | 2518 | 4 218    | 2        | 16 065     | 0                 | 16 065     | 0           |
    Och blir procentandelarna sammanlagt 100 och kronorna sammanlagt 950 000 kr

  Scenario: Planens summarad stämmer inte med raderna
    Så är planens summa 249 427 invånare 1 mindre än radernas summa, 249 428
