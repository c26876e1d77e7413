using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// Every command in Swedish (<c>--lang sv</c>): the headings, columns and footers of its tables, its summaries,
/// its usage errors and its help, in the glossary's words (docs/glossary.md); numbers keep the Swedish format and
/// machine formats do not change. The English output is pinned by each command's own tests.
/// </summary>
public sealed class SwedishOutputTests
{
    private static readonly string Ledger = Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json");

    public static TheoryData<string, string> Commands() => new()
    {
        { "allocate", "Fördela en fast kostnad mellan kommuner efter folkmängd" },
        { "check", "Kontrollera en liggarfil med kurstillfällen mot reglerna och regionen" },
        { "holidays", "Lista ett års svenska helgdagar" },
        { "invoice", "Skriv fakturaunderlaget för ett kurstillfälle" },
        { "region", "Regionfiler: en JSON-fil per region" },
        { "settle", "Gör årsavräkningen för ett år" },
        { "step", "Avgör en persons steg (Ny, Van, Erfaren, Arbetsledare och chef) en viss dag" },
        { "steps", "Avgör steget för alla på en personallista en viss dag" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    [Trait("Contract", "Swedish and English")]
    public void The_help_of_every_command_is_Swedish(string command, string description)
    {
        CliResult result = Tool.Run(command, "--help", "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n');
        Assert.Equal(["Beskrivning:", "Användning:", "Alternativ:"], lines.Where(l => l.EndsWith(':') && !l.StartsWith(' ')));
        Assert.StartsWith("  " + description, lines[1], StringComparison.Ordinal);
        Assert.Contains($"  yrkesresan {command} [alternativ]", lines);
        Assert.Contains("  -?, -h, --help", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(REQUIRED)", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<FILE>", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Without it", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void Settle_prints_the_year_end_settlement_in_Swedish()
    {
        CliResult result = Tool.Run("settle", "--ledger", Ledger, "--year", "2023", "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Text.Lines(
                "Norrbotten 2023: årsavräkning för 14 kommuner",
                "Utbildarpott: 19 600 kr inbetalt, 19 600 kr utbetalt efter utbildardagar, 0 kr ej fördelat.",
                "",
                "+------------------------------------------------------------------------------------------------------------------------------------------------------------+",
                "| Kod   | Kommun     | Deltagardagar | Rörlig avgift (kr) | Utbildardagar | Utbildarpott (kr) | Fast kostnad (kr) | Jan–jun (kr) | Jul–dec (kr) | Netto (kr) |",
                "|-------+------------+---------------+--------------------+---------------+-------------------+-------------------+--------------+--------------+------------|",
                "| 2505  | Arvidsjaur |             2 |              3 100 |             0 |                 0 |            23 450 |       11 725 |       11 725 |     26 550 |",
                "| 2506  | Arjeplog   |             4 |              4 200 |             0 |                 0 |            10 272 |        5 136 |        5 136 |     14 472 |",
                "| 2510  | Jokkmokk   |             2 |              2 300 |             0 |                 0 |            18 305 |        9 153 |        9 152 |     20 605 |",
                "| 2513  | Överkalix  |             2 |                  0 |             0 |                 0 |            12 390 |        6 195 |        6 195 |     12 390 |",
                "| 2514  | Kalix      |             3 |                  0 |             0 |                 0 |            60 151 |       30 076 |       30 075 |     60 151 |",
                "| 2518  | Övertorneå |             2 |                  0 |             0 |                 0 |            16 065 |        8 033 |        8 032 |     16 065 |",
                "| 2521  | Pajala     |             4 |              4 200 |             0 |                 0 |            22 799 |       11 400 |       11 399 |     26 999 |",
                "| 2523  | Gällivare  |             3 |              3 450 |             0 |                 0 |            66 660 |       33 330 |       33 330 |     70 110 |",
                "| 2560  | Älvsbyn    |             2 |              3 100 |             0 |                 0 |            30 611 |       15 306 |       15 305 |     33 711 |",
                "| 2580  | Luleå      |             9 |             13 950 |             4 |             7 840 |           298 397 |      149 199 |      149 198 |    304 507 |",
                "| 2581  | Piteå      |            10 |             11 500 |             3 |             5 880 |           161 086 |       80 543 |       80 543 |    166 706 |",
                "| 2582  | Boden      |             5 |              7 750 |             0 |                 0 |           107 086 |       53 543 |       53 543 |    114 836 |",
                "| 2583  | Haparanda  |             2 |                  0 |             0 |                 0 |            36 366 |       18 183 |       18 183 |     36 366 |",
                "| 2584  | Kiruna     |             8 |             10 400 |             3 |             5 880 |            86 362 |       43 181 |       43 181 |     90 882 |",
                "|-------+------------+---------------+--------------------+---------------+-------------------+-------------------+--------------+--------------+------------|",
                "| Summa |            |            58 |             63 950 |            10 |            19 600 |           950 000 |      475 003 |      474 997 |    994 350 |",
                "+------------------------------------------------------------------------------------------------------------------------------------------------------------+",
                "",
                "Netto = fast kostnad + rörlig avgift - utbetalt ur utbildarpotten. Utbildarpotten fördelas efter utbildardagar (största rest); "
                + "fakturan för jan–jun tar en eventuell udda krona av den fasta kostnaden."),
            result.Stdout);
        Assert.All(result.StderrLines, line => Assert.StartsWith("obs: ", line, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void Settle_reports_a_year_before_the_schedule_in_Swedish()
    {
        CliResult result = Tool.Run("settle", "--ledger", Ledger, "--year", "2019", "--lang", "sv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "yrkesresan: tidsplanen för Norrbotten börjar 2021, så den har ingen fast kostnad för 2019; ange --year 2021 eller senare.",
                "Kör 'yrkesresan settle --help' för hjälp.",
            ],
            result.StderrLines.Where(l => !l.StartsWith("obs: ", StringComparison.Ordinal)));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void Check_summarises_the_ledger_in_Swedish_and_writes_its_notices_as_obs()
    {
        CliResult result = Tool.Run("check", "--ledger", Ledger, "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Text.Lines(
                $"{Ledger}: en giltig liggare för Norrbotten",
                "  kurstillfällen:        6",
                "  kursdagar:             8 (5 på plats, 3 digitalt), 2023-02-07 till 2024-01-03",
                "  år:                    2023 (7 dagar), 2024 (1 dag)",
                "  deltagardagar:         63",
                "  utbildare:             12 (2 externa), 12 kommunala utbildardagar",
                "  eftergivna avgifter:   1; egna lokalbelopp: 1",
                "  obs:                   2 (på standardfel)"),
            result.Stdout);
        Assert.Equal(2, result.StderrLines.Length);
        Assert.All(result.StderrLines, line => Assert.StartsWith($"obs: {Ledger}:", line, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void Check_writes_one_external_trainer_and_one_day_in_the_singular()
    {
        CliResult result = Tool.Run("check", "--ledger", Repository.PathOf("docs", "examples", "vasterbotten-2024-ledger.json"), "--region", Repository.VasterbottenExample, "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  utbildare:             4 (1 extern), 5 kommunala utbildardagar\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void Invoice_prints_the_invoice_basis_in_Swedish_with_fee_components_and_delivery_modes_as_words()
    {
        CliResult result = Tool.Run("invoice", "--ledger", Ledger, "--occasion", "2023-samtal-1", "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n');
        Assert.Equal(
            [
                "Norrbotten: fakturaunderlag för kurstillfälle 2023-samtal-1 (samtal-och-delaktighet)",
                "Kursdagar: 2023-03-14 på plats",
                "Eget lokalbelopp: 600 kr per deltagare och kursdag på plats.",
                string.Empty,
                "+--------------------------------------------------------------------------------+",
                "| Kod   | Kommun    | Avgiftsdel     | Deltagardagar | Á-pris (kr) | Belopp (kr) |",
                "|-------+-----------+----------------+---------------+-------------+-------------|",
                "| 2510  | Jokkmokk  | Lokal och fika |             2 |         600 |       1 200 |",
                "| 2510  | Jokkmokk  | Utbildarpott   |             2 |         400 |         800 |",
                "| 2510  | Jokkmokk  | Kursmaterial   |             2 |         100 |         200 |",
                "| 2510  | Jokkmokk  | Buffert        |             2 |          50 |         100 |",
            ],
            lines[..11]);
        Assert.Contains("| Summa |           |                |               |             |      11 500 |", lines);
        Assert.Equal(["2510 Jokkmokk: 2 300 kr", "2523 Gällivare: 3 450 kr", "2584 Kiruna: 5 750 kr", string.Empty], lines[^4..]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void Invoice_says_in_Swedish_that_a_fee_is_waived_and_which_occasions_there_are()
    {
        CliResult waived = Tool.Run("invoice", "--ledger", Ledger, "--occasion", "2023-barnet-2", "--lang", "sv");
        CliResult unknown = Tool.Run("invoice", "--ledger", Ledger, "--occasion", "nej", "--lang", "sv");

        Assert.Contains("\nAvgiften efterges: ingenting debiteras.\n", waived.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nKursdagar: 2023-05-16 digitalt\n", waived.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains(
            $"yrkesresan: --occasion nej: {Ledger} har inget kurstillfälle med det id:t; dess kurstillfällen är 2023-barnet-1, 2023-samtal-1, 2023-barnet-2, 2023-samtal-2, 2023-fordjupning-1, 2023-fordjupning-2.",
            unknown.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan holidays")]
    public void Holidays_prints_Swedish_weekdays_and_kinds_beside_the_Swedish_names()
    {
        CliResult result = Tool.Run("holidays", "--year", "2023", "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n');
        Assert.Equal(
            [
                "Sverige 2023: 13 helgdagar och 3 aftnar på 16 datum; ingen av dem är en arbetsdag",
                string.Empty,
                "+----------------------------------------------------------+",
                "| Datum      | Veckodag | Namn                   | Slag    |",
                "|------------+----------+------------------------+---------|",
                "| 2023-01-01 | söndag   | Nyårsdagen             | helgdag |",
                "| 2023-01-06 | fredag   | Trettondedag jul       | helgdag |",
            ],
            lines[..7]);
        Assert.Contains("| 2023-06-23 | fredag   | Midsommarafton         | afton   |", lines);
        foreach (string weekday in new[] { "måndag", "tisdag", "torsdag", "lördag" })
        {
            Assert.Contains($"| {weekday}", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Contract", "yrkesresan holidays")]
    public void Holidays_reports_a_year_outside_the_calendar_in_Swedish()
    {
        CliResult result = Tool.Run("holidays", "--year", "1952", "--lang", "sv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            ["yrkesresan: den svenska kalendern är exakt från 1953 till 2199; --year 1952 ligger utanför.", "Kör 'yrkesresan holidays --help' för hjälp."],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void Allocate_prints_the_statement_in_Swedish()
    {
        CliResult result = Tool.Run("allocate", "--year", "2023", "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n');
        Assert.Equal(
            [
                "Norrbotten 2023: fast kostnad 950 000 kr delas mellan 14 kommuner efter folkmängd",
                string.Empty,
                "+-------------------------------------------------------------------------------------+",
                "| Kod   | Kommun     | Invånare | Andel % | Belopp (kr) | Jan–jun (kr) | Jul–dec (kr) |",
                "|-------+------------+----------+---------+-------------+--------------+--------------|",
                "| 2505  | Arvidsjaur |    6 157 |       3 |      23 450 |       11 725 |       11 725 |",
            ],
            lines[..6]);
        Assert.Contains("| Summa |            |  249 428 |     100 |     950 000 |      475 003 |      474 997 |", lines);
        Assert.StartsWith("Avrundat till hela kronor med ", lines[^2], StringComparison.Ordinal);
        Assert.EndsWith(", så att beloppen blir exakt summan; fakturan för jan–jun tar en eventuell udda krona.", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void Allocate_reports_its_usage_errors_in_Swedish()
    {
        CliResult explain = Tool.Run("allocate", "--explain", "--format", "csv", "--lang", "sv");
        CliResult early = Tool.Run("allocate", "--year", "2020", "--lang", "sv");
        CliResult thisYear = Tool.RunIn(2020, "allocate", "--lang", "sv");
        CliResult csv = Tool.Run("allocate", "--region", TestData.ScbNational, "--lang", "sv");

        Assert.Equal("yrkesresan: --explain går bara med --format table; csv och json förblir maskinläsbara.", explain.StderrLines[0]);
        Assert.Equal("yrkesresan: tidsplanen för Norrbotten börjar 2021, så den har ingen fast kostnad för 2020 (--year); ange --year 2021 eller senare.", early.StderrLines[0]);
        Assert.Equal("yrkesresan: tidsplanen för Norrbotten börjar 2021, så den har ingen fast kostnad för 2020 (i år); ange --year 2021 eller senare.", thisYear.StderrLines[0]);
        Assert.Equal(
            "yrkesresan: --total krävs med en kommun-CSV: den har ingen fast kostnad, så ange de kronor som ska fördelas, t.ex. --total 950000 (eller ange en regionfil, .json).",
            csv.StderrLines[0]);
        Assert.All([explain, early, thisYear, csv], r => Assert.Equal("Kör 'yrkesresan allocate --help' för hjälp.", r.StderrLines[1]));
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Region_validate_summarises_the_file_in_Swedish()
    {
        CliResult result = Tool.Run("region", "--validate", Repository.VasterbottenExample, "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Text.Lines(
                $"{Repository.VasterbottenExample}: en giltig regionfil för Västerbotten",
                "  kommuner: 15, folkmängd 273 192 (den angivna summan stämmer)",
                "  fast kostnad från 2023: 1 100 000 kr per år",
                "  medlemmar från 2023: 15 av 15 kommuner",
                "  avgifter från 2023-01-01: 1 550 kr per deltagare och kursdag på plats, 550 kr per digital kursdag",
                "  behörighet från 2023-01-01: arbetsområden mottagning, utredning, uppfoljning; stegen öppnar Ny 2023-03-01, Van 2023-09-01, "
                + "Erfaren inget datum, ArbetsledareOchChef 2023-02-01; utbildare 2023-02-01",
                "  kurser: 5",
                "  resväg Ny: 5 hållplatser, 9 kursdagar (komplett)"),
            result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Region_reports_its_usage_errors_in_Swedish()
    {
        CliResult neither = Tool.Run("region", "--lang", "sv");
        CliResult unknown = Tool.Run("region", "--export", "gotland", "--lang", "sv");
        CliResult folder = Tool.Run("region", "--validate", Path.GetTempPath(), "--lang", "sv");

        Assert.Equal(["yrkesresan: ange precis ett av --export NAMN, --validate FIL och --new --county LÄN.", "Kör 'yrkesresan region --help' för hjälp."], neither.StderrLines);
        Assert.Equal("yrkesresan: det finns ingen inbyggd region 'gotland'; inbyggda: norrbotten.", unknown.StderrLines[0]);
        Assert.Equal($"yrkesresan: --validate {Path.GetTempPath()} är en mapp; ange en fil.", folder.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void Step_prints_the_decision_in_Swedish()
    {
        CliResult eligible = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2020-01-01", "--as-of", "2024-06-15", "--lang", "sv");
        CliResult notYetOpen = Tool.Run("step", "--role", "chef", "--period", "2020-01-01", "--as-of", "2021-08-01", "--lang", "sv");
        CliResult notEligible = Tool.Run("step", "--role", "socialsekreterare", "--period", "2020-01-01", "--as-of", "2024-06-15", "--lang", "sv");

        Assert.StartsWith(
            Text.Lines(
                "Norrbotten per 2024-06-15: behörig till Van",
                string.Empty,
                "  Behörig           ja",
                "  Steg              Van",
                "  Fullgjorda år     4",
                "  Nästa steg        Erfaren, från 2025-01-01",
                "  Öppet i regionen  ja, sedan 2023-01-01",
                string.Empty,
                "Skäl:"),
            eligible.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("  Nästa steg        inget\n  Öppet i regionen  nej, öppnar 2022-09-01\n", notYetOpen.Stdout, StringComparison.Ordinal);
        Assert.StartsWith(
            Text.Lines(
                "Norrbotten per 2024-06-15: inte behörig",
                string.Empty,
                "  Behörig           nej",
                "  Steg              inget",
                "  Fullgjorda år     4",
                "  Nästa steg        inget",
                "  Öppet i regionen  nej"),
            notEligible.Stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void Step_reports_a_day_before_the_first_eligibility_policy_in_Swedish()
    {
        CliResult given = Tool.Run("step", "--role", "chef", "--period", "2020-01-01", "--as-of", "2021-06-30", "--lang", "sv");
        CliResult today = Tool.RunIn(2021, "step", "--role", "chef", "--period", "2020-01-01", "--lang", "sv");

        Assert.Equal(
            [
                "yrkesresan: Behörighetsreglerna för Norrbotten gäller från 2021-07-01, så de ger inget svar för 2021-06-30 (--as-of); ange --as-of 2021-07-01 eller senare.",
                "Kör 'yrkesresan step --help' för hjälp.",
            ],
            given.StderrLines);
        Assert.EndsWith("(i dag); ange --as-of 2021-07-01 eller senare.", today.StderrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Steps_prints_the_staff_table_in_Swedish()
    {
        using var staff = TempRegionFile.WithText(
            "id,role,work_area,employer,periods\n"
            + "s-17,socialsekreterare,utredning,,2021-03-01\n"
            + "m-09,hogre-chef,,annan,2010-01-01\n",
            "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", staff.Path, "--region", Repository.VasterbottenExample, "--as-of", "2023-02-15", "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n');
        Assert.Equal("Västerbotten per 2023-02-15: 2 personer, 1 behöriga", lines[0]);
        Assert.Matches(@"^\| Id +\| Steg +\| År \| Nästa steg +\| Öppet i regionen +\| Skäl +\|$", lines[3]);
        Assert.Matches(@"^\| s-17 \| Ny +\| +1 \| Van 2023-03-01 \| nej, öppnar 2023-03-01 \| eligible_by_years +\|$", lines[5]);
        Assert.Matches(@"^\| m-09 \| inte behörig +\| 13 \| - +\| - +\| role_excluded +\|$", lines[8]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Steps_reports_a_staff_file_that_does_not_exist_in_Swedish()
    {
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-cli-tests", "no-such-staff.csv");

        CliResult result = Tool.Run("steps", "--staff", missing, "--lang", "sv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"yrkesresan: --staff {missing}: filen finns inte.", "Kör 'yrkesresan steps --help' för hjälp."], result.StderrLines);
    }
}
