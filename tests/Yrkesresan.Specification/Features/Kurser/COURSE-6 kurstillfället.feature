# language: sv
@COURSE-6
Egenskap: COURSE-6 Ett kurstillfälle

  **Källa**, projektplanen (PP §2.3): «Att planera och administrera kurstillfällen för chefer och
  socialsekreterare.» (PP §8.2): «Norrbottnens Kommuner fakturerar den rörliga kostnaden till berörda
  kommuner efter respektive utbildningstillfälle.»

  **Beslut**: ett kurstillfälle schemalägger en kurs: ett datum per kursdag, i strikt stigande ordning,
  vart och ett med sitt genomförande; utbildare från kommuner (med de dagar var och en undervisade) och
  deltagare från kommuner. En kurs i regionens katalog har lika många kursdagar i varje kurstillfälle.

  Bakgrund:
    Givet regionen Norrbotten

  Scenariomall: Kursdagarna kommer i strikt stigande ordning
    Givet kurstillfället 2023-samtal-1 av kursen fordjupning-utredning med kursdagarna <kursdagar>
    När kurstillfället läggs in
    Så blir resultatet <resultat>

    Exempel:
      | kursdagar                                        | resultat |
      | 2023-03-14 och 2023-03-15                        | godtas   |
      | 2023-03-14 och 2023-03-14                        | avvisas: 2023-03-14 kommer inte efter dagen före (2023-03-14); kursdagarna ska vara i strikt stigande ordning (COURSE-6) |
      | 2023-03-15 och 2023-03-14                        | avvisas: 2023-03-14 kommer inte efter dagen före (2023-03-15); kursdagarna ska vara i strikt stigande ordning (COURSE-6) |

  Scenariomall: Deltagare och utbildare
    Givet kurstillfället 2023-samtal-1 av kursen fordjupning-utredning med kursdagarna 2023-03-14 och 2023-03-15
    Och deltagarna <deltagare>
    Och utbildarna <utbildare>
    När kurstillfället läggs in
    Så blir resultatet <resultat>

    Exempel:
      | deltagare           | utbildare                                       | resultat |
      | Kiruna 5, Luleå 1   | Kiruna och en extern utbildare                  | godtas   |
      | Kiruna 5            | Kiruna (2023-03-14) och Luleå (2023-03-15)      | godtas   |
      | inga                | inga                                            | godtas   |
      | Kiruna 0            | Kiruna                                          | avvisas: ska vara minst 1, inte 0: en anmälan gäller en deltagare eller fler |
      | Kiruna 5            | Kiruna (2023-03-16)                             | avvisas: 2023-03-16 är inte en av kurstillfällets dagar |
      | Kiruna 5            | Kiruna (2023-03-14 och 2023-03-14)              | avvisas: 2023-03-14 anges mer än en gång |

  Scenario: Ett kurstillfälle över nyår har kursdagar i två år
    Givet kurstillfället 2023-fordjupning-2 av kursen fordjupning-utredning med kursdagarna 2023-12-28 på plats och 2024-01-03 digitalt
    När kurstillfället läggs in
    Så har kurstillfället kursdagar i åren 2023 och 2024

  Scenariomall: En kurs i katalogen har lika många kursdagar i varje kurstillfälle
    Givet kurstillfället 2023-barnet-1 av kursen handlaggning-med-barnet-i-centrum med kursdagarna <kursdagar>
    När kurstillfället förs in i liggaren
    Så blir resultatet <resultat>

    Exempel:
      | kursdagar                 | resultat |
      | 2023-02-07                | godtas   |
      | 2023-02-07 och 2023-02-08 | avvisas: kursen 'handlaggning-med-barnet-i-centrum' har 1 kursdag i regionens kurskatalog, så ett kurstillfälle av den har 1 datum, inte 2 (COURSE-6) |

  Scenario: En kurs utanför katalogen godtas med en anmärkning
    Givet kurstillfället 2023-fordjupning-1 av kursen fordjupning-utredning med kursdagarna 2023-10-10
    När kurstillfället förs in i liggaren
    Så blir resultatet godtas
    Och får liggaren anmärkningen "'fordjupning-utredning' är inte en kurs i kurskatalogen för Norrbotten; kurstillfället godtas, men kontrollera id:t"
