# language: sv
@STEP-7
Egenskap: STEP-7 Vad ett behörighetsbeslut säger

  **Källa**, projektplanen (PP §1.4):
  «Beroende på tid i yrket (och i viss mån roll, t.ex. medarbetare eller arbetsledare/chef) blir
  deltagare behörig till ett av fyra steg»

  **Beslut**: ett behörighetsbeslut säger om personen är behörig eller inte, steget, de fullgjorda
  åren, varje skäl som en stabil kod och en läsbar text, och för Ny och Van dagen då nästa steg börjar.

  Bakgrund:
    Givet regionen Norrbotten

  Scenario: En behörig socialsekreterare dagen före sitt andra år
    Givet en socialsekreterare i utredning, anställd av en kommun, i yrket sedan 2022-03-01
    När behörigheten prövas 2024-02-29
    Så säger beslutet:
      | uppgift           | värde                                                 |
      | behörig           | ja                                                    |
      | steg              | Ny                                                    |
      | fullgjorda år     | 1                                                     |
      | nästa steg        | Van                                                   |
      | nästa steg börjar | 2024-03-01                                            |
      | öppet i regionen  | ja                                                    |
      | sammanfattning    | Behörig till steget Ny per 2024-02-29, öppet i regionen |
    Och ges skälen, med kod och text:
      | kod               | skäl                     | text |
      | eligible_by_years | Behörig efter år i yrket | 1 fullgjort år i yrket: Ny (0 till 2 år); steget Van börjar 2024-03-01 |
      | step_open         | Steget är öppet          | Steget Ny har varit öppet i regionen sedan 2022-10-01 |

  Scenario: En politiker får skälet men inget steg
    Givet en person med rollen politiker, arbetsområde inget, anställd av en kommun, i yrket sedan 2010-01-01
    När behörigheten prövas 2024-05-02
    Så säger beslutet:
      | uppgift           | värde                            |
      | behörig           | nej                              |
      | steg              | inget                            |
      | nästa steg        | inget                            |
      | nästa steg börjar | –                                |
      | sammanfattning    | Inte behörig per 2024-05-02      |
    Och ges skälen, med kod och text:
      | kod           | skäl                 | text |
      | role_excluded | Rollen omfattas inte | Politiker (politiker) är en roll som regionens policy inte omfattar |
