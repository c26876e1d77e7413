# language: sv
@ALLOC-1
Egenskap: ALLOC-1 Den fasta kostnaden delas efter befolkning

  **Källa**, projektplanen (PP §8.1): «Kostnaden för Yrkesresan består av två delar, rörliga avgifter
  (kurs- och konferensavgifter) samt fast kostnad för projektledare. […] Kostnaden för projektledaren
  fördelas enligt befolkningens mängd på samtliga 14 kommuner.» (PP §8.2): «Kommunerna betalar till
  Norrbottens Kommuner per helår 950 000 kr. […] I kostnaden ingår lön, tjänsteresor, traktamenten,
  logi och konferensavgifter etc. som ingår i uppdraget.»

  **Beslut**: den fasta kostnaden delas mellan kommunerna i proportion till folkmängden och avrundas
  till hela kronor enligt ALLOC-2.

  Scenario: Norrbotten: 950 000 kr om året på 14 kommuner
    Givet regionen Norrbotten
    När den fasta kostnaden för 2023 fördelas
    Så är den fasta kostnaden 950 000 kr och delas av 14 kommuner med sammanlagt 249 428 invånare

  Scenariomall: Tre kommuner med 100, 300 och 600 invånare
    Givet länet Exempellän med kommunerna:
      | kod  | kommun     | invånare |
      | 2505 | Arvidsjaur | 300      |
      | 2506 | Arjeplog   | 100      |
      | 2510 | Jokkmokk   | 600      |
    Och en fast kostnad på <kostnad> om året från 2021
    När den fasta kostnaden för 2023 fördelas
    Så får kommunerna Arjeplog <Arjeplog>, Arvidsjaur <Arvidsjaur> och Jokkmokk <Jokkmokk>

    Exempel:
      | kostnad   | Arjeplog | Arvidsjaur | Jokkmokk |
      | 1 000 kr  | 100 kr   | 300 kr     | 600 kr   |
      | 10 000 kr | 1 000 kr | 3 000 kr   | 6 000 kr |
      | 999 kr    | 100 kr   | 300 kr     | 599 kr   |
      | 1 kr      | 0 kr     | 0 kr       | 1 kr     |
