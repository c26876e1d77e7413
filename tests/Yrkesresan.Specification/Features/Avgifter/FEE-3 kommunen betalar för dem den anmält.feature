# language: sv
@FEE-3
Egenskap: FEE-3 Kommunen betalar för dem den har anmält

  **Källa**, projektplanen (PP §8.1): «Den rörliga avgiften betalas av respektive kommun för den
  medarbetare man anmält ska gå utbildningen. Kostnaden är beräknad per utbildningsdag.»

  **Beslut**: kommunen betalar för de medarbetare den har anmält, per anmäld deltagare och kursdag,
  vare sig var och en kom alla dagar eller inte. Liggaren har därför inga uppgifter om närvaro: den som
  anmäldes men inte kom räknas som anmäld.

  Bakgrund:
    Givet regionen Norrbotten

  Scenario: Anmälda deltagare gånger kursdagar, närvaro eller inte
    Givet kurstillfället 2023-samtal-2 av kursen fordjupning-utredning med kursdagarna 2023-09-19 och 2023-09-20
    Och deltagarna Kiruna 3
    När fakturaunderlaget för kurstillfället 2023-samtal-2 tas fram
    Så har fakturaunderlaget raderna:
      | kommun | del            | deltagardagar | à-pris   | belopp   |
      | Kiruna | Lokal och fika | 6             | 1 000 kr | 6 000 kr |
      | Kiruna | Utbildarpott   | 6             | 400 kr   | 2 400 kr |
      | Kiruna | Kursmaterial   | 6             | 100 kr   | 600 kr   |
      | Kiruna | Buffert        | 6             | 50 kr    | 300 kr   |
    Och betalar kommunerna Kiruna 9 300 kr

  Scenario: En kommun på två anmälningsrader: raderna läggs ihop
    Givet kurstillfället 2023-samtal-2 av kursen samtal-och-delaktighet med kursdagarna 2023-09-19 på plats
    Och deltagarna Luleå 3, Älvsbyn 2, Arvidsjaur 2 och Luleå 2
    När fakturaunderlaget för kurstillfället 2023-samtal-2 tas fram
    Så betalar kommunerna Luleå 7 750 kr, Älvsbyn 3 100 kr och Arvidsjaur 3 100 kr
    Och är fakturaunderlaget sammanlagt 13 950 kr
