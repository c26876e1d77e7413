# language: sv
@STEP-4
Egenskap: STEP-4 Arbetsledare och chefer hör till steg 4

  **Källa**, projektplanen (PP §1.4):
  «Steg 4: ARBETSLEDARE OCH CHEF, alla arbetsledare och chefer oavsett år i yrket.»

  **Beslut**: arbetsledare och chefer i målgruppen hör till steg 4 hur länge de än har varit i yrket;
  de behöver inget arbetsområde, men ett arbetsområde de anger ska höra till målgruppen.

  Bakgrund:
    Givet regionen Norrbotten

  Scenariomall: Arbetsledare och chefer oavsett år i yrket
    Givet en person med rollen <roll>, arbetsområde <arbetsområde>, anställd av en kommun, i yrket sedan <började>
    När behörigheten prövas 2024-05-02
    Så blir beslutet <beslut>
    Och personen har <år> fullgjorda år i yrket
    Och nästa steg är inget
    Och skälen är <skäl>

    Exempel:
      | roll              | arbetsområde | började    | beslut                             | år | skäl                                           |
      | arbetsledare      | utredning    | 2024-05-02 | behörig till Arbetsledare och chef | 0  | Behörig efter roll och Steget är öppet         |
      | chef              | utredning    | 2024-05-02 | behörig till Arbetsledare och chef | 0  | Behörig efter roll och Steget är öppet         |
      | chef              | inget        | 1994-05-02 | behörig till Arbetsledare och chef | 30 | Behörig efter roll och Steget är öppet         |
      | arbetsledare      | familjehem   | 2010-01-01 | behörig till Arbetsledare och chef | 14 | Behörig efter roll och Steget är öppet         |
      | arbetsledare      | ekonomi      | 2010-01-01 | inte behörig                       | 14 | Arbetsområdet är utanför målgruppen            |
      | socialsekreterare | utredning    | 1994-05-02 | behörig till Erfaren               | 30 | Behörig efter år i yrket och Steget är öppet   |
