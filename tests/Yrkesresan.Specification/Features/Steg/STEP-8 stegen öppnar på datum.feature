# language: sv
@STEP-8
Egenskap: STEP-8 Stegen öppnar på datum

  **Källa**, projektplanen (PP §5), Norrbottens tidplan:
  «September Uppstart! Yrkesresan öppnas för Arbetsledare och chef + Digital kurs/Om yrkesresan»,
  «September Yrkesresan öppnas för Utbildare», «Oktober Yrkesresan öppnas för socialsekreterare- Ny,
  mynd+fam.hem» (2022), «Januari Yrkesresan öppnar upp Socialsekreterare Van, mynd+fam.hem» och
  «November Yrkesresan öppnar för roll Socialsekreterare Erfaren, mynd+fam.hem» (2023).

  **Beslut**: en månad i planen betyder dess första dag. En person kan vara behörig till ett steg som
  ännu inte är öppet i regionen: beslutet ger steget och säger att det inte är öppet än. Norrbottens
  regler gäller från planens start (1 juli 2021), så varje beslutsdag från och med den har ett svar.

  Bakgrund:
    Givet regionen Norrbotten

  Scenario: Norrbottens tidplan
    Så öppnar stegen i regionen:
      | steg                  | öppnar     |
      | Arbetsledare och chef | 2022-09-01 |
      | utbildare             | 2022-09-01 |
      | Ny                    | 2022-10-01 |
      | Van                   | 2023-01-01 |
      | Erfaren               | 2023-11-01 |

  Scenariomall: Dagen före och dagen då steget öppnar
    Givet en person med rollen <roll>, arbetsområde familjehem, anställd av en kommun, i yrket sedan <började>
    När behörigheten prövas <dag>
    Så blir beslutet <beslut>
    Och är steget i regionen <i regionen>

    Exempel:
      | roll              | började    | dag        | beslut                             | i regionen                            |
      | chef              | 2015-01-01 | 2021-07-01 | behörig till Arbetsledare och chef | inte öppet än; det öppnar 2022-09-01  |
      | chef              | 2015-01-01 | 2022-08-31 | behörig till Arbetsledare och chef | inte öppet än; det öppnar 2022-09-01  |
      | chef              | 2015-01-01 | 2022-09-01 | behörig till Arbetsledare och chef | öppet sedan 2022-09-01                |
      | socialsekreterare | 2022-06-01 | 2022-09-30 | behörig till Ny                    | inte öppet än; det öppnar 2022-10-01  |
      | socialsekreterare | 2022-06-01 | 2022-10-01 | behörig till Ny                    | öppet sedan 2022-10-01                |
      | socialsekreterare | 2020-06-01 | 2022-12-31 | behörig till Van                   | inte öppet än; det öppnar 2023-01-01  |
      | socialsekreterare | 2020-06-01 | 2023-01-01 | behörig till Van                   | öppet sedan 2023-01-01                |
      | socialsekreterare | 2015-01-01 | 2023-10-31 | behörig till Erfaren               | inte öppet än; det öppnar 2023-11-01  |
      | socialsekreterare | 2015-01-01 | 2023-11-01 | behörig till Erfaren               | öppet sedan 2023-11-01                |
