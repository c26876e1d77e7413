# language: sv
@FEE-1
Egenskap: FEE-1 Den rörliga avgiften per deltagare och kursdag

  **Källa**, projektplanen (PP §8.2): «Norrbottnens Kommuner fakturerar den rörliga kostnaden till
  berörda kommuner efter respektive utbildningstillfälle. Den rörliga avgiften består av lokal/fika-1000
  kr, utbildarpott 400 kr, kursmaterial 100 kr och buffert 50 kr.»

  **Beslut**: avgiften tas ut per deltagare och kursdag, 1 550 kr i allt, och faktureras deltagarens
  kommun efter varje kurstillfälle. Beloppen är regionens data, per år.

  Bakgrund:
    Givet regionen Norrbotten

  Scenario: Avgiftens fyra delar
    Så är avgiftens delar per deltagare och kursdag 2023-02-07:
      | del            | på plats | digitalt |
      | Lokal och fika | 1 000 kr | 0 kr     |
      | Utbildarpott   | 400 kr   | 400 kr   |
      | Kursmaterial   | 100 kr   | 100 kr   |
      | Buffert        | 50 kr    | 50 kr    |
      | Summa          | 1 550 kr | 550 kr   |

  Scenario: Fakturaunderlaget för ett kurstillfälle på en dag
    Givet kurstillfället 2023-barnet-1 av kursen handlaggning-med-barnet-i-centrum med kursdagarna 2023-02-07 på plats
    Och deltagarna Luleå 4, Boden 3 och Piteå 2
    När fakturaunderlaget för kurstillfället 2023-barnet-1 tas fram
    Så betalar kommunerna Luleå 6 200 kr, Boden 4 650 kr och Piteå 3 100 kr
    Och är fakturaunderlaget sammanlagt 13 950 kr
    Och har fakturaunderlaget raderna:
      | kommun | del            | deltagardagar | à-pris   | belopp   |
      | Luleå  | Lokal och fika | 4             | 1 000 kr | 4 000 kr |
      | Luleå  | Utbildarpott   | 4             | 400 kr   | 1 600 kr |
      | Luleå  | Kursmaterial   | 4             | 100 kr   | 400 kr   |
      | Luleå  | Buffert        | 4             | 50 kr    | 200 kr   |

  Scenariomall: Deltagare gånger kursdagar gånger 1 550 kr
    Givet kurstillfället 2023-fordjupning-1 av kursen fordjupning-utredning med kursdagarna <kursdagar>
    Och deltagarna Kiruna <deltagare>
    När fakturaunderlaget för kurstillfället 2023-fordjupning-1 tas fram
    Så betalar kommunerna Kiruna <belopp>

    Exempel:
      | kursdagar                                | deltagare | belopp    |
      | 2023-10-10                               | 1         | 1 550 kr  |
      | 2023-10-10                               | 12        | 18 600 kr |
      | 2023-10-10 och 2023-10-11                | 12        | 37 200 kr |
      | 2023-10-10, 2023-10-11 och 2023-10-12    | 5         | 23 250 kr |
