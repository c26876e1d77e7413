# language: sv
@STEP-1
Egenskap: STEP-1 Fyra steg

  **Källa**, projektplanen (PP §1.4):
  «Beroende på tid i yrket (och i viss mån roll, t.ex. medarbetare eller arbetsledare/chef) blir
  deltagare behörig till ett av fyra steg; Steg 1: NY medarbetare med 0-2 år i yrket. Steg 2: VAN
  medarbetare med 2-5 år i yrket. Steg 3: ERFAREN medarbetare med 5 år + i yrket. Steg 4:
  ARBETSLEDARE OCH CHEF, alla arbetsledare och chefer oavsett år i yrket.»

  **Beslut**: det finns fyra steg, och en deltagare är behörig till exakt ett av dem.

  Scenario: De fyra stegen och deras år i yrket
    Så finns dessa steg, i denna ordning:
      | nummer | steg                  | fullgjorda år i yrket |
      | 1      | Ny                    | 0 till 2              |
      | 2      | Van                   | 2 till 5              |
      | 3      | Erfaren               | 5 eller fler          |
      | 4      | Arbetsledare och chef | oavsett år            |

  Scenariomall: Var och en är behörig till exakt ett steg
    Givet regionen Norrbotten
    Och en person med rollen <roll>, arbetsområde utredning, anställd av en kommun, i yrket sedan <började>
    När behörigheten prövas 2024-05-02
    Så blir beslutet <beslut>

    Exempel:
      | roll              | började    | beslut                             |
      | socialsekreterare | 2023-05-02 | behörig till Ny                    |
      | socialsekreterare | 2021-05-02 | behörig till Van                   |
      | socialsekreterare | 2019-05-02 | behörig till Erfaren               |
      | chef              | 2019-05-02 | behörig till Arbetsledare och chef |
