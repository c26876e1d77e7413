# language: sv
@ALLOC-5
Egenskap: ALLOC-5 Två halvårsfakturor

  **Källa**, projektplanen (PP §8.2): «Kostnaden för projektledare faktureras respektive kommun vid
  varje halvårsskifte.»

  **Beslut**: varje kommun får två fakturor om året på den fasta kostnaden, för januari–juni och
  juli–december, som tillsammans blir exakt årsandelen. Det första halvåret tar den udda kronan.

  Scenariomall: En årsandel delas på två halvår
    När årsandelen <årsandel> delas på två halvår
    Så faktureras <jan–jun> för januari–juni och <jul–dec> för juli–december

    Exempel:
      | årsandel   | jan–jun    | jul–dec    |
      | 18 305 kr  | 9 153 kr   | 9 152 kr   |
      | 298 397 kr | 149 199 kr | 149 198 kr |
      | 161 086 kr | 80 543 kr  | 80 543 kr  |
      | 1 kr       | 1 kr       | 0 kr       |
      | 0 kr       | 0 kr       | 0 kr       |

  Scenario: Norrbotten 2023: sex udda årsandelar, sex kronor mellan halvåren
    Givet regionen Norrbotten
    När den fasta kostnaden för 2023 fördelas
    Så har 6 kommuner en udda årsandel: Jokkmokk, Kalix, Övertorneå, Pajala, Älvsbyn och Luleå
    Och faktureras sammanlagt 475 003 kr för januari–juni och 474 997 kr för juli–december
