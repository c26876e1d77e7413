# language: sv
@GOAL-4
Egenskap: GOAL-4 Vem som räknas, och vilka svar

  **Källa**, projektplanen (PP §2.4): «Att minst 80 % av socialsekreterarna tycker att Yrkesresan Barn
  och unga har gjort nytta för dem […]» och «3) Att minst 80 % av arbetsledare och chefer ska tycka att
  Yrkesresan Barn och unga är ett stöd i introduktion av ny personal.» (PP §3): «Riktad uppföljning för
  att mäta uppfyllnad av projektmål och effektmål.»

  **Beslut**: en svarande räknas för ett mål när hens roll är en av målets roller och hen svarade på
  målets fråga. Regionen klassar varje svarsalternativ som positivt, inte positivt eller som ett som
  inte räknas (till exempel *Vet ej*, som lämnar nämnaren). Ett svar som inte är något av frågans
  alternativ är ett dataproblem som anger fil, rad och kolumn, aldrig ett tyst "inte positivt". Ett
  mål utan räknade svar *kan inte bedömas*, det är aldrig uppfyllt.

  Bakgrund:
    Givet regionen Norrbotten
    Och rollfrågan roll med svaren:
      | svar              | roll              |
      | Socialsekreterare | socialsekreterare |
      | Arbetsledare      | arbetsledare      |
      | Chef              | chef              |
      | Annan             | –                 |
    Och effektmålet 3, «Att minst 80 % av arbetsledare och chefer ska tycka att Yrkesresan Barn och unga är ett stöd i introduktion av ny personal.», mätt med enkätfrågan q3 för rollerna arbetsledare och chef
    Och svaren på q3 räknas så:
      | svar                    | räknas som    |
      | Instämmer helt          | positivt      |
      | Instämmer till stor del | positivt      |
      | Instämmer till viss del | inte positivt |
      | Instämmer inte alls     | inte positivt |
      | Vet ej                  | räknas inte   |

  Scenario: Bara målets roller räknas, och Vet ej lämnar nämnaren
    Givet enkätsvaren:
      | roll              | q3                      | antal |
      | Chef              | Instämmer helt          | 3     |
      | Arbetsledare      | Instämmer till stor del | 1     |
      | Arbetsledare      | Instämmer inte alls     | 1     |
      | Chef              | Vet ej                  | 5     |
      | Chef              |                         | 2     |
      | Socialsekreterare | Instämmer inte alls     | 10    |
      | Annan             | Instämmer inte alls     | 3     |
    När effektmålen följs upp för 2023
    Så är mål 3: uppfyllt
    Och är andelen 4 av 5 (80,0 %)
    Och räknas 5 svar inte

  Scenariomall: Vet ej lämnar nämnaren; hade regionen räknat det som inte positivt hade målet inte nåtts
    Givet svaren på q3 räknas så:
      | svar   | räknas som |
      | Vet ej | <Vet ej>   |
    Och enkätsvaren:
      | roll | q3                  | antal |
      | Chef | Instämmer helt      | 4     |
      | Chef | Instämmer inte alls | 1     |
      | Chef | Vet ej              | 1     |
    När effektmålen följs upp för 2023
    Så är mål 3: <status>
    Och är andelen 4 av <räknade> (<procent> %)

    Exempel:
      | Vet ej        | räknade | procent | status        |
      | räknas inte   | 5       | 80,0    | uppfyllt      |
      | inte positivt | 6       | 66,6    | inte uppfyllt |

  Scenario: Ett mål utan räknade svar kan inte bedömas
    Givet enkätsvaren:
      | roll              | q3                  | antal |
      | Chef              | Vet ej              | 3     |
      | Socialsekreterare | Instämmer helt      | 4     |
    När effektmålen följs upp för 2023
    Så är mål 3: kan inte bedömas
    Och finns ingen andel
    Och är förklaringen "kan inte bedömas: ingen svarande i rollerna arbetsledare, chef gav ett svar som räknas, minst 80 % krävs"

  Scenario: Ett svar som inte är något av alternativen är ett problem med rad och kolumn
    Givet enkätsvaren:
      | roll | q3                        |
      | Chef | Instämmer helt            |
      | Chef | anna.andersson@kommun.se  |
    När effektmålen följs upp för 2023
    Så avvisas det med problemen:
      | problem |
      | svar.csv:3: kolumn 2 (q3): svaret är inget av alternativen för q3: "Instämmer helt", "Instämmer till stor del", "Instämmer till viss del", "Instämmer inte alls", "Vet ej" (svaret visas inte: filen innehåller personuppgifter) |

  Scenario: Svaren per kommun
    Givet enkäten frågar efter kommun
    Och enkätsvaren:
      | roll         | kommun | q3                  |
      | Chef         | Luleå  | Instämmer helt      |
      | Chef         | Luleå  | Instämmer inte alls |
      | Arbetsledare | Piteå  | Instämmer helt      |
      | Arbetsledare |        | Instämmer helt      |
    När effektmålen följs upp för 2023
    Så är mål 3: inte uppfyllt
    Och är andelen 3 av 4 (75,0 %)
    Och är andelarna per kommun:
      | kommun     | andel  | status           |
      | Luleå      | 1 av 2 | inte uppfyllt    |
      | Piteå      | 1 av 1 | uppfyllt         |
      | Kiruna     | –      | kan inte bedömas |
      | ej angiven | 1 av 1 | uppfyllt         |
