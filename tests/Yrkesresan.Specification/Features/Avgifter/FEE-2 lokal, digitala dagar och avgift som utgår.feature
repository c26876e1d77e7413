# language: sv
@FEE-2
Egenskap: FEE-2 Avgiften varierar med lokalen och kan utgå

  **Källa**, projektplanen (PP §8.1): «Kostnaden för rörliga avgiften kan variera beroende på lokal
  samt att den i vissa fall utgår då kursen kan ske digitalt.»

  **Beslut**: ett kurstillfälle kan ha ett eget lokalbelopp; på en digital kursdag tas lokaldelen inte
  ut, och ett kurstillfälle kan låta hela avgiften utgå. Beloppen är regionens data, per år.

  Bakgrund:
    Givet regionen Norrbotten

  Scenariomall: Vad en deltagare kostar en kursdag
    Givet kurstillfället 2023-samtal-1 av kursen fordjupning-utredning med kursdagarna 2023-03-14 <kursdag>
    Och lokalbeloppet <lokalbelopp>
    Och avgiften <avgift>
    Så kostar en deltagare <per deltagare> för kursdagen 2023-03-14

    Exempel:
      | kursdag  | lokalbelopp | avgift | per deltagare |
      | på plats | –           | tas ut | 1 550 kr      |
      | digitalt | –           | tas ut | 550 kr        |
      | på plats | 600 kr      | tas ut | 1 150 kr      |
      | digitalt | 600 kr      | tas ut | 550 kr        |
      | på plats | 0 kr        | tas ut | 550 kr        |
      | på plats | 1 200 kr    | tas ut | 1 750 kr      |
      | på plats | –           | utgår  | 0 kr          |
      | digitalt | –           | utgår  | 0 kr          |

  Scenario: En dag på plats och en digital: lokaldelen bara för dagen på plats
    Givet kurstillfället 2023-fordjupning-1 av kursen fordjupning-utredning med kursdagarna 2023-10-10 på plats och 2023-10-11 digitalt
    Och deltagarna Piteå 4, Arjeplog 2 och Pajala 2
    När fakturaunderlaget för kurstillfället 2023-fordjupning-1 tas fram
    Så betalar kommunerna Piteå 8 400 kr, Arjeplog 4 200 kr och Pajala 4 200 kr
    Och har fakturaunderlaget raderna:
      | kommun | del            | deltagardagar | à-pris   | belopp   |
      | Piteå  | Lokal och fika | 4             | 1 000 kr | 4 000 kr |
      | Piteå  | Utbildarpott   | 8             | 400 kr   | 3 200 kr |
      | Piteå  | Kursmaterial   | 8             | 100 kr   | 800 kr   |
      | Piteå  | Buffert        | 8             | 50 kr    | 400 kr   |

  Scenario: Ett kurstillfälle där avgiften utgår: deltagarna står kvar, till 0 kr
    Givet kurstillfället 2023-barnet-2 av kursen handlaggning-med-barnet-i-centrum med kursdagarna 2023-05-16 digitalt
    Och deltagarna Kalix 3, Haparanda 2, Överkalix 2 och Övertorneå 2
    Och avgiften utgår
    När fakturaunderlaget för kurstillfället 2023-barnet-2 tas fram
    Så betalar kommunerna Kalix 0 kr, Haparanda 0 kr, Överkalix 0 kr och Övertorneå 0 kr
    Och är fakturaunderlaget sammanlagt 0 kr
