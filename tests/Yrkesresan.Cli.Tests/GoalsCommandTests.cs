using System.Text.Json;
using Yrkesresan.Cli.Tests.Support;
using static Yrkesresan.Cli.Tests.Support.Text;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan goals --answers FILE --year YYYY [--ledger FILE] [--region FILE] [--by municipality] [--format ...]</c>:
/// the effect goals of a year as a table, CSV or JSON; the ledger goals without a ledger; the national default of a
/// region file without a follow-up plan; usage errors and bad data with their exit codes.
/// </summary>
public sealed class GoalsCommandTests
{
    private const string Hint = "Run 'yrkesresan goals --help' for usage.";

    private static string Example => Repository.PathOf("docs", "examples", "norrbotten-2023-answers.csv");

    /// <summary>A small answers file for Norrbotten's plan: two managers and two social secretaries, q2 and q3 answered.</summary>
    private const string Small =
        "Svarsnummer,(roll) Vilken roll har du?,(kommun) I vilken kommun arbetar du?,q1a,q1b,q1c,q1d,(q2) Hur nöjd är du med kurserna?,q3,q4,q5\n" +
        "1,Chef,Luleå,,,,,Nöjd,Instämmer helt,Instämmer helt,Nöjd\n" +
        "2,Arbetsledare,Boden,,,,,Missnöjd,Vet ej,Instämmer inte alls,Nöjd\n" +
        "3,Socialsekreterare,Luleå,Instämmer helt,Instämmer delvis,Vet ej,,Mycket nöjd,,,\n" +
        "4,Socialsekreterare,,Instämmer inte alls,,,,Vet ej,,,\n";

    [Fact]
    [Rule("GOAL-2")]
    public void Without_a_ledger_the_ledger_goals_are_not_evaluable_and_say_why_with_null_figures()
    {
        CliResult json = Tool.Run("goals", "--answers", Example, "--year", "2023", "--format", "json");
        CliResult table = Tool.Run("goals", "--answers", Example, "--year", "2023");

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(string.Empty, json.Stderr);
        using JsonDocument document = JsonDocument.Parse(json.Stdout);
        JsonElement[] ledgerGoals = [.. document.RootElement.GetProperty("goals").EnumerateArray().Where(g => g.GetProperty("measure").GetString() != "survey")];
        Assert.Equal(["6", "7"], ledgerGoals.Select(g => g.GetProperty("id").GetString()));
        Assert.All(ledgerGoals, g => Assert.Equal("not_evaluable", g.GetProperty("status").GetString()));
        Assert.Contains("  6: not evaluable: the goal is measured from the ledger, and no ledger of 2023 was given\n", table.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  7: not evaluable: the goal is measured from the ledger, and no ledger of 2023 was given\n", table.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    [Rule("GOAL-5")]
    public void With_the_example_ledger_the_trainer_and_availability_goals_are_met_and_explained()
    {
        CliResult result = Tool.Run("goals", "--answers", Example, "--year", "2023", "--ledger", TestLedgers.NorrbottenExample);

        Assert.Equal(0, result.ExitCode);
        string stdout = result.Stdout.ReplaceLineEndings("\n");
        Assert.Contains("  6: met: employees of member municipalities taught 10 trainer day(s) in 2023: Luleå 4, Piteå 3, Kiruna 3\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  7: met: all 14 municipalities of Norrbotten take part in 2023\n", stdout, StringComparison.Ordinal);
        Assert.Equal(2, result.StderrLines.Count(l => l.StartsWith("notice: ", StringComparison.Ordinal)));
    }

    [Fact]
    [Rule("GOAL-1")]
    public void Csv_has_one_row_per_goal_with_the_json_fields_in_the_same_order_and_stable_headers()
    {
        using TempRegionFile answers = TempRegionFile.WithText(Small, "svar.csv");

        CliResult plain = Tool.Run("goals", "--answers", answers.Path, "--year", "2023", "--format", "csv");
        CliResult by = Tool.Run("goals", "--answers", answers.Path, "--year", "2023", "--format", "csv", "--by", "municipality");

        Assert.Equal(0, plain.ExitCode);
        const string Header = "id,text,measure,status,counted,positive,share,share_percent,threshold_percent,interval_low_percent,interval_high_percent,verdict,breakdown,municipality_code,municipality";
        List<string[]> rows = PlainCsv.Parse(plain.Stdout);
        Assert.Equal(Header, string.Join(",", rows[0]));
        Assert.Equal(["1a", "1b", "1c", "1d", "2", "3", "4", "5", "6", "7"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["2", "survey", "not_met", "3", "2", "2/3", "66.6", "80"], rows.Single(r => r[0] == "2")[..1].Concat(rows.Single(r => r[0] == "2")[2..9]));
        Assert.Equal(["1c", "not_evaluable", "0", "0", "", "", "80", "", "", "too_few_answers", "goal"], new[] { "1c" }.Concat(rows.Single(r => r[0] == "1c")[3..13]));
        Assert.Equal(["7", "availability", "not_evaluable", "", "", "", "", "", "", "", ""], new[] { "7" }.Concat(rows.Single(r => r[0] == "7")[2..12]));
        Assert.DoesNotContain('\r', plain.Stdout);

        List<string[]> broken = PlainCsv.Parse(by.Stdout);
        Assert.Equal(Header, string.Join(",", broken[0]));
        string[][] goal3 = [.. broken.Where(r => r[0] == "3")];
        Assert.Equal(15, goal3.Length);
        Assert.Equal(["goal", "", ""], goal3[0][12..]);
        Assert.Equal(["met", "1", "1", "1/1", "100.0", "80", "", "", "", "municipality", "2580", "Luleå"], goal3.Single(r => r[14] == "Luleå")[3..]);
        Assert.Equal(["not_evaluable", "0", "0", "", "", "80", "", "", "", "municipality", "2582", "Boden"], goal3.Single(r => r[14] == "Boden")[3..]);
        Assert.Equal("not_stated", broken.Single(r => r[0] == "1a" && r[12] == "not_stated")[12]);
    }

    [Fact]
    [Rule("GOAL-4")]
    public void The_table_heads_the_goals_with_the_region_the_year_and_the_responses_and_counts_those_without_a_role()
    {
        using TempRegionFile answers = TempRegionFile.WithText(Small + "5,,Luleå,,,,,Nöjd,,,\n", "svar.csv");

        CliResult result = Tool.Run("goals", "--answers", answers.Path, "--year", "2023");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal($"Norrbotten 2023: effect goals from 5 responses in {answers.Path}", lines[0]);
        Assert.Equal("1 of the responses left the role question blank and count for no goal.", lines[1]);
        Assert.Contains("| 5    | Nöjda med stödet i rollen                            | met           |       2 |        2 |   2/2 |   100.0 |      80 % |  34.2–100.0 % | too few answers |", lines);
        Assert.Contains("| 7    | Tillgänglig för samtliga kommuner                    | not evaluable |       - |        - |     - |       - |         - |             - | -               |", lines);
        Assert.Contains("| 1c   | Bättre rustad för området                            | not evaluable |       0 |        0 |     - |       - |      80 % |             - | too few answers |", lines);
        Assert.Contains("  1c: not evaluable: no respondent in the roles socialsekreterare gave a counted answer, at least 80 % needed; no 95 % interval: no counted answers, too few to tell against 80 %", lines);
        Assert.Contains("Share % is rounded down to one decimal, for display only: a goal is met when positive × 100 ≥ threshold × counted, in whole numbers (GOAL-1). The 95 % interval (Wilson score) shows how sure a share of so many answers is; it never decides (GOAL-6).", lines);
    }

    [Fact]
    [Rule("GOAL-3")]
    public void A_region_file_without_a_follow_up_plan_evaluates_the_directive_s_four_national_goals_and_says_so()
    {
        using TempRegionFile answers = TempRegionFile.WithText(
            "Svarsnummer,(roll) Vilken roll har du?,(n1) Stöd,(n2) Kurser,(n3) Kompetens,(n4) Introduktion\n" +
            "1,Chef,Instämmer helt,Instämmer till stor del,Instämmer helt,Vet ej\n" +
            "2,Socialsekreterare,Instämmer till viss del,Instämmer helt,,\n",
            "svar.csv");

        CliResult result = Tool.Run("goals", "--answers", answers.Path, "--year", "2024", "--region", Repository.VasterbottenExample, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [$"notice: Västerbotten has no follow_up in its region file: the directive's four national effect goals are evaluated (survey questions n1 to n4, role question roll)."],
            result.StderrLines);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        Assert.True(document.RootElement.GetProperty("national_plan").GetBoolean());
        Assert.Equal(
            [("1", "1/2"), ("2", "2/2"), ("3", "1/1"), ("4", null)],
            document.RootElement.GetProperty("goals").EnumerateArray().Select(g => (g.GetProperty("id").GetString(), g.GetProperty("share").GetString())));
    }

    [Fact]
    [Trait("Contract", "yrkesresan goals")]
    public void The_output_option_writes_the_goals_to_a_file_and_nothing_to_standard_output()
    {
        using var folder = new TempFolder();
        string output = folder.PathOf("mal.json");

        CliResult result = Tool.Run("goals", "--answers", Example, "--year", "2023", "--format", "json", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal([$"wrote {output}"], result.StderrLines);
        Assert.Equal(Tool.Run("goals", "--answers", Example, "--year", "2023", "--format", "json").Stdout, File.ReadAllText(output));
    }

    [Fact]
    [Trait("Contract", "yrkesresan goals")]
    public void Goals_prints_in_Swedish_with_Swedish_words_and_decimal_commas()
    {
        CliResult result = Tool.Run("--lang", "sv", "goals", "--answers", Example, "--year", "2023", "--by", "municipality");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal($"Norrbotten 2023: effektmål utifrån 60 svar i {Example}", lines[0]);
        Assert.Equal("1 av svaren lämnade rollfrågan tom och räknas inte för något mål.", lines[1]);
        Assert.Contains("| Mål | Målets text                                          | Bedömning        | Räknade | Positiva | Andel | Andel % | Gräns | 95 %-intervall | Intervallet säger |", lines);
        Assert.Contains("| 2   | Nöjda med kurserna                                   | uppfyllt         |      50 |       40 | 40/50 |    80,0 |  80 % |    66,9–88,8 % | för få svar       |", lines);
        Assert.Contains("  1b: inte uppfyllt: 31 av 39 räknade svar är positiva (79,4 %), minst 80 % krävs; 95 %-intervall 64,4–89,3 %: för få svar för att avgöra om andelen ligger över eller under 80 %", lines);
        Assert.Contains("  7: kan inte bedömas: målet mäts ur liggaren, och ingen liggare för 2023 har angetts", lines);
        Assert.Contains("Per kommun: positiva av räknade svar, och andelen avrundad nedåt; som information, bedömd som målet (få svar säger lite).", lines);
        Assert.Contains(lines, l => l.StartsWith("|      | (ej angiven) |", StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Contract", "yrkesresan goals")]
    [InlineData(new[] { "goals", "--year", "2023" }, "Option '--answers' is required.")]
    [InlineData(new[] { "goals", "--answers", "svar.csv" }, "Option '--year' is required.")]
    [InlineData(new[] { "goals", "--answers", "svar.csv", "--year", "23" }, "--year must be a calendar year of four digits, e.g. 2025; '23' is not one.")]
    [InlineData(new[] { "goals", "--answers", "svar.csv", "--year", "2023", "--by", "kommun" }, "--by must be municipality; 'kommun' is not.")]
    [InlineData(new[] { "goals", "--answers", "svar.csv", "--year", "2023", "--format", "pdf" }, "--format must be table, csv, json or xlsx; 'pdf' is not one of them.")]
    public void A_missing_or_malformed_option_is_a_usage_error(string[] args, string message)
    {
        CliResult result = Tool.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines($"yrkesresan: {message}", Hint), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan goals")]
    public void Files_that_cannot_be_used_and_years_without_a_plan_are_usage_errors_checked_before_any_content()
    {
        using var folder = new TempFolder();
        string missing = folder.PathOf("saknas.csv");
        string csvRegion = folder.PathOf("kommuner.csv");
        File.WriteAllText(csvRegion, "code,name,population\n2580,Luleå,78346\n");

        (string[] Args, string Message)[] cases =
        [
            (["--answers", missing, "--year", "2023"], $"--answers {missing}: no such file."),
            (["--answers", Example, "--year", "2023", "--ledger", missing], $"--ledger {missing}: no such file."),
            (["--answers", Example, "--year", "2023", "--region", csvRegion], $"--region {csvRegion} is not a region file (.json): a municipality CSV has no follow-up plan, so give a region file, or leave --region out for Norrbotten."),
            (["--answers", Example, "--year", "2020"], "Norrbotten's follow-up plan starts in 2021, so it has no effect goals for 2020; give --year 2021 or later."),
            (["--answers", Example, "--year", "1899", "--region", Repository.VasterbottenExample], "--year 1899 is before 1900; the tool's years go from 1900 to 9999."),
            (["--answers", Example, "--year", "2023", "--region", Repository.VasterbottenExample, "--by", "municipality"], "--by municipality: the follow-up plan of Västerbotten for 2023 asks no municipality question, so there is no breakdown by municipality."),
        ];

        Assert.All(cases, c =>
        {
            CliResult result = Tool.Run(["goals", .. c.Args]);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Equal(Lines($"yrkesresan: {c.Message}", Hint), result.Stderr);
        });
    }

    [Fact]
    [Trait("Contract", "yrkesresan goals")]
    public void A_ledger_workbook_gives_the_same_goals_as_the_JSON_ledger_it_was_converted_from()
    {
        string workbook = Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.xlsx");

        CliResult fromJson = Tool.Run("goals", "--answers", Example, "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--format", "json");
        CliResult fromWorkbook = Tool.Run("goals", "--answers", Example, "--year", "2023", "--ledger", workbook, "--format", "json");

        Assert.Equal(0, fromWorkbook.ExitCode);
        Assert.Equal(fromJson.Stdout, fromWorkbook.Stdout);
        Assert.All(fromWorkbook.StderrLines, l => Assert.StartsWith($"notice: {workbook}: Occasions!B", l, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "yrkesresan goals")]
    public void An_invalid_ledger_and_bad_answers_are_reported_together_with_exit_1_and_nothing_on_standard_output()
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Invalid);
        using TempRegionFile answers = TempRegionFile.WithText(Small.Replace("Missnöjd", "Ganska nöjd", StringComparison.Ordinal), "svar.csv");

        CliResult result = Tool.Run("goals", "--answers", answers.Path, "--year", "2023", "--ledger", ledger.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            [
                $"{ledger.Path}:6: $.occasions[0].days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)",
                $"{ledger.Path}:7: $.occasions[0].participants[0].municipality: 2480 is not one of Norrbotten's municipalities",
                $"{answers.Path}:3: column 8 (q2): the answer is none of the options of q2: \"Mycket nöjd\", \"Nöjd\", \"Varken eller\", \"Missnöjd\", \"Mycket missnöjd\", \"Vet ej\" (the answer is not shown: the file holds personal data)",
            ],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan goals")]
    public void An_invalid_region_file_exits_with_1_and_its_problems()
    {
        using TempRegionFile region = TempRegionFile.WithText(File.ReadAllText(Repository.NorrbottenRegionFile).Replace("\"threshold_percent\": 80\n          }\n        },\n        {\n          \"id\": \"1b\"", "\"threshold_percent\": 0\n          }\n        },\n        {\n          \"id\": \"1b\"", StringComparison.Ordinal), "region.json");

        CliResult result = Tool.Run("goals", "--answers", Example, "--year", "2023", "--region", region.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal([$"{region.Path}:93: $.follow_up[0].goals[0].survey.threshold_percent: must be a whole percent from 1 to 100, not 0"], result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan goals")]
    public void Help_lists_goals_and_goals_help_describes_every_option()
    {
        CliResult root = Tool.Run("--help");
        CliResult help = Tool.Run("goals", "--help");

        Assert.Contains("  goals ", root.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, help.ExitCode);
        foreach (string option in new[] { "--answers <FILE> (REQUIRED)", "--year <YYYY> (REQUIRED)", "--ledger <FILE>", "--region <FILE>", "--by <municipality>", "--format <table|csv|json|xlsx>" })
        {
            Assert.Contains(option, help.Stdout, StringComparison.Ordinal);
        }
    }
}
