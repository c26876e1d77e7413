# language: sv
@REPORT-1
Egenskap: REPORT-1 Årsrapporten till styrgruppen: året på en A4

  **Källa**, projektplanen (PP §10): «årligen lämna, senast den 31 januari, en kort rapport (max en A4)
  med svar på utskickade frågor gällande den regionala verksamheten.» Projektdirektivet (PD §7):
  «Delprojektledaren lämnar årligen, senast den 31 mars, en skriftlig rapport till huvudprojektledaren
  både vad gäller verksamhet och ekonomi.»

  **Beslut**: en årsrapport per region och år, vars första sida står för sig själv: verksamheten
  (kurstillfällen, kursdagar på plats och digitalt, deltagardagar, deltagare, utbildare), ekonomin
  (fast kostnad med halvårsfakturorna, rörliga avgifter, utbildarpotten), effektmålen och
  tillgängligheten. Varje siffra är årsavräkningens eller uppföljningens egen, inget räknas om. Utan
  enkätens svar saknas effektmålen, och rapporten säger det; tillgängligheten läses då ur
  medlemskapet och liggaren. Kommun för kommun följer i en bilaga.

  Bakgrund:
    Givet regionen Norrbotten
    Och kurstillfällena:
      | kurstillfälle      | kurs                              | kursdagar                                   | deltagare                                          | utbildare                                                      | lokal  | avgift |
      | 2023-barnet-1      | handlaggning-med-barnet-i-centrum | 2023-02-07 på plats                         | Luleå 4, Boden 3 och Piteå 2                       | Luleå och Piteå                                                | –      | tas ut |
      | 2023-samtal-1      | samtal-och-delaktighet            | 2023-03-14 på plats                         | Kiruna 5, Gällivare 3 och Jokkmokk 2               | Kiruna och en extern utbildare                                 | 600 kr | tas ut |
      | 2023-barnet-2      | handlaggning-med-barnet-i-centrum | 2023-05-16 digitalt                         | Kalix 3, Haparanda 2, Överkalix 2 och Övertorneå 2 | Piteå                                                          | –      | utgår  |
      | 2023-samtal-2      | samtal-och-delaktighet            | 2023-09-19 på plats                         | Luleå 3, Älvsbyn 2, Arvidsjaur 2 och Luleå 2       | Luleå och Kiruna                                               | –      | tas ut |
      | 2023-fordjupning-1 | fordjupning-utredning             | 2023-10-10 på plats och 2023-10-11 digitalt | Piteå 4, Arjeplog 2 och Pajala 2                   | Piteå (2023-10-10), Luleå och en extern utbildare (2023-10-11) | –      | tas ut |
      | 2023-fordjupning-2 | fordjupning-utredning             | 2023-12-28 på plats och 2024-01-03 digitalt | Kiruna 3 och Boden 2                               | Kiruna och Luleå (2024-01-03)                                  | –      | tas ut |
    Och effektmålet 2, «Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i.», mätt med enkätfrågan q2 för rollerna socialsekreterare, arbetsledare och chef
    Och svaren på q2 räknas så:
      | svar      | räknas som    |
      | Nöjd      | positivt      |
      | Missnöjd  | inte positivt |
      | Vet ej    | räknas inte   |
    Och effektmålet 6, «Att Yrkesresan erbjudit en möjlighet för erfaren personal i kommunerna att utvecklas i yrket genom uppdraget att bli utbildare.», mätt ur liggaren: utbildare
    Och effektmålet 7, «Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.», mätt ur liggaren: tillgänglighet
    Och enkätsvaren på q2 från rollen socialsekreterare: 7 Nöjd, 2 Missnöjd och 3 Vet ej
    Och enkätsvaren på q2 från rollen chef: 1 Nöjd

  Scenario: Året 2023 med enkätens svar: verksamhet, ekonomi, effektmål och tillgänglighet
    När årsrapporten för 2023 skrivs med enkätens svar
    Så är verksamheten:
      | kurstillfällen | på plats | digitalt | deltagardagar | deltagare | utbildare från kommunerna | utbildardagar | första kursdagen | sista kursdagen |
      | 6              | 5        | 2        | 58            | 50        | 9                         | 10            | 2023-02-07       | 2023-12-28      |
    Och är ekonomin:
      | fast kostnad | jan–jun | jul–dec | rörliga avgifter | fakturerat   | pott insamlad | pott utbetald | ofördelad | netto   |
      | 950 000      | 475 003 | 474 997 | 63 950           | 1 013 950    | 19 600        | 19 600        | 0         | 994 350 |
    Och har rapporten effektmålen:
      | mål | status   | andel    | räknade svar | intervallet säger          |
      | 2   | uppfyllt | 8 av 10  | 10           | För få svar för att avgöra |
      | 6   | uppfyllt | –        | –            | –                          |
      | 7   | uppfyllt | 14 av 14 | –            | –                          |
    Och är varje mål i rapporten uppföljningens
    Och deltar 14 av 14 kommuner, och ingen saknar anmälda deltagare
    Och är bilagan årsavräkningen för de 14 kommunerna i kodordning

  Scenario: Utan enkätens svar saknas effektmålen, men inte tillgängligheten
    När årsrapporten för 2023 skrivs utan enkätens svar
    Så saknas enkäten: rapporten har inga effektmål
    Och deltar 14 av 14 kommuner, och ingen saknar anmälda deltagare
    Och är ekonomin:
      | fast kostnad | jan–jun | jul–dec | rörliga avgifter | fakturerat   | pott insamlad | pott utbetald | ofördelad | netto   |
      | 950 000      | 475 003 | 474 997 | 63 950           | 1 013 950    | 19 600        | 19 600        | 0         | 994 350 |

  Scenario: Kommuner som inte har anmält någon nämns i tillgängligheten
    När årsrapporten för 2024 skrivs med enkätens svar
    Så deltar 14 av 14 kommuner; har inte anmält någon: Arvidsjaur, Arjeplog, Jokkmokk, Överkalix, Kalix, Övertorneå, Pajala, Gällivare, Älvsbyn, Luleå, Piteå, Haparanda
