# language: sv
@STEP-5
Egenskap: STEP-5 Målgrupp och arbetsområden

  **Källa**, projektdirektivet (PD §3.2):
  «Målgruppen för den nationella Yrkesresan barn och unga är myndighetsutövande personal inom den
  sociala barn- och ungdomsvården, såväl socialsekreterare som arbetsledare och chefer. Målgruppen
  omfattar initialt socialsekreterare som arbetar med mottagning, utredning och uppföljning.»
  Norrbottens tidplan (PP §5): «Oktober Yrkesresan öppnas för socialsekreterare- Ny, mynd+fam.hem».

  **Beslut**: vilka arbetsområden som hör till målgruppen är en del av regionens behörighetsregler.
  Den nationella grunden är de tre första; Norrbotten lägger till familjehem.

  Scenario: Den nationella grunden och Norrbotten
    Givet den nationella grundpolicyn
    Så hör arbetsområdena mottagning, utredning och uppföljning till målgruppen

  Scenario: Norrbotten lägger till familjehem
    Givet regionen Norrbotten
    Så hör arbetsområdena mottagning, utredning, uppföljning och familjehem till målgruppen

  Scenariomall: En socialsekreterares arbetsområde
    Givet <regler>
    Och en socialsekreterare i <arbetsområde>, anställd av en kommun, i yrket sedan 2021-03-01
    När behörigheten prövas 2024-03-01
    Så blir beslutet <beslut>
    Och skälen är <skäl>

    Exempel:
      | regler                      | arbetsområde | beslut           | skäl                                         |
      | den nationella grundpolicyn | mottagning   | behörig till Van | Behörig efter år i yrket och Steget är öppet |
      | den nationella grundpolicyn | utredning    | behörig till Van | Behörig efter år i yrket och Steget är öppet |
      | den nationella grundpolicyn | uppföljning  | behörig till Van | Behörig efter år i yrket och Steget är öppet |
      | den nationella grundpolicyn | familjehem   | inte behörig     | Arbetsområdet är utanför målgruppen          |
      | regionen Norrbotten         | familjehem   | behörig till Van | Behörig efter år i yrket och Steget är öppet |
      | regionen Norrbotten         | ekonomi      | inte behörig     | Arbetsområdet är utanför målgruppen          |
      | regionen Norrbotten         | inget        | inte behörig     | Arbetsområde saknas                          |
