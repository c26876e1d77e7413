# language: sv
@FEE-1 @FEE-2 @FEE-3 @POT-1 @POT-2 @POT-3 @ALLOC-1 @ALLOC-2 @ALLOC-5
Egenskap: Årsavräkningen för Norrbotten 2023: kurstillfällen in, avräkning ut

  Det räknade exemplet i docs/worked-example-settlement.md, som tabeller: sex kurstillfällen under 2023
  i Norrbotten, och årsavräkningen av dem för var och en av de 14 kommunerna.

  **Källa**, projektplanen (PP §8.2): «Kommunerna betalar till Norrbottens Kommuner per helår 950 000
  kr. Kostnaden för projektledare faktureras respektive kommun vid varje halvårsskifte. […]
  Norrbottnens Kommuner fakturerar den rörliga kostnaden till berörda kommuner efter respektive
  utbildningstillfälle. Den rörliga avgiften består av lokal/fika-1000 kr, utbildarpott 400 kr,
  kursmaterial 100 kr och buffert 50 kr. Utbildarpotten omfattar 400 kr per utbildningsdag och
  deltagare och samlas ihop vid årets slut och fördelas på de kommuner som haft medarbetare som varit
  utbildare. Fördelningen sker i proportion till antalet dagar man medverkat.»

  **Beslut**: netto = fast kostnad + rörliga avgifter − kommunens andel av utbildarpotten. Nettot är en
  siffra att stämma av mot, ingen faktura: den fasta kostnaden faktureras vid varje halvårsskifte, den
  rörliga avgiften efter varje kurstillfälle, och potten betalas ut vid årets slut.

  Bakgrund:
    Givet regionen Norrbotten
    Och kurstillfällena:
      | kurstillfälle      | kurs                              | kursdagar                                   | deltagare                                          | utbildare                                                      | lokal  | avgift |
      | 2023-barnet-1      | handlaggning-med-barnet-i-centrum | 2023-02-07 på plats                         | Luleå 4, Boden 3 och Piteå 2                       | Luleå och Piteå                                                | –      | tas ut |
      | 2023-samtal-1      | samtal-och-delaktighet            | 2023-03-14 på plats                         | Kiruna 5, Gällivare 3 och Jokkmokk 2               | Kiruna och en extern utbildare                                 | 600 kr | tas ut |
      | 2023-barnet-2      | handlaggning-med-barnet-i-centrum | 2023-05-16 digitalt                         | Kalix 3, Haparanda 2, Överkalix 2 och Övertorneå 2 | Piteå                                                          | –      | utgår  |
      | 2023-samtal-2      | samtal-och-delaktighet            | 2023-09-19 på plats                         | Luleå 3, Älvsbyn 2, Arvidsjaur 2 och Luleå 2       | Luleå och Kiruna                                               | –      | tas ut |
      | 2023-fordjupning-1 | fordjupning-utredning             | 2023-10-10 på plats och 2023-10-11 digitalt | Piteå 4, Arjeplog 2 och Pajala 2                   | Piteå (2023-10-10), Luleå och en extern utbildare (2023-10-11) | –      | tas ut |
      | 2023-fordjupning-2 | fordjupning-utredning             | 2023-12-28 på plats och 2024-01-03 digitalt | Kiruna 3 och Boden 2                               | Kiruna och Luleå (2024-01-03)                                  | –      | tas ut |

  Scenario: Årsavräkningen 2023, kommun för kommun
    När året 2023 avräknas
    Så blir årsavräkningen:
      | kod  | kommun     | deltagardagar | avgifter | utbildardagar | pott  | fast kostnad | jan–jun | jul–dec | netto   |
      | 2505 | Arvidsjaur | 2             | 3 100    | 0             | 0     | 23 450       | 11 725  | 11 725  | 26 550  |
      | 2506 | Arjeplog   | 4             | 4 200    | 0             | 0     | 10 272       | 5 136   | 5 136   | 14 472  |
      | 2510 | Jokkmokk   | 2             | 2 300    | 0             | 0     | 18 305       | 9 153   | 9 152   | 20 605  |
      | 2513 | Överkalix  | 2             | 0        | 0             | 0     | 12 390       | 6 195   | 6 195   | 12 390  |
      | 2514 | Kalix      | 3             | 0        | 0             | 0     | 60 151       | 30 076  | 30 075  | 60 151  |
      | 2518 | Övertorneå | 2             | 0        | 0             | 0     | 16 065       | 8 033   | 8 032   | 16 065  |
      | 2521 | Pajala     | 4             | 4 200    | 0             | 0     | 22 799       | 11 400  | 11 399  | 26 999  |
      | 2523 | Gällivare  | 3             | 3 450    | 0             | 0     | 66 660       | 33 330  | 33 330  | 70 110  |
      | 2560 | Älvsbyn    | 2             | 3 100    | 0             | 0     | 30 611       | 15 306  | 15 305  | 33 711  |
      | 2580 | Luleå      | 9             | 13 950   | 4             | 7 840 | 298 397      | 149 199 | 149 198 | 304 507 |
      | 2581 | Piteå      | 10            | 11 500   | 3             | 5 880 | 161 086      | 80 543  | 80 543  | 166 706 |
      | 2582 | Boden      | 5             | 7 750    | 0             | 0     | 107 086      | 53 543  | 53 543  | 114 836 |
      | 2583 | Haparanda  | 2             | 0        | 0             | 0     | 36 366       | 18 183  | 18 183  | 36 366  |
      | 2584 | Kiruna     | 8             | 10 400   | 3             | 5 880 | 86 362       | 43 181  | 43 181  | 90 882  |
    Och är summorna:
      | deltagardagar | avgifter | utbildardagar | pott   | fast kostnad | jan–jun | jul–dec | netto   |
      | 58            | 63 950   | 10            | 19 600 | 950 000      | 475 003 | 474 997 | 994 350 |
    Och är utbildarpotten 19 600 kr insamlad, 19 600 kr utbetald och 0 kr ofördelad
    Och ger exempelfilen docs/examples/norrbotten-2023-ledger.json samma årsavräkning

  Scenario: Kurstillfället över nyår: dagen 2024-01-03 hör till 2024
    När året 2024 avräknas
    Så blir årsavräkningen:
      | kod  | kommun | deltagardagar | avgifter | utbildardagar | pott  | fast kostnad | jan–jun | jul–dec | netto   |
      | 2584 | Kiruna | 3             | 1 650    | 1             | 1 000 | 86 362       | 43 181  | 43 181  | 87 012  |
      | 2580 | Luleå  | 0             | 0        | 1             | 1 000 | 298 397      | 149 199 | 149 198 | 297 397 |
      | 2582 | Boden  | 2             | 1 100    | 0             | 0     | 107 086      | 53 543  | 53 543  | 108 186 |
    Och är utbildarpotten 2 000 kr insamlad, 2 000 kr utbetald och 0 kr ofördelad
