# language: sv
@GOAL-1
Egenskap: GOAL-1 Ett enkätmål är uppfyllt när minst 80 % svarar positivt

  **Källa**, projektplanen (PP §2.4): «2) Att minst 80 % av socialsekreterare, arbetsledare och chefer
  är nöjda eller mycket nöjda med de kurser som de deltagit i.» (PP §3): «Det kommer finnas möjligheter
  att samla data i lärplattformen (Totara) för insamling av synpunkter, enkätantering och statistik.»

  **Beslut**: andelen är ett exakt förhållande, aldrig en avrundad procentsats: 4 av 5 är uppfyllt,
  79,99 % är det inte. Gränsen är målets egen (80 % om regionen inte säger annat). Procentsatsen som
  visas är avrundad nedåt till en decimal.

  Bakgrund:
    Givet regionen Norrbotten
    Och effektmålet 2, «Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i.», mätt med enkätfrågan q2 för rollerna socialsekreterare, arbetsledare och chef
    Och svaren på q2 räknas så:
      | svar            | räknas som    |
      | Mycket nöjd     | positivt      |
      | Nöjd            | positivt      |
      | Varken eller    | inte positivt |
      | Missnöjd        | inte positivt |
      | Mycket missnöjd | inte positivt |
      | Vet ej          | räknas inte   |

  Scenariomall: Gränsen, på båda sidor
    Givet målets gräns är <gräns> %
    Och enkätsvaren på q2 från rollen socialsekreterare: <positiva> Nöjd och <inte positiva> Missnöjd
    När effektmålen följs upp för 2023
    Så är mål 2: <status>
    Och är andelen <positiva> av <räknade> (<procent> %)

    Exempel:
      | gräns | positiva | inte positiva | räknade | procent | status        |
      | 80    | 4        | 1             | 5       | 80,0    | uppfyllt      |
      | 80    | 3        | 2             | 5       | 60,0    | inte uppfyllt |
      | 80    | 79       | 21            | 100     | 79,0    | inte uppfyllt |
      | 80    | 80       | 20            | 100     | 80,0    | uppfyllt      |
      | 80    | 79 999   | 20 001        | 100 000 | 79,9    | inte uppfyllt |
      | 80    | 53       | 7             | 60      | 88,3    | uppfyllt      |
      | 80    | 2        | 1             | 3       | 66,6    | inte uppfyllt |
      | 75    | 3        | 1             | 4       | 75,0    | uppfyllt      |
      | 75    | 74       | 26            | 100     | 74,0    | inte uppfyllt |

  Scenario: Förklaringen, som en svensk läser den
    Givet enkätsvaren på q2 från rollen chef: 53 Nöjd och 7 Missnöjd
    När effektmålen följs upp för 2023
    Så är mål 2: uppfyllt
    Och är förklaringen "uppfyllt: 53 av 60 räknade svar är positiva (88,3 %), minst 80 % krävs"
