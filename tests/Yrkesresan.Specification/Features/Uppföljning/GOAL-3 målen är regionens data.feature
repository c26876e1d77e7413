# language: sv
@GOAL-3
Egenskap: GOAL-3 Effektmålen är regionens data

  **Källa**, projektplanen (PP §2.4): «Effektmål för Yrkesresan Barn och unga i Norrbotten är: Att minst
  80 % av socialsekreterarna tycker att Yrkesresan Barn och unga har gjort nytta för dem när det gäller
  att: […] a. känna sig stärkt i yrkesrollen. […]» Projektdirektivet (PD §2.4): «Effektmål är att […] 80
  procent av den berörda personalen anser att Yrkesresan barn och unga är ett stöd i deras
  yrkesutveckling […]»

  **Beslut**: målen är regionens data, daterade som allt annat: vart och ett har ett id (1a, 2, …), sin
  text som planen skriver den, och antingen ett enkätmått (rollerna som räknas, frågan, vilka svar som
  är positiva, gränsen) eller ett av måtten ur liggaren (GOAL-2, GOAL-5). De nationella fyra är en ny
  regions utgångsläge.

  Scenario: De nationella fyra målen, med direktivets ord
    Givet den nationella uppföljningsplanen
    När uppföljningsplanen läses in
    Så har planen målen:
      | id | text                                                                                                                                            | mäts med | roller                              | fråga | gräns |
      | 1  | 80 procent av den berörda personalen anser att Yrkesresan barn och unga är ett stöd i deras yrkesutveckling                                     | enkät    | socialsekreterare, arbetsledare och chef | n1    | 80 %  |
      | 2  | 80 procent av den berörda personalen anser att kurserna som erbjuds inom Yrkesresan barn och unga är bra                                        | enkät    | socialsekreterare, arbetsledare och chef | n2    | 80 %  |
      | 3  | 80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i kompetensutveckling av personal | enkät | arbetsledare och chef               | n3    | 80 %  |
      | 4  | 80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i introduktion av ny personal     | enkät | arbetsledare och chef               | n4    | 80 %  |

  Scenario: Norrbottens egna mål, med planens ord
    Givet effektmålet 2, «Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i.», mätt med enkätfrågan q2 för rollerna socialsekreterare, arbetsledare och chef
    Och effektmålet 5, «Att minst 80 % av arbetsledare och chefer ska vara nöjda eller mycket nöjda med det stöd som erbjuds dem i sin roll.», mätt med enkätfrågan q5 för rollerna arbetsledare och chef
    Och effektmålet 6, «Att Yrkesresan erbjudit en möjlighet för erfaren personal i kommunerna att utvecklas i yrket genom uppdraget att bli utbildare.», mätt ur liggaren: utbildare
    Och effektmålet 7, «Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.», mätt ur liggaren: tillgänglighet
    Och svaren på q2 räknas så:
      | svar         | räknas som    |
      | Nöjd         | positivt      |
      | Missnöjd     | inte positivt |
    Och svaren på q5 räknas så:
      | svar         | räknas som    |
      | Nöjd         | positivt      |
      | Missnöjd     | inte positivt |
    När uppföljningsplanen läses in
    Så har planen målen:
      | id | text                                                                                                                        | mäts med                 | roller                                   | fråga | gräns |
      | 2  | Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i.   | enkät                    | socialsekreterare, arbetsledare och chef | q2    | 80 %  |
      | 5  | Att minst 80 % av arbetsledare och chefer ska vara nöjda eller mycket nöjda med det stöd som erbjuds dem i sin roll.        | enkät                    | arbetsledare och chef                    | q5    | 80 %  |
      | 6  | Att Yrkesresan erbjudit en möjlighet för erfaren personal i kommunerna att utvecklas i yrket genom uppdraget att bli utbildare. | liggaren: utbildare  | –                                        | –     | –     |
      | 7  | Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.                                                              | liggaren: tillgänglighet | –                                        | –     | –     |

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
      | id  | text  | gräns | resultat                                                                  |
      | 5   | Nöjda | 1     | godtas                                                                    |
      | 5   | Nöjda | 100   | godtas                                                                    |
      | 5   | Nöjda | 0     | avvisas: ska vara ett helt antal procent från 1 till 100, inte 0          |
      | 5   | Nöjda | 101   | avvisas: ska vara ett helt antal procent från 1 till 100, inte 101        |
      | 5 b | Nöjda | 80    | avvisas: '5 b' innehåller blanksteg; ett id är en kort kod som 1a          |
      |     | Nöjda | 80    | avvisas: saknas; ett effektmål behöver ett id, t.ex. 1a                   |
      | 5   |       | 80    | avvisas: saknas; ett effektmål behöver sin text som planen skriver den    |
