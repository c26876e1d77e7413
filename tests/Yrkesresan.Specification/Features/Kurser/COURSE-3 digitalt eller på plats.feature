# language: sv
@COURSE-3
Egenskap: COURSE-3 Digitalt eller på plats

  **Källa**, projektplanen (PP §1.4): förberedelser «digitalt», kursdag/ar «på plats eller digitalt»,
  fördjupning efter «digitalt»; kursdagarna «innehåller en eller flera lärarledda seminarier/kursdagar».

  **Beslut**: förberedelser och fördjupning efter är alltid digitala; varje kursdag är på plats eller
  digital. En kurs har minst en kursdag.

  Scenariomall: En kurs har minst en kursdag
    Givet kursen samtal, "Samtal och delaktighet", med <kursdagar> kursdagar
    När kursen läggs in
    Så blir resultatet <resultat>

    Exempel:
      | kursdagar | resultat                                                     |
      | 0         | avvisas: en kurs har minst en kursdag (COURSE-3)             |
      | 1         | godtas                                                       |
      | 100       | godtas                                                       |
      | 101       | avvisas: en kurs har högst 100 kursdagar, inte 101           |

  Scenariomall: Förberedelser och fördjupning efter är alltid digitala
    Givet kursen samtal, "Samtal och delaktighet", med 1 kursdagar
    Och <del>:
      | uppgift        | kunskapsnivå | kunskapsmål           | minuter | genomförande     |
      | Läs underlaget | Fakta        | Känna till underlaget | 30      | <genomförande>   |
    När kursen läggs in
    Så blir resultatet <resultat>

    Exempel:
      | del                  | genomförande | resultat                                                       |
      | förberedelserna      | digitalt     | godtas                                                         |
      | förberedelserna      | på plats     | avvisas: förberedelser är alltid digitala (COURSE-3)           |
      | fördjupningen efter  | digitalt     | godtas                                                         |
      | fördjupningen efter  | på plats     | avvisas: fördjupning efter är alltid digital (COURSE-3)        |
      | fördjupningen efter  | –            | godtas                                                         |

  Scenario: Kursdagarna i ett kurstillfälle är var för sig på plats eller digitala
    Givet regionen Norrbotten
    Och kurstillfället 2023-fordjupning-1 av kursen fordjupning-utredning med kursdagarna 2023-10-10 på plats och 2023-10-11 digitalt
    När kurstillfället läggs in
    Så blir resultatet godtas
