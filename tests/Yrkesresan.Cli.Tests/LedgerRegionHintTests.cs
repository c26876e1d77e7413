using System.Text;
using Yrkesresan.Cli.Commands;
using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// A ledger none of whose municipalities is the region's (a Västerbotten ledger checked against the built-in
/// Norrbotten) gets one hint before its problems, in the user's language, saying how to give the right region; the
/// problems still follow, and the exit code is still 1. A ledger with one of the region's municipalities, or of a
/// single municipality (as likely a typo), gets none.
/// </summary>
public sealed class LedgerRegionHintTests
{
    private const string VasterbottenCodes = "2401, 2421, 2422, 2463, 2480, 2481, 2482";

    private static string VasterbottenLedger => Repository.PathOf("docs", "examples", "vasterbotten-2024-ledger.json");

    private static string VasterbottenWorkbook => Repository.PathOf("docs", "examples", "vasterbotten-2024-ledger.xlsx");

    [Theory]
    [Trait("Contract", "yrkesresan check")]
    [InlineData("check")]
    [InlineData("settle", "--year", "2024")]
    [InlineData("invoice", "--occasion", "vb-2024-barnet-1")]
    public void A_ledger_of_another_region_gets_one_hint_before_its_problems(string command, params string[] rest)
    {
        CliResult result = Tool.Run([command, "--ledger", VasterbottenLedger, .. rest]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"hint: none of the ledger's municipalities ({VasterbottenCodes}) is one of Norrbotten's; is it another region's ledger? "
            + "Give that region's file with --region FILE, or name it in YRKESRESAN_REGION.",
            result.StderrLines[0]);
        Assert.Single(result.StderrLines, l => l.StartsWith("hint: ", StringComparison.Ordinal));
        string[] problems = result.StderrLines[1..];
        Assert.Equal(11, problems.Count(p => p.Contains(" is not one of Norrbotten's municipalities", StringComparison.Ordinal)));
        Assert.All(problems, p => Assert.StartsWith($"{VasterbottenLedger}:", p, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void The_hint_is_in_the_user_s_language()
    {
        CliResult result = Tool.Run("check", "--ledger", VasterbottenLedger, "--lang", "sv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"tips: ingen av liggarens kommuner ({VasterbottenCodes}) hör till Norrbotten; gäller liggaren en annan region? "
            + "Ange den regionens fil med --region FIL, eller i YRKESRESAN_REGION.",
            result.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void Against_a_region_file_the_hint_names_the_file_and_lists_at_most_eight_codes()
    {
        CliResult result = Tool.Run("check", "--ledger", TestLedgers.NorrbottenExample, "--region", Repository.VasterbottenExample);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "hint: none of the ledger's municipalities (2505, 2506, 2510, 2513, 2514, 2518, 2521, 2523, …) is one of Västerbotten's, "
            + $"the region of {Repository.VasterbottenExample}; is it another region's ledger? Give that region's file with --region FILE, or name it in YRKESRESAN_REGION.",
            result.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_region_from_YRKESRESAN_REGION_is_named_first_then_the_hint()
    {
        CliResult result = Tool.RunWith(
            new Dictionary<string, string> { ["YRKESRESAN_REGION"] = Repository.VasterbottenExample },
            "check", "--ledger", TestLedgers.NorrbottenExample, "--lang", "sv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"använder regionfilen {Repository.VasterbottenExample} (YRKESRESAN_REGION)", result.StderrLines[0]);
        Assert.StartsWith("tips: ingen av liggarens kommuner (2505, ", result.StderrLines[1], StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Contract", "yrkesresan check")]
    [InlineData("2480", "2580")]
    [InlineData("2480", "0000")]
    [InlineData("2480", "2480")]
    public void A_ledger_with_one_of_the_region_s_municipalities_or_of_a_single_municipality_gets_no_hint(string first, string second)
    {
        using TempRegionFile ledger = TestLedgers.Write(TwoRegistrations(first, second));

        CliResult result = Tool.Run("check", "--ledger", ledger.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.StderrLines, l => l.StartsWith("hint: ", StringComparison.Ordinal));
        Assert.Contains($"{ledger.Path}:7: $.occasions[0].participants[0].municipality: 2480 is not one of Norrbotten's municipalities", result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void Two_municipalities_of_another_region_are_enough_for_the_hint_whether_registered_or_training()
    {
        using TempRegionFile ledger = TestLedgers.Write(TwoRegistrations("2480", "2482").Replace("\"trainers\": []", "\"trainers\": [{ \"municipality\": \"2401\" }]", StringComparison.Ordinal));

        CliResult result = Tool.Run("check", "--ledger", ledger.Path);

        Assert.StartsWith("hint: none of the ledger's municipalities (2401, 2480, 2482) ", result.StderrLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Contract", "yrkesresan check")]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void The_hint_reads_a_ledger_with_a_byte_order_mark_as_Notepad_and_Windows_PowerShell_save_it(string encoding)
    {
        Encoding withMark = Encoding.GetEncoding(encoding);
        byte[] ledger = [.. withMark.GetPreamble(), .. withMark.GetBytes(TwoRegistrations("2480", "2482"))];
        DataFileProblem notInRegion = new("ledger.json", 7, "$.occasions[0].participants[0].municipality", LedgerRegionHint.NotInRegionCode, "…");

        string? hint = LedgerRegionHint.For(ledger, [notInRegion], Norrbotten.Region, null);

        Assert.StartsWith("hint: none of the ledger's municipalities (2480, 2482) ", hint, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Contract", "yrkesresan check")]
    [InlineData("MunicipalityNotInRegion", "$.occasions[0].participants[0].municipality", true)]
    [InlineData("TrainerMunicipalityNotInRegion", "$.occasions[0].trainers[0].municipality", true)]
    [InlineData("", "$.occasions[0].participants[0].municipality", true)]
    [InlineData("FieldMissing", "$.occasions[0].participants[0].municipality", false)]
    [InlineData("CourseNotInCatalogue", "$.occasions[0].course", false)]
    [InlineData("", "$.occasions[0].course", false)]
    public void A_problem_says_a_municipality_is_not_the_region_s_by_its_code_or_before_codes_by_its_path(string code, string path, bool says)
    {
        var problem = new DataFileProblem("ledger.json", 7, path, code, "…");

        Assert.Equal(says, LedgerRegionHint.SaysNotInRegion(problem));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void The_hint_needs_a_problem_that_says_so_by_its_code()
    {
        byte[] ledger = Encoding.UTF8.GetBytes(TwoRegistrations("2480", "2482"));
        DataFileProblem notInRegion = new("ledger.json", 7, "$.occasions[0].participants[0].municipality", LedgerRegionHint.NotInRegionCode, "…");
        DataFileProblem other = new("ledger.json", 6, "$.occasions[0].days[0].date", "NotAWorkingDay", "…");

        Assert.NotNull(LedgerRegionHint.For(ledger, [other, notInRegion], Norrbotten.Region, null));
        Assert.Null(LedgerRegionHint.For(ledger, [other], Norrbotten.Region, null));
        Assert.Null(LedgerRegionHint.For("not json"u8, [notInRegion], Norrbotten.Region, null));
    }

    [Theory]
    [Trait("Contract", "yrkesresan check")]
    [InlineData("check")]
    [InlineData("settle", "--year", "2024")]
    [InlineData("invoice", "--occasion", "vb-2024-barnet-1")]
    [InlineData("goals", "--answers", "ANSWERS", "--year", "2023")]
    public void A_workbook_ledger_of_another_region_gets_the_same_hint_its_municipalities_known_by_their_official_names(string command, params string[] rest)
    {
        string answers = Repository.PathOf("docs", "examples", "norrbotten-2023-answers.csv");
        CliResult result = Tool.Run([command, "--ledger", VasterbottenWorkbook, .. rest.Select(r => r == "ANSWERS" ? answers : r)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"hint: none of the ledger's municipalities ({VasterbottenCodes}) is one of Norrbotten's; is it another region's ledger? "
            + "Give that region's file with --region FILE, or name it in YRKESRESAN_REGION.",
            result.StderrLines[0]);
        Assert.Single(result.StderrLines, l => l.StartsWith("hint: ", StringComparison.Ordinal));
        Assert.Contains(result.StderrLines, l => l.StartsWith($"{VasterbottenWorkbook}: Participants!B", StringComparison.Ordinal) && l.Contains("is not one of Norrbotten's municipalities", StringComparison.Ordinal));
        Assert.All(result.StderrLines[1..], p => Assert.StartsWith($"{VasterbottenWorkbook}: ", p, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_workbook_ledger_with_a_misspelt_name_among_the_region_s_own_gets_no_hint()
    {
        using TempRegionFile workbook = TempRegionFile.WithBytes(TestLedgerWorkbooks.English.With("Participants", "B3", "Bodne").ToBytes(), "ledger.xlsx");

        CliResult result = Tool.Run("check", "--ledger", workbook.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.StderrLines, l => l.StartsWith("hint: ", StringComparison.Ordinal));
        Assert.Contains($"{workbook.Path}: Participants!B3: \"Bodne\" is not one of Norrbotten's municipalities; did you mean Boden?", result.StderrLines);
    }

    private static string TwoRegistrations(string first, string second) =>
        $$"""
        {
          "occasions": [
            {
              "id": "x",
              "course": "samtal-och-delaktighet",
              "days": [{ "date": "2023-03-14", "mode": "onsite" }],
              "participants": [{ "municipality": "{{first}}", "count": 2 }, { "municipality": "{{second}}", "count": 1 }],
              "trainers": []
            }
          ]
        }

        """;
}
