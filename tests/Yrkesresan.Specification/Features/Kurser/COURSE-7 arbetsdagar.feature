# language: sv
@COURSE-7
Egenskap: COURSE-7 Kursdagar infaller på svenska arbetsdagar

  **Källa**, projektplanen (PP §1.4): kursdagarna «innehåller en eller flera lärarledda
  seminarier/kursdagar», och (PP §8.1) «Kostnaden är beräknad per utbildningsdag». Planen säger inte
  vilka dagar som är utbildningsdagar.

  **Beslut**: kursdagar infaller på svenska arbetsdagar: inte lördag, söndag, en allmän helgdag (som
  lagen var det året: annandag pingst till och med 2004, nationaldagen från 2005), och inte
  midsommarafton, julafton eller nyårsafton.

  Scenariomall: Kalendern, dag för dag
    När kalendern slås upp för <datum>
    Så är dagen en <veckodag>
    Och är det en arbetsdag: <arbetsdag>
    Och är dagens namn i kalendern <namn>

    Exempel: midsommar
      | datum      | veckodag | arbetsdag | namn           |
      | 2023-06-22 | torsdag  | ja        | –              |
      | 2023-06-23 | fredag   | nej       | Midsommarafton |
      | 2023-06-24 | lördag   | nej       | Midsommardagen |

    Exempel: annandag pingst till och med 2004, nationaldagen från 2005
      | datum      | veckodag | arbetsdag | namn                |
      | 2004-05-31 | måndag   | nej       | Annandag pingst     |
      | 2005-05-16 | måndag   | ja        | –                   |
      | 2003-06-06 | fredag   | ja        | –                   |
      | 2005-06-06 | måndag   | nej       | Sveriges nationaldag |

    Exempel: jul, nyår och påsk
      | datum      | veckodag | arbetsdag | namn             |
      | 2024-12-24 | tisdag   | nej       | Julafton         |
      | 2022-12-30 | fredag   | ja        | –                |
      | 2024-12-31 | tisdag   | nej       | Nyårsafton       |
      | 2023-01-06 | fredag   | nej       | Trettondedag jul |
      | 2023-04-07 | fredag   | nej       | Långfredagen     |
      | 2008-05-01 | torsdag  | nej       | Första maj och Kristi himmelsfärdsdag |
      | 2023-03-18 | lördag   | nej       | –                |

  Scenariomall: Ett kurstillfälle på en dag som inte är en arbetsdag avvisas
    Givet regionen Norrbotten
    Och kurstillfället 2023-samtal-1 av kursen fordjupning-utredning med kursdagarna <kursdag>
    När kurstillfället läggs in
    Så blir resultatet <resultat>

    Exempel:
      | kursdag    | resultat |
      | 2023-06-22 | godtas   |
      | 2023-06-23 | avvisas: 2023-06-23 är Midsommarafton, inte en arbetsdag (COURSE-7) |
      | 2023-03-18 | avvisas: 2023-03-18 är en lördag, inte en arbetsdag (COURSE-7)      |
      | 2023-01-06 | avvisas: 2023-01-06 är Trettondedag jul, inte en arbetsdag (COURSE-7) |
