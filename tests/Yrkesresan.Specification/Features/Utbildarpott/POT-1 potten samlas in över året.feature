# language: sv
@POT-1
Egenskap: POT-1 Utbildarpotten samlas in över året

  **Källa**, projektplanen (PP §8.2): «Utbildarpotten omfattar 400 kr per utbildningsdag och deltagare
  och samlas ihop vid årets slut och fördelas på de kommuner som haft medarbetare som varit utbildare.»

  **Beslut**: potten är det som faktiskt togs ut för den (en avgift som utgår lägger inget till), och
  en kursdag hör till kalenderåret för sitt datum, så ett kurstillfälle över nyår hamnar i två år.

  Bakgrund:
    Givet regionen Norrbotten

  Scenariomall: 400 kr per deltagare och kursdag, det som togs ut
    Givet kurstillfället 2023-x av kursen fordjupning-utredning med kursdagarna <kursdagar>
    Och deltagarna <deltagare>
    Och lokalbeloppet <lokalbelopp>
    Och avgiften <avgift>
    När utbildarpotten för 2023 räknas fram
    Så har utbildarpotten samlat in <potten>

    Exempel:
      | kursdagar                                   | deltagare                                         | lokalbelopp | avgift | potten   |
      | 2023-02-07 på plats                         | Luleå 4, Boden 3 och Piteå 2                      | –           | tas ut | 3 600 kr |
      | 2023-03-14 på plats                         | Kiruna 5, Gällivare 3 och Jokkmokk 2              | 600 kr      | tas ut | 4 000 kr |
      | 2023-05-16 digitalt                         | Kalix 3, Haparanda 2, Överkalix 2 och Övertorneå 2 | –          | utgår  | 0 kr     |
      | 2023-10-10 på plats och 2023-10-11 digitalt | Piteå 4, Arjeplog 2 och Pajala 2                  | –           | tas ut | 6 400 kr |

  Scenariomall: Ett kurstillfälle över nyår lägger i potten för vartdera året
    Givet kurstillfället 2023-fordjupning-2 av kursen fordjupning-utredning med kursdagarna 2023-12-28 på plats och 2024-01-03 digitalt
    Och deltagarna Kiruna 3 och Boden 2
    När utbildarpotten för <år> räknas fram
    Så har utbildarpotten samlat in <potten>

    Exempel:
      | år   | potten   |
      | 2022 | 0 kr     |
      | 2023 | 2 000 kr |
      | 2024 | 2 000 kr |
      | 2025 | 0 kr     |
