# language: sv
@STEP-2
Egenskap: STEP-2 Fullgjorda år och stegens gränser

  **Källa**, projektplanen (PP §1.4):
  «Steg 1: NY medarbetare med 0-2 år i yrket. Steg 2: VAN medarbetare med 2-5 år i yrket.
  Steg 3: ERFAREN medarbetare med 5 år + i yrket.»

  **Beslut**: stegen är halvöppna intervall av *fullgjorda* år: Ny [0, 2), Van [2, 5), Erfaren
  [5, ∞). Fullgjorda år från en startdag till en beslutsdag är det största antal år n där startdagen
  plus n år infaller senast på beslutsdagen. Den som började den 29 februari fyller år den 28 februari
  när året inte är ett skottår. Startdagen räknas som en dag i yrket.

  Bakgrund:
    Givet regionen Norrbotten

  Scenariomall: Gränserna på två och fem år, dagen före och på dagen
    Givet en socialsekreterare i utredning, anställd av en kommun, i yrket sedan 2022-03-01
    När behörigheten prövas <dag>
    Så blir beslutet <beslut>
    Och personen har <år> fullgjorda år i yrket
    Och nästa steg är <nästa steg>

    Exempel:
      | dag        | beslut               | år | nästa steg              |
      | 2022-03-01 | behörig till Ny      | 0  | Van från 2024-03-01     |
      | 2024-02-29 | behörig till Ny      | 1  | Van från 2024-03-01     |
      | 2024-03-01 | behörig till Van     | 2  | Erfaren från 2027-03-01 |
      | 2027-02-28 | behörig till Van     | 4  | Erfaren från 2027-03-01 |
      | 2027-03-01 | behörig till Erfaren | 5  | inget                   |

  Scenariomall: Den som började den 29 februari går vidare den 28 februari när året inte är ett skottår
    Givet en socialsekreterare i mottagning, anställd av en kommun, i yrket sedan 2020-02-29
    När behörigheten prövas <dag>
    Så blir beslutet <beslut>
    Och personen har <år> fullgjorda år i yrket
    Och nästa steg är <nästa steg>

    Exempel:
      | dag        | beslut               | år | nästa steg              |
      | 2022-02-27 | behörig till Ny      | 1  | Van från 2022-02-28     |
      | 2022-02-28 | behörig till Van     | 2  | Erfaren från 2025-02-28 |
      | 2024-02-29 | behörig till Van     | 4  | Erfaren från 2025-02-28 |
      | 2025-02-27 | behörig till Van     | 4  | Erfaren från 2025-02-28 |
      | 2025-02-28 | behörig till Erfaren | 5  | inget                   |
