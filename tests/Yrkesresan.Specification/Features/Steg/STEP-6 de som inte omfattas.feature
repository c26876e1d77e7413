# language: sv
@STEP-6
Egenskap: STEP-6 De som inte omfattas

  **Källa**, projektplanen (PP §4.3):
  «Chefer högre befattningar, administrativ personal, politiker eller personal i icke-kommunal
  utförarverksamhet omfattas inte av Yrkesresan Barn och unga.»

  **Beslut**: den som inte omfattas får ett tydligt "inte behörig" med skälet, aldrig ett steg.

  Bakgrund:
    Givet regionen Norrbotten

  Scenariomall: Roller och arbetsgivare utanför Yrkesresan
    Givet en person med rollen <roll>, arbetsområde utredning, anställd av <arbetsgivare>, i yrket sedan 2010-01-01
    När behörigheten prövas 2024-05-02
    Så blir beslutet <beslut>
    Och skälen är <skäl>

    Exempel:
      | roll                   | arbetsgivare           | beslut                             | skäl                                             |
      | högre chef             | en kommun              | inte behörig                       | Rollen omfattas inte                             |
      | administrativ personal | en kommun              | inte behörig                       | Rollen omfattas inte                             |
      | politiker              | en kommun              | inte behörig                       | Rollen omfattas inte                             |
      | socialsekreterare      | en annan arbetsgivare  | inte behörig                       | Arbetsgivaren omfattas inte                      |
      | chef                   | en annan arbetsgivare  | inte behörig                       | Arbetsgivaren omfattas inte                      |
      | politiker              | en annan arbetsgivare  | inte behörig                       | Rollen omfattas inte och Arbetsgivaren omfattas inte |
      | chef                   | en kommun              | behörig till Arbetsledare och chef | Behörig efter roll och Steget är öppet           |
