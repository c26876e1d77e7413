# language: sv
@GOAL-3
Egenskap: GOAL-3 Effektmålen är regionens data

  **Källa**, projektplanen (PP §2.4): «Effektmål för Yrkesresan Barn och unga i Norrbotten är: Att minst
  80 % av socialsekreterarna tycker att Yrkesresan Barn och unga har gjort nytta för dem när det gäller
  att: […] a. känna sig stärkt i yrkesrollen. […] 7) Att Yrkesresan blir tillgänglig för samtliga
  kommuner i länet.» Projektdirektivet (PD §2.4): «Effektmål är att […] 80 procent av den berörda
  personalen anser att Yrkesresan barn och unga är ett stöd i deras yrkesutveckling […]»

  **Beslut**: målen är regionens data, daterade som allt annat: vart och ett har ett id (1a, 2, …), sin
  text som planen skriver den, och antingen ett enkätmått (rollerna som räknas, frågan, vilka svar som
  är positiva, gränsen) eller ett av måtten ur liggaren (GOAL-2, GOAL-5). Norrbottens sju mål, med 1a–1d
  som fyra mål, finns i bibliotekets inbyggda region (regionfilens `follow_up`); de nationella fyra är en
  ny regions utgångsläge.

  Scenario: De nationella fyra målen, med direktivets ord
    Givet den nationella uppföljningsplanen
    När uppföljningsplanen läses in
    Så har planen målen:
      | id | text                                                                                                                                                 | mäts med | roller                                   | fråga | gräns |
      | 1  | 80 procent av den berörda personalen anser att Yrkesresan barn och unga är ett stöd i deras yrkesutveckling                                          | enkät    | socialsekreterare, arbetsledare och chef | n1    | 80 %  |
      | 2  | 80 procent av den berörda personalen anser att kurserna som erbjuds inom Yrkesresan barn och unga är bra                                             | enkät    | socialsekreterare, arbetsledare och chef | n2    | 80 %  |
      | 3  | 80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i kompetensutveckling av personal | enkät    | arbetsledare och chef                    | n3    | 80 %  |
      | 4  | 80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i introduktion av ny personal     | enkät    | arbetsledare och chef                    | n4    | 80 %  |

  Scenario: Norrbottens sju mål, med planens ord, ur bibliotekets inbyggda region
    Givet Norrbottens uppföljningsplan för 2023
    När uppföljningsplanen läses in
    Så har planen målen:
      | id | text                                                                                                                                                                                                     | mäts med                 | roller                                   | fråga | gräns |
      | 1a | Att minst 80 % av socialsekreterarna tycker att Yrkesresan Barn och unga har gjort nytta för dem när det gäller att känna sig stärkt i yrkesrollen.                                                      | enkät                    | socialsekreterare                        | q1a   | 80 %  |
      | 1b | Att minst 80 % av socialsekreterarna tycker att Yrkesresan Barn och unga har gjort nytta för dem när det gäller att känna sig mer säker på att hitta information för att genomföra sina arbetsuppgifter. | enkät                    | socialsekreterare                        | q1b   | 80 %  |
      | 1c | Att minst 80 % av socialsekreterarna tycker att Yrkesresan Barn och unga har gjort nytta för dem när det gäller att känna sig bättre rustad för att arbeta inom området.                                 | enkät                    | socialsekreterare                        | q1c   | 80 %  |
      | 1d | Att minst 80 % av socialsekreterarna tycker att Yrkesresan Barn och unga har gjort nytta för dem när det gäller att handlägga, dokumentera och samverka utifrån gällande regelverk.                      | enkät                    | socialsekreterare                        | q1d   | 80 %  |
      | 2  | Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i.                                                                                | enkät                    | socialsekreterare, arbetsledare och chef | q2    | 80 %  |
      | 3  | Att minst 80 % av arbetsledare och chefer ska tycka att Yrkesresan Barn och unga är ett stöd i introduktion av ny personal.                                                                              | enkät                    | arbetsledare och chef                    | q3    | 80 %  |
      | 4  | Att minst 80 % av arbetsledare och chefer ska tycka att Yrkesresan underlättar vid planering av kompetenshöjande insatser.                                                                               | enkät                    | arbetsledare och chef                    | q4    | 80 %  |
      | 5  | Att minst 80 % av arbetsledare och chefer ska vara nöjda eller mycket nöjda med det stöd som erbjuds dem i sin roll.                                                                                     | enkät                    | arbetsledare och chef                    | q5    | 80 %  |
      | 6  | Att Yrkesresan erbjudit en möjlighet för erfaren personal i kommunerna att utvecklas i yrket genom uppdraget att bli utbildare.                                                                          | liggaren: utbildare      | –                                        | –     | –     |
      | 7  | Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.                                                                                                                                           | liggaren: tillgänglighet | –                                        | –     | –     |
    Och räknar mål 1a svaren så:
      | svar                    | räknas som    |
      | Instämmer helt          | positivt      |
      | Instämmer delvis        | positivt      |
      | Instämmer inte särskilt | inte positivt |
      | Instämmer inte alls     | inte positivt |
      | Vet ej                  | räknas inte   |
    Och räknar mål 2 svaren så:
      | svar            | räknas som    |
      | Mycket nöjd     | positivt      |
      | Nöjd            | positivt      |
      | Varken eller    | inte positivt |
      | Missnöjd        | inte positivt |
      | Mycket missnöjd | inte positivt |
      | Vet ej          | räknas inte   |

  Scenario: Norrbottens mål 1a–1d följs upp var för sig, med planens svarsalternativ
    Givet regionen Norrbotten
    Och Norrbottens uppföljningsplan för 2023
    Och enkäten frågar efter kommun
    Och enkätsvaren:
      | roll              | kommun | q1a                 | q1b                     | q1c              | q1d                 | q2     | q3             | q4             | q5          | antal |
      | Socialsekreterare | Luleå  | Instämmer helt      | Instämmer delvis        | Vet ej           | Instämmer inte alls | Nöjd   |                |                |             | 4     |
      | Socialsekreterare | Piteå  | Instämmer inte alls | Instämmer inte särskilt | Instämmer delvis | Instämmer helt      | Vet ej |                |                |             | 1     |
      | Chef              | Piteå  |                     |                         |                  |                     | Nöjd   | Instämmer helt | Instämmer helt | Mycket nöjd | 3     |
    När effektmålen följs upp för 2023
    Så är mål 1a: uppfyllt
    Och är andelen 4 av 5 (80,0 %)
    Så är mål 1b: uppfyllt
    Och är andelen 4 av 5 (80,0 %)
    Så är mål 1c: uppfyllt
    Och är andelen 1 av 1 (100,0 %)
    Så är mål 1d: inte uppfyllt
    Och är andelen 1 av 5 (20,0 %)
    Så är mål 2: uppfyllt
    Och är andelen 7 av 7 (100,0 %)

  Scenario: En region skriver sina egna mål, ur enkäten eller ur liggaren
    Givet effektmålet 2, «Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i.», mätt med enkätfrågan q2 för rollerna socialsekreterare, arbetsledare och chef
    Och effektmålet 7, «Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.», mätt ur liggaren: tillgänglighet
    Och svaren på q2 räknas så:
      | svar     | räknas som    |
      | Nöjd     | positivt      |
      | Missnöjd | inte positivt |
    När uppföljningsplanen läses in
    Så har planen målen:
      | id | text                                                                                                                      | mäts med                 | roller                                   | fråga | gräns |
      | 2  | Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i. | enkät                    | socialsekreterare, arbetsledare och chef | q2    | 80 %  |
      | 7  | Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.                                                            | liggaren: tillgänglighet | –                                        | –     | –     |

  Scenariomall: Ett mål som inte går att läsa in
    Givet effektmålet <id>, «<text>», mätt med enkätfrågan q2 för rollerna chef
    Och målets gräns är <gräns> %
    Och svaren på q2 räknas så:
      | svar     | räknas som    |
      | Nöjd     | positivt      |
      | Missnöjd | inte positivt |
    När uppföljningsplanen läses in
    Så blir resultatet <resultat>

    Exempel:
      | id  | text  | gräns | resultat                                                               |
      | 5   | Nöjda | 1     | godtas                                                                 |
      | 5   | Nöjda | 100   | godtas                                                                 |
      | 5   | Nöjda | 0     | avvisas: ska vara ett helt antal procent från 1 till 100, inte 0       |
      | 5   | Nöjda | 101   | avvisas: ska vara ett helt antal procent från 1 till 100, inte 101     |
      | 5 b | Nöjda | 80    | avvisas: '5 b' innehåller blanksteg; ett id är en kort kod som 1a      |
      |     | Nöjda | 80    | avvisas: saknas; ett effektmål behöver ett id, t.ex. 1a                |
      | 5   |       | 80    | avvisas: saknas; ett effektmål behöver sin text som planen skriver den |
