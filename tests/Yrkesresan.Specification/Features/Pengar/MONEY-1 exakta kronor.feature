# language: sv
@MONEY-1
Egenskap: MONEY-1 Exakta kronor

  **Källa**, projektplanen (PP §8.2): «Kommunerna betalar till Norrbottens Kommuner per helår 950 000
  kr. Kostnaden för projektledare faktureras respektive kommun vid varje halvårsskifte.» och «Den
  rörliga avgiften består av lokal/fika-1000 kr, utbildarpott 400 kr, kursmaterial 100 kr och buffert
  50 kr.»

  **Beslut**: belopp är svenska kronor som exakta heltal (öre där ett pris behöver det); inga flyttal
  där pengar räknas. Fakturerade belopp är hela kronor.

  Scenariomall: Belopp skrivs som en svensk skriver dem
    Givet beloppet <öre> öre
    Så skrivs det "<skrivs>"

    Exempel:
      | öre      | skrivs     |
      | 95000000 | 950 000 kr |
      | 155000   | 1 550 kr   |
      | 1250     | 12,50 kr   |
      | 5        | 0,05 kr    |
      | -155000  | -1 550 kr  |

  Scenariomall: Addition är exakt, också där flyttal räknar fel
    När beloppen <belopp> läggs ihop
    Så blir beloppet <summa>

    Exempel:
      | belopp                              | summa      |
      | 1 000 kr, 400 kr, 100 kr och 50 kr  | 1 550 kr   |
      | 0,10 kr och 0,20 kr                 | 0,30 kr    |
      | 475 003 kr och 474 997 kr           | 950 000 kr |

  Scenariomall: À-pris gånger deltagardagar är exakt
    När à-priset <à-pris> multipliceras med <deltagardagar>
    Så blir beloppet <belopp>

    Exempel:
      | à-pris   | deltagardagar | belopp    |
      | 1 550 kr | 58            | 89 900 kr |
      | 550 kr   | 16            | 8 800 kr  |
      | 0,01 kr  | 100           | 1 kr      |

  Scenariomall: Det som faktureras är hela kronor: en fast kostnad med öre avvisas
    Givet länet Exempellän med kommunerna:
      | kod  | kommun   | invånare |
      | 2506 | Arjeplog | 100      |
    Och en fast kostnad på <fast kostnad> om året från 2021
    När regionen läses in
    Så blir resultatet <resultat>

    Exempel:
      | fast kostnad  | resultat                                                                                |
      | 950 000 kr    | godtas                                                                                  |
      | 950 000,50 kr | avvisas: 950 000,50 kr är inte hela kronor; fakturerade belopp är hela kronor (MONEY-1) |
      | 0,01 kr       | avvisas: 0,01 kr är inte hela kronor; fakturerade belopp är hela kronor (MONEY-1)       |
