# language: sv
@COURSE-2
Egenskap: COURSE-2 En kurs har tre delar

  **Källa**, projektplanen (PP §1.4):
  «Varje kurs består av tre delar: 1. Förberedelser - innehåller läraaktiviteter i form av
  förberedelseuppgifter - digitalt 2. Kursdag/ar - innehåller en eller flera lärarledda
  seminarier/kursdagar - på plats eller digitalt 3. Fördjupning efter - innehåller läraaktiviteter i
  form av förslag på fördjupningsuppgifter - digitalt»

  **Beslut**: en kurs har förberedelser (digitala uppgifter), en eller flera kursdagar och fördjupning
  efter (digitala uppgifter, förslag), i den ordningen. Varje uppgift har en titel, ett kunskapsmål och
  en uppskattad tid på 1 till 10 000 minuter.

  Scenario: En kurs med förberedelser, två kursdagar och fördjupning efter
    Givet kursen samtal, "Samtal och delaktighet", med 2 kursdagar
    Och förberedelserna:
      | uppgift                         | kunskapsnivå | kunskapsmål                          | minuter |
      | Läs om barnets rätt att komma till tals | Fakta  | Känna till barnets rätt att höras    | 45      |
      | Se filmen om samtal med barn    | Förståelse   | Förstå vad ett samtal med barn kräver | 20      |
    Och fördjupningen efter:
      | uppgift                         | kunskapsnivå | kunskapsmål                          | minuter |
      | Genomför ett samtal och reflektera | Färdighet | Kunna leda ett samtal med ett barn   | 90      |
    När kursen läggs in
    Så har kursen 2 förberedelseuppgifter, 2 kursdagar och 1 fördjupningsuppgift
    Och har kursens förberedelser uppgifterna:
      | uppgift                                 |
      | Läs om barnets rätt att komma till tals |
      | Se filmen om samtal med barn            |
    Och är förberedelserna och fördjupningen efter digitalt

  Scenario: Fördjupningen efter är ett förslag: en kurs kan sakna båda uppgiftsdelarna
    Givet kursen barnet, "Handläggning med barnet i centrum", med 1 kursdagar
    När kursen läggs in
    Så har kursen 0 förberedelseuppgifter, 1 kursdag och 0 fördjupningsuppgifter

  Scenariomall: En uppgifts uppskattade tid
    Givet kursen samtal, "Samtal och delaktighet", med 1 kursdagar
    Och förberedelserna:
      | uppgift        | kunskapsnivå | kunskapsmål          | minuter   |
      | Läs underlaget | Fakta        | Känna till underlaget | <minuter> |
    När kursen läggs in
    Så blir resultatet <resultat>

    Exempel:
      | minuter | resultat                                                  |
      | 0       | avvisas: en uppgift tar 1 till 10000 minuter, inte 0      |
      | 1       | godtas                                                    |
      | 10 000  | godtas                                                    |
      | 10 001  | avvisas: en uppgift tar 1 till 10000 minuter, inte 10001  |
