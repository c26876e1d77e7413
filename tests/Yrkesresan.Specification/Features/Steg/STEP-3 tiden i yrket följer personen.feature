# language: sv
@STEP-3
Egenskap: STEP-3 Tiden i yrket följer personen

  **Källa**, projektplanen (PP §1.1):
  «Eftersom en så stor andel kommuner är anslutna till Yrkesresan och följer samma koncept ger det en
  kompetensutveckling som relativt enkelt kan följa med när en medarbetare byter arbetsplats och kommun.»

  **Beslut**: tiden i yrket följer personen mellan arbetsgivare och kommuner. Den är unionen av
  personens perioder i yrket: överlappande dagar räknas en gång, glapp räknas inte. För flera
  perioder räknas fullgjorda år från den *motsvarande sammanhängande starten*: beslutsdagen minus
  (antalet dagar i unionen − 1) dagar.

  Bakgrund:
    Givet regionen Norrbotten

  Scenariomall: Flera perioder i yrket
    Givet en socialsekreterare i utredning, anställd av en kommun, i yrket <perioder>
    När behörigheten prövas <dag>
    Så blir beslutet <beslut>
    Och personen har <år> fullgjorda år i yrket
    Och nästa steg är <nästa steg>

    Exempel: två arbetsgivare med ett år emellan: 365 + 365 dagar på nyårsafton 2023, 365 + 366 på nyårsdagen
      | perioder                                        | dag        | beslut           | år | nästa steg              |
      | 2021-01-01 till 2021-12-31 och sedan 2023-01-01 | 2023-12-31 | behörig till Ny  | 1  | Van från 2024-01-01     |
      | 2021-01-01 till 2021-12-31 och sedan 2023-01-01 | 2024-01-01 | behörig till Van | 2  | Erfaren från 2027-01-01 |

    Exempel: två deltidsanställningar samtidigt räknas en gång
      | perioder                                        | dag        | beslut           | år | nästa steg              |
      | sedan 2022-03-01 och 2022-06-01 till 2023-06-01 | 2024-02-29 | behörig till Ny  | 1  | Van från 2024-03-01     |
      | sedan 2022-03-01 och 2022-06-01 till 2023-06-01 | 2024-03-01 | behörig till Van | 2  | Erfaren från 2027-03-01 |

    Exempel: perioder som möts är som en enda period
      | perioder                                                                     | dag        | beslut           | år | nästa steg              |
      | 2022-03-01 till 2022-12-31, 2023-01-01 till 2023-08-31 och sedan 2023-09-01 | 2024-02-29 | behörig till Ny  | 1  | Van från 2024-03-01     |
      | 2022-03-01 till 2022-12-31, 2023-01-01 till 2023-08-31 och sedan 2023-09-01 | 2024-03-01 | behörig till Van | 2  | Erfaren från 2027-03-01 |

    Exempel: ett glapp på ett år räknas inte: 365 dagar före glappet, och 2022-03-01 är dag 366
      | perioder                                        | dag        | beslut           | år | nästa steg              |
      | 2020-03-01 till 2021-02-28 och sedan 2022-03-01 | 2022-03-01 | behörig till Ny  | 1  | Van från 2023-03-01     |
      | 2020-03-01 till 2021-02-28 och sedan 2022-03-01 | 2023-03-01 | behörig till Van | 2  | Erfaren från 2026-03-01 |

  Scenario: Den som har lämnat yrket har sina dagar räknade bakåt från beslutsdagen
    Givet en socialsekreterare i utredning, anställd av en kommun, i yrket 2019-03-01 till 2022-05-31
    När behörigheten prövas 2024-05-01
    Så blir beslutet behörig till Van
    Och personen har 3 fullgjorda år i yrket
    Och nästa steg är inget
    Och skälen är Behörig efter år i yrket, Inte i yrket på dagen och Steget är öppet
