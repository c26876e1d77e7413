using Yrkesresan.Cli.Tests.Support;
using static Yrkesresan.Cli.Tests.Support.Text;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan check --ledger FILE [--region FILE]</c>: a valid ledger exits with 0 and a summary on
/// standard output (notices on standard error, each prefixed <c>notice: </c>); a ledger with problems
/// exits with 1 and every problem on its own line on standard error as <c>FILE:LINE: $.path: message</c>,
/// with nothing on standard output; bad usage exits with 2.
/// </summary>
public sealed class CheckCommandTests
{
    private const string Hint = "Run 'yrkesresan check --help' for usage.";

    private const string Day14 = "{ \"date\": \"2023-03-14\", \"mode\": \"onsite\" }";

    private static string Example => Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json");

    // ---- a valid ledger ----

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void The_example_ledger_exits_with_0_and_prints_its_summary_with_its_notices_on_standard_error()
    {
        CliResult result = Tool.Run("check", "--ledger", Example);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                $"{Example}: a valid ledger for Norrbotten",
                "  occasions:          6",
                "  course days:        8 (5 on site, 3 digital), 2023-02-07 to 2024-01-03",
                "  years:              2023 (7 days), 2024 (1 day)",
                "  participant days:   63",
                "  trainers:           12 (2 external), 12 municipal trainer days",
                "  waived fees:        1; own venue amounts: 1",
                "  notices:            2 (on standard error)"),
            result.Stdout);
        Assert.Equal(
            Lines(
                $"notice: {Example}:54: $.occasions[4].course: 'fordjupning-utredning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id",
                $"notice: {Example}:72: $.occasions[5].course: 'fordjupning-utredning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id"),
            result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_ledger_of_no_occasions_is_valid_and_its_summary_says_so()
    {
        using var file = TempRegionFile.WithText("{ \"occasions\": [] }\n", "ledger.json");

        CliResult result = Tool.Run("check", "--ledger", file.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(Lines($"{file.Path}: a valid ledger for Norrbotten", "  occasions:          0"), result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_ledger_without_notices_writes_nothing_on_standard_error_and_counts_one_day_in_the_singular()
    {
        using var file = Ledger(Occasion("a", "samtal-och-delaktighet", Day14, "[{ \"municipality\": \"2580\", \"count\": 4 }]", "[{ \"municipality\": \"2580\" }]"));

        CliResult result = Tool.Run("check", "--ledger", file.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(
            Lines(
                $"{file.Path}: a valid ledger for Norrbotten",
                "  occasions:          1",
                "  course days:        1 (1 on site, 0 digital), 2023-03-14 to 2023-03-14",
                "  years:              2023 (1 day)",
                "  participant days:   4",
                "  trainers:           1 (0 external), 1 municipal trainer day",
                "  waived fees:        0; own venue amounts: 0"),
            result.Stdout);
    }

    // ---- COURSE-7 and COURSE-6 ----

    [Fact]
    [Rule("COURSE-7")]
    public void A_course_day_on_midsummer_eve_exits_with_1_and_names_the_file_line_and_path()
    {
        using var file = Ledger(Occasion("a", "x", "{ \"date\": \"2023-06-23\", \"mode\": \"onsite\" }"));

        CliResult result = Tool.Run("check", "--ledger", file.Path);

        AssertBadData(result, $"{file.Path}:6: $.occasions[0].days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)");
    }

    [Fact]
    [Rule("COURSE-7")]
    public void A_course_day_on_the_Thursday_before_midsummer_eve_is_accepted()
    {
        using var file = Ledger(Occasion("a", "samtal-och-delaktighet", "{ \"date\": \"2023-06-22\", \"mode\": \"digital\" }"));

        CliResult result = Tool.Run("check", "--ledger", file.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("  course days:        1 (0 on site, 1 digital), 2023-06-22 to 2023-06-22\n", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData("2023-03-18", "2023-03-18 is a Saturday, not a working day (COURSE-7)")]
    [InlineData("2024-12-24", "2024-12-24 is Julafton, not a working day (COURSE-7)")]
    [InlineData("2025-06-06", "2025-06-06 is Sveriges nationaldag, not a working day (COURSE-7)")]
    [InlineData("2200-01-02", "2200-01-02 is outside the working-day calendar, which covers 1953 to 2199 (COURSE-7)")]
    public void A_course_day_that_is_not_a_working_day_is_bad_data_with_the_reason(string date, string message)
    {
        using var file = Ledger(Occasion("a", "x", $"{{ \"date\": \"{date}\", \"mode\": \"onsite\" }}"));

        CliResult result = Tool.Run("check", "--ledger", file.Path);

        AssertBadData(result, $"{file.Path}:6: $.occasions[0].days[0].date: {message}");
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_of_a_catalogued_course_with_another_number_of_dates_is_bad_data()
    {
        using var file = Ledger(Occasion("a", "samtal-och-delaktighet", Day14 + ", { \"date\": \"2023-03-15\", \"mode\": \"onsite\" }"));

        CliResult result = Tool.Run("check", "--ledger", file.Path);

        AssertBadData(
            result,
            $"{file.Path}:6: $.occasions[0].days: the course 'samtal-och-delaktighet' has 1 course day in the region's catalogue, so an occasion of it has 1 date, not 2 (COURSE-6)");
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_of_a_course_outside_the_catalogue_is_accepted_with_a_notice_and_exit_code_0()
    {
        using var file = Ledger(Occasion("a", "fordjupning-utredning", Day14 + ", { \"date\": \"2023-03-15\", \"mode\": \"onsite\" }"));

        CliResult result = Tool.Run("check", "--ledger", file.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines($"notice: {file.Path}:5: $.occasions[0].course: 'fordjupning-utredning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id"),
            result.Stderr);
        Assert.EndsWith("  notices:            1 (on standard error)\n", result.Stdout, StringComparison.Ordinal);
    }

    // ---- every problem at once ----

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void Every_problem_of_a_ledger_is_reported_at_once_each_on_its_own_line_and_nothing_is_printed()
    {
        string[] text =
        [
            "{",                                                                            // 1
            "  \"occasions\": [",                                                          // 2
            "    {",                                                                        // 3
            "      \"id\": \"a\",",                                                        // 4
            "      \"course\": \"x\",",                                                    // 5
            "      \"days\": [",                                                           // 6
            "        { \"date\": \"2023-06-23\", \"mode\": \"onsite\" },",                 // 7: midsummer eve
            "        { \"date\": \"2023-06-22\", \"mode\": \"on site\" }",                 // 8: not after; no such mode
            "      ],",                                                                     // 9
            "      \"participants\": [{ \"municipality\": \"2480\", \"count\": 0 }],",     // 10: not Norrbotten's; count 0
            "      \"trainers\": [{ \"municipality\": \"2580\", \"dates\": [\"2023-06-26\"] }]", // 11: not a day of the occasion
            "    },",                                                                       // 12
            "    {",                                                                        // 13
            "      \"id\": \"a\",",                                                        // 14: id again
            "      \"course\": \"x\",",                                                    // 15
            "      \"venue_fee_sek\": 12.5,",                                              // 16: not whole kronor
            "      \"days\": [{ \"date\": \"2021-06-30\", \"mode\": \"digital\" }],",      // 17: before the first fee schedule
            "      \"participants\": [],",                                                  // 18
            "      \"trainers\": [{ \"municipality\": \"2480\" }]",                        // 19: not Norrbotten's
            "    }",                                                                        // 20
            "  ]",                                                                          // 21
            "}",                                                                            // 22
        ];
        using var file = TempRegionFile.WithText(string.Join('\n', text) + "\n", "ledger.json");
        string f = file.Path;

        CliResult result = Tool.Run("check", "--ledger", f);

        AssertBadData(
            result,
            $"{f}:7: $.occasions[0].days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)",
            $"{f}:8: $.occasions[0].days[1].mode: \"on site\" is not a delivery mode; use one of onsite, digital",
            $"{f}:8: $.occasions[0].days[1].date: 2023-06-22 does not come after the day before it (2023-06-23); course days are in strictly increasing order (COURSE-6)",
            $"{f}:10: $.occasions[0].participants[0].count: must be at least 1, not 0: a registration is of one participant or more",
            $"{f}:10: $.occasions[0].participants[0].municipality: 2480 is not one of Norrbotten's municipalities",
            $"{f}:11: $.occasions[0].trainers[0].dates[0]: 2023-06-26 is not one of the occasion's days",
            $"{f}:14: $.occasions[1].id: 'a' is also the id of occasions[0]; each occasion has its own id",
            $"{f}:16: $.occasions[1].venue_fee_sek: must be a whole number, not 12.5",
            $"{f}:17: $.occasions[1].days[0].date: 2021-06-30 is before Norrbotten's first fee schedule (2021-07-01); no fee applies to it",
            $"{f}:19: $.occasions[1].trainers[0].municipality: 2480 is not one of Norrbotten's municipalities; a trainer from outside them has null (POT-3)");
    }

    [Theory]
    [Trait("Contract", "yrkesresan check")]
    [InlineData("", "the file is empty; a ledger file is one JSON object")]
    [InlineData("[]", "must be an object, not an array")]
    [InlineData("{\"occasions\": [],}", "a comma before } is not allowed in JSON (column 17)")]
    [InlineData("date,municipality,count\n", "the file is not JSON: a JSON file starts with {, not date (column 1)")]
    public void A_file_that_is_not_a_ledger_is_one_problem_at_line_1(string text, string message)
    {
        using var file = TempRegionFile.WithText(text, "ledger.json");

        CliResult result = Tool.Run("check", "--ledger", file.Path);

        AssertBadData(result, $"{file.Path}:1: $: {message}");
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_ledger_saved_with_a_byte_order_mark_is_checked_as_the_plain_file()
    {
        using var file = TempRegionFile.WithBytes([0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Example)], "ledger.json");

        CliResult plain = Tool.Run("check", "--ledger", Example);
        CliResult result = Tool.Run("check", "--ledger", file.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(plain.Stdout.Replace(Example, "LEDGER", StringComparison.Ordinal), result.Stdout.Replace(file.Path, "LEDGER", StringComparison.Ordinal));
        Assert.Equal(plain.Stderr.Replace(Example, "LEDGER", StringComparison.Ordinal), result.Stderr.Replace(file.Path, "LEDGER", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void Problems_name_the_ledger_file_as_it_was_given_on_the_command_line()
    {
        using var file = TempRegionFile.WithText("[]", "ledger.json");
        string given = Path.Combine(Path.GetDirectoryName(file.Path)!, ".", "ledger.json");

        CliResult result = Tool.Run("check", "--ledger", given);

        AssertBadData(result, $"{given}:1: $: must be an object, not an array");
    }

    // ---- --region ----

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_ledger_is_checked_against_the_municipalities_and_catalogue_of_a_region_file()
    {
        // Västerbotten's codes are 24xx, and its samtal-och-delaktighet has two course days.
        using var file = Ledger(Occasion(
            "a",
            "samtal-och-delaktighet",
            Day14 + ", { \"date\": \"2023-03-15\", \"mode\": \"digital\" }",
            "[{ \"municipality\": \"2480\", \"count\": 3 }]",
            "[{ \"municipality\": \"2480\" }, { \"municipality\": null }]"));

        CliResult result = Tool.Run("check", "--ledger", file.Path, "--region", Repository.VasterbottenExample);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.StartsWith(Lines($"{file.Path}: a valid ledger for Västerbotten", "  occasions:          1"), result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_Norrbotten_code_is_refused_against_the_Vasterbotten_region_file()
    {
        using var file = Ledger(Occasion(
            "a",
            "samverkan-kring-barnet",
            Day14,
            "[{ \"municipality\": \"2580\", \"count\": 3 }]",
            "[{ \"municipality\": \"2480\" }]"));

        CliResult result = Tool.Run("check", "--ledger", file.Path, "--region", Repository.VasterbottenExample);

        AssertBadData(result, $"{file.Path}:7: $.occasions[0].participants[0].municipality: 2580 is not one of Västerbotten's municipalities");
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void An_invalid_region_file_is_bad_data_with_its_own_problems_and_the_ledger_is_not_checked()
    {
        using var region = TempRegionFile.WithText("{}", "region.json");

        CliResult result = Tool.Run("check", "--ledger", Example, "--region", region.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(7, result.StderrLines.Length);
        Assert.All(result.StderrLines, line => Assert.StartsWith($"{region.Path}:1: $.", line, StringComparison.Ordinal));
    }

    // ---- usage errors ----

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void Check_without_a_ledger_is_a_usage_error()
    {
        AssertUsageError("yrkesresan: Option '--ledger' is required.", Tool.Run("check"));
        AssertUsageError("yrkesresan: Option '--ledger' is required.", Tool.Run("check", "--region", Repository.VasterbottenExample));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_ledger_that_does_not_exist_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-cli-tests", Guid.NewGuid().ToString("N"), "ledger.json");

        AssertUsageError($"yrkesresan: --ledger {missing}: no such file.", Tool.Run("check", "--ledger", missing));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_ledger_that_is_a_directory_is_a_usage_error()
    {
        string folder = Repository.PathOf("docs", "examples");

        AssertUsageError($"yrkesresan: --ledger {folder} is a directory; give a file.", Tool.Run("check", "--ledger", folder));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_municipality_csv_as_the_region_is_a_usage_error()
    {
        using var region = TempRegionFile.WithText(TestData.NorrbottenCsv, "norrbotten.csv");

        AssertUsageError(
            $"yrkesresan: --region {region.Path} is not a region file (.json): a municipality CSV has no fee schedules or course catalogue, so give a region file, or leave --region out for Norrbotten.",
            Tool.Run("check", "--ledger", Example, "--region", region.Path));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_region_file_that_does_not_exist_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-cli-tests", Guid.NewGuid().ToString("N"), "region.json");

        AssertUsageError($"yrkesresan: --region {missing}: no such file.", Tool.Run("check", "--ledger", Example, "--region", missing));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void A_missing_ledger_is_a_usage_error_even_when_the_region_file_is_invalid()
    {
        using var region = TempRegionFile.WithText("{}", "region.json");
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-cli-tests", Guid.NewGuid().ToString("N"), "ledger.json");

        AssertUsageError($"yrkesresan: --ledger {missing}: no such file.", Tool.Run("check", "--ledger", missing, "--region", region.Path));
    }

    [Theory]
    [Trait("Contract", "yrkesresan check")]
    [InlineData(new[] { "--ledger" }, "Required argument missing for option: '--ledger'.")]
    [InlineData(new[] { "--ledger", "a.json", "--bogus" }, "Unrecognized command or argument '--bogus'.")]
    [InlineData(new[] { "--ledger", "a.json", "extra" }, "Unrecognized command or argument 'extra'.")]
    [InlineData(new[] { "--ledger", "a.json", "--ledger", "b.json" }, "Option '--ledger' expects a single argument but 2 were provided.")]
    public void A_malformed_check_command_line_is_a_usage_error_pointing_to_check_help(string[] args, string message)
    {
        AssertUsageError($"yrkesresan: {message}", Tool.Run(["check", .. args]));
    }

    [Fact]
    [Trait("Contract", "yrkesresan check")]
    public void Help_lists_check_and_check_help_describes_both_options()
    {
        CliResult root = Tool.Run("--help");
        CliResult check = Tool.Run("check", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.Matches(@"(?m)^\s+check\s", root.Stdout);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(string.Empty, check.Stderr);
        Assert.Contains("yrkesresan check [options]", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("--ledger <FILE> (REQUIRED)", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("--region <FILE>", check.Stdout, StringComparison.Ordinal);
    }

    private static TempRegionFile Ledger(string occasion) =>
        TempRegionFile.WithText("{\n  \"occasions\": [\n" + occasion + "\n  ]\n}\n", "ledger.json");

    /// <summary>One occasion, one field per line: id on line 4, course 5, days 6, participants 7, trainers 8.</summary>
    private static string Occasion(string id, string course, string days, string participants = "[]", string trainers = "[]") =>
        "    {\n"
        + $"      \"id\": \"{id}\",\n"
        + $"      \"course\": \"{course}\",\n"
        + $"      \"days\": [{days}],\n"
        + $"      \"participants\": {participants},\n"
        + $"      \"trainers\": {trainers}\n"
        + "    }";


    private static void AssertBadData(CliResult result, params string[] problems)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines(problems), result.Stderr);
    }

    private static void AssertUsageError(string message, CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines(message, Hint), result.Stderr);
    }
}
