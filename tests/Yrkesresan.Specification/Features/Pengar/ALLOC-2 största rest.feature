# language: sv
@ALLOC-2
Egenskap: ALLOC-2 Avrundning med största rest

  **Källa**, projektplanen (PP §8.1): tabellen har kolumnen «~Andel %» och summaraden «Summa: 249 427
  100 950 000»: andelarna ska bli 100 procent och kronorna 950 000.

  **Beslut**: andelarna avrundas till hela kronor med största resten (Hamiltons metod), så att de blir
  exakt summan: var och en får heltalsdelen av sin exakta kvot, och de kronor som blir över går en
  var till de största bråkdelarna. Lika bråkdelar avgörs av den större vikten, sedan av den lägre
  kommunkoden. Resultatet beror inte på i vilken ordning kommunerna kommer. Varje andel ligger inom en
  krona från sin exakta kvot.

  Scenario: Två kronor blir över och går till de två största resterna
    Givet parterna:
      | kod  | vikt |
      | 2506 | 1    |
      | 2505 | 2    |
      | 2510 | 4    |
    När 10 kr fördelas efter vikt med största rest
    Så blir fördelningen:
      | kod  | exakt kvot | heltalsdel | andel | skäl            |
      | 2506 | 1,43       | 1          | 1     | för liten rest  |
      | 2505 | 2,86       | 2          | 3     | störst rest, +1 |
      | 2510 | 5,71       | 5          | 6     | störst rest, +1 |

  Scenario: Lika rest: den större vikten får kronan
    Givet parterna:
      | kod  | vikt |
      | 2506 | 1    |
      | 2505 | 3    |
    När 2 kr fördelas efter vikt med största rest
    Så blir fördelningen:
      | kod  | exakt kvot | heltalsdel | andel | skäl                       |
      | 2506 | 0,50       | 0          | 0     | lika rest, mindre vikt     |
      | 2505 | 1,50       | 1          | 2     | lika rest, större vikt, +1 |

  Scenariomall: Lika rest och lika vikt: den lägre kommunkoden får kronan, i vilken ordning de än kommer
    Givet parterna:
      | kod     | vikt |
      | <först> | 1    |
      | <sedan> | 1    |
      | <sist>  | 1    |
    När 100 kr fördelas efter vikt med största rest
    Så blir fördelningen:
      | kod  | exakt kvot | heltalsdel | andel | skäl                              |
      | 2505 | 33,33      | 33         | 34    | lika rest och vikt, lägre kod, +1 |
      | 2506 | 33,33      | 33         | 33    | lika rest och vikt, högre kod     |
      | 2510 | 33,33      | 33         | 33    | lika rest och vikt, högre kod     |

    Exempel:
      | först | sedan | sist |
      | 2505  | 2506  | 2510 |
      | 2510  | 2506  | 2505 |
      | 2506  | 2510  | 2505 |

  Scenario: En jämn kvot behöver ingen avrundning
    Givet parterna:
      | kod  | vikt |
      | 2506 | 1    |
      | 2505 | 3    |
    När 400 kr fördelas efter vikt med största rest
    Så blir fördelningen:
      | kod  | exakt kvot | heltalsdel | andel | skäl      |
      | 2506 | 100,00     | 100        | 100   | jämn kvot |
      | 2505 | 300,00     | 300        | 300   | jämn kvot |
