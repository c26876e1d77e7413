# language: sv
@COURSE-4
Egenskap: COURSE-4 Steget Ny har 8 eller 9 kursdagar

  **Källa**, projektplanen (PP §1.4):
  «Steg 1: NY medarbetare (0-2 år i yrket) innefattar 8-9 kursdagar/2 år.»

  **Beslut**: en komplett resväg för Ny vars kursdagar blir något annat än 8 eller 9 är ogiltig. En
  resväg som ännu byggs (ofullständig) får ha upp till 9 kursdagar. De andra stegen har ingen sådan gräns.

  Scenariomall: Kursdagarna på resvägen för Ny, och för Van
    Givet en <komplett> resväg för steget <steg> vars kurser har <kursdagar> kursdagar
    När kurskatalogen läses in
    Så blir resultatet <resultat>

    Exempel:
      | komplett     | steg | kursdagar | resultat                                                                                    |
      | komplett     | Ny   | 7         | avvisas: resvägen för Ny har 7 kursdagar; en komplett resväg för Ny har 8 eller 9 (COURSE-4) |
      | komplett     | Ny   | 8         | godtas                                                                                      |
      | komplett     | Ny   | 9         | godtas                                                                                      |
      | komplett     | Ny   | 10        | avvisas: resvägen för Ny har 10 kursdagar; en komplett resväg för Ny har 8 eller 9 (COURSE-4) |
      | ofullständig | Ny   | 2         | godtas                                                                                      |
      | ofullständig | Ny   | 9         | godtas                                                                                      |
      | ofullständig | Ny   | 10        | avvisas: resvägen för Ny har redan 10 kursdagar; resvägen för Ny har 8 eller 9 (COURSE-4)     |
      | komplett     | Van  | 12        | godtas                                                                                      |
