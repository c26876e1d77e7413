# language: sv
@COURSE-5
Egenskap: COURSE-5 Introkursen för Ny, och katalogen som data

  **Källa**, projektplanen (PP §1.4):
  «Representanter från Socialstyrelsen och RSS, under ledning av GR, arbetar nu med kursproduktion av
  de två första kurserna "Handläggning med barnet i centrum" och "Samtal och delaktighet", som ingår i
  Introkursen för NY. Planering och produktion av nästkommande kurser pågår.»

  **Beslut**: introkursen för Ny innehåller de två kurserna. Kurskatalogen är data: en region kan ta
  med en egen.

  Scenario: Norrbottens katalog har planens två första kurser
    Givet regionen Norrbotten
    Så har katalogen kurserna:
      | id                                | kurs                              | kursdagar |
      | handlaggning-med-barnet-i-centrum | Handläggning med barnet i centrum | 1         |
      | samtal-och-delaktighet            | Samtal och delaktighet            | 1         |
    Och har katalogen resvägar för stegen Ny

  Scenario: De två kurserna ensamma är ännu ingen komplett resväg för Ny
    Givet kurserna:
      | id                                | namn                              | kursdagar |
      | handlaggning-med-barnet-i-centrum | Handläggning med barnet i centrum | 1         |
      | samtal-och-delaktighet            | Samtal och delaktighet            | 1         |
    Och resvägen för steget Ny med hållplatserna handlaggning-med-barnet-i-centrum och samtal-och-delaktighet
    När kurskatalogen läses in
    Så blir resultatet avvisas: resvägen för Ny har 2 kursdagar; en komplett resväg för Ny har 8 eller 9 (COURSE-4)

  Scenario: En region tar med en egen katalog
    Givet kurserna:
      | id                 | namn                        | kursdagar |
      | intro-vasterbotten | Introduktion i Västerbotten | 4         |
      | fordjupning        | Fördjupning                 | 5         |
      | ledarskap          | Ledarskap                   | 2         |
    Och resvägen för steget Arbetsledare och chef med hållplatserna ledarskap
    Och resvägen för steget Ny med hållplatserna intro-vasterbotten och fordjupning
    När kurskatalogen läses in
    Så blir resultatet godtas
    Och har katalogen kurserna:
      | id                 | kurs                        | kursdagar |
      | intro-vasterbotten | Introduktion i Västerbotten | 4         |
      | fordjupning        | Fördjupning                 | 5         |
      | ledarskap          | Ledarskap                   | 2         |
    Och har katalogen resvägar för stegen Ny och Arbetsledare och chef
    Och har steget Ny en resväg med hållplatserna:
      | hållplats | kurs                        | kursdagar |
      | 1         | Introduktion i Västerbotten | 4         |
      | 2         | Fördjupning                 | 5         |
    Och har resvägen 9 kursdagar sammanlagt
