# language: sv
@COURSE-1
Egenskap: COURSE-1 En resväg av hållplatser, en kurs vid varje

  **Källa**, projektplanen (PP §1.4):
  «Varje väska leder till en resväg med hållplatser. Varje hållplats = en kurs.»

  **Beslut**: varje stegs väska leder till en resväg med hållplatser i ordning; varje hållplats är en
  kurs i regionens kurskatalog, och varje steg har högst en resväg.

  Scenario: Norrbottens resväg för Ny går genom planens två första kurser
    Givet regionen Norrbotten
    Så har steget Ny en resväg med hållplatserna:
      | hållplats | kurs                              | kursdagar |
      | 1         | Handläggning med barnet i centrum | 1         |
      | 2         | Samtal och delaktighet            | 1         |
    Och är resvägen inte komplett än
    Och har resvägen 2 kursdagar sammanlagt

  Scenario: Hållplatserna följs i den ordning resvägen anger
    Givet kurserna:
      | id          | namn                       | kursdagar |
      | barnet      | Barnet i centrum           | 2         |
      | samtal      | Samtal och delaktighet     | 3         |
      | dokumentera | Dokumentation              | 1         |
    Och resvägen för steget Van med hållplatserna samtal, dokumentera och barnet
    När kurskatalogen läses in
    Så blir resultatet godtas
    Och har steget Van en resväg med hållplatserna:
      | hållplats | kurs                   | kursdagar |
      | 1         | Samtal och delaktighet | 3         |
      | 2         | Dokumentation          | 1         |
      | 3         | Barnet i centrum       | 2         |
    Och har resvägen 6 kursdagar sammanlagt

  Scenariomall: En katalog med en hållplats som inte är en kurs, eller två resvägar för ett steg
    Givet kurserna:
      | id     | namn                   | kursdagar |
      | barnet | Barnet i centrum       | 2         |
      | samtal | Samtal och delaktighet | 3         |
    Och resvägen för steget Van med hållplatserna <första resvägen>
    Och resvägen för steget <steg> med hållplatserna <andra resvägen>
    När kurskatalogen läses in
    Så blir resultatet <resultat>

    Exempel:
      | första resvägen | steg    | andra resvägen | resultat                                  |
      | barnet          | Erfaren | samtal         | godtas                                    |
      | barnet          | Erfaren | fordjupning    | avvisas: ingen kurs har id 'fordjupning'  |
      | barnet          | Van     | samtal         | avvisas: Van har mer än en resväg |
