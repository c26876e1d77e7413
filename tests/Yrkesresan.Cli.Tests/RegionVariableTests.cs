using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>YRKESRESAN_REGION</c>: the default <c>--region</c> of every command that takes one (a region file, .json);
/// <c>--region</c> on the command line wins. When the variable is used, the tool says so once on standard error; a
/// variable whose file cannot be read, or is not a region file, is a usage error naming the variable.
/// </summary>
public sealed class RegionVariableTests
{
    private const string Variable = "YRKESRESAN_REGION";

    private static string Vasterbotten => Repository.VasterbottenExample;

    /// <summary>A command line of each command that takes <c>--region</c>, run on Västerbotten's data.</summary>
    public static TheoryData<string[]> CommandsWithARegion() => new()
    {
        new[] { "allocate", "--year", "2024", "--format", "csv" },
        new[] { "check", "--ledger", "LEDGER" },
        new[] { "invoice", "--ledger", "LEDGER", "--occasion", "vb-1", "--format", "csv" },
        new[] { "settle", "--ledger", "LEDGER", "--year", "2023", "--format", "csv" },
        new[] { "step", "--role", "socialsekreterare", "--work-area", "familjehem", "--period", "2015-01-01", "--as-of", "2024-06-15", "--format", "json" },
        new[] { "steps", "--staff", "STAFF", "--as-of", "2024-06-15", "--format", "csv" },
    };

    [Theory]
    [MemberData(nameof(CommandsWithARegion))]
    [Trait("Contract", "YRKESRESAN_REGION")]
    public void The_variable_is_the_default_region_and_the_tool_says_so_once_on_standard_error(string[] command)
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Vasterbotten);
        using TempRegionFile staff = TempRegionFile.WithText("id,role,work_area,employer,periods\nx,socialsekreterare,familjehem,,2015-01-01\n", "staff.csv");
        string[] args = [.. command.Select(a => a switch { "LEDGER" => ledger.Path, "STAFF" => staff.Path, _ => a })];

        CliResult given = Tool.Run([.. args, "--region", Vasterbotten]);
        CliResult byVariable = Tool.RunWith(new Dictionary<string, string> { [Variable] = Vasterbotten }, args);

        Assert.Equal(0, given.ExitCode);
        Assert.Equal(0, byVariable.ExitCode);
        Assert.Equal(given.Stdout, byVariable.Stdout);
        Assert.Equal($"using the region file {Vasterbotten} (YRKESRESAN_REGION)\n" + given.Stderr, byVariable.Stderr);
    }

    [Fact]
    [Trait("Contract", "YRKESRESAN_REGION")]
    public void The_tool_says_which_region_file_it_read_in_the_user_s_language()
    {
        CliResult result = Tool.RunWith(new Dictionary<string, string> { [Variable] = Vasterbotten }, "allocate", "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"använder regionfilen {Vasterbotten} (YRKESRESAN_REGION)"], result.StderrLines);
        Assert.Contains("Västerbotten", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "YRKESRESAN_REGION")]
    public void Region_on_the_command_line_wins_and_the_variable_is_then_not_read_at_all()
    {
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string> { [Variable] = folder.PathOf("missing.json") };

        CliResult result = Tool.RunWith(environment, "allocate", "--region", Vasterbotten, "--year", "2024", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(Tool.Run("allocate", "--region", Vasterbotten, "--year", "2024", "--format", "csv").Stdout, result.Stdout);
    }

    [Theory]
    [Trait("Contract", "YRKESRESAN_REGION")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_variable_is_not_set(string value)
    {
        CliResult result = Tool.RunWith(new Dictionary<string, string> { [Variable] = value }, "allocate", "--year", "2024", "--format", "csv");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(Tool.Run("allocate", "--year", "2024", "--format", "csv").Stdout, result.Stdout);
    }

    [Theory]
    [Trait("Contract", "YRKESRESAN_REGION")]
    [InlineData("holidays", "--year", "2024")]
    [InlineData("region", "--export", "norrbotten")]
    [InlineData("settle", "--help")]
    public void A_command_without_a_region_and_help_do_not_read_the_variable(params string[] args)
    {
        using var folder = new TempFolder();

        CliResult result = Tool.RunWith(new Dictionary<string, string> { [Variable] = folder.PathOf("missing.json") }, args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    [Trait("Contract", "YRKESRESAN_REGION")]
    public void A_variable_naming_a_missing_file_is_a_usage_error_naming_the_variable_in_both_languages()
    {
        using var folder = new TempFolder();
        string missing = folder.PathOf("vasterbotten.json");
        var environment = new Dictionary<string, string> { [Variable] = missing };

        CliResult english = Tool.RunWith(environment, "check", "--ledger", TestLedgers.NorrbottenExample);
        CliResult swedish = Tool.RunWith(environment, "check", "--ledger", TestLedgers.NorrbottenExample, "--lang", "sv");

        Assert.Equal(2, english.ExitCode);
        Assert.Equal(string.Empty, english.Stdout);
        Assert.Equal(
            [
                $"yrkesresan: YRKESRESAN_REGION={missing}: no such file. Correct or unset YRKESRESAN_REGION, or give --region FILE.",
                "Run 'yrkesresan check --help' for usage.",
            ],
            english.StderrLines);
        Assert.Equal(2, swedish.ExitCode);
        Assert.Equal(
            $"yrkesresan: YRKESRESAN_REGION={missing}: filen finns inte. Rätta eller ta bort YRKESRESAN_REGION, eller ange --region FIL.",
            swedish.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "YRKESRESAN_REGION")]
    public void A_variable_naming_a_directory_is_a_usage_error_naming_the_variable()
    {
        using var folder = new TempFolder();

        CliResult result = Tool.RunWith(new Dictionary<string, string> { [Variable] = folder.Path }, "step", "--role", "chef", "--period", "2015-01-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"yrkesresan: YRKESRESAN_REGION={folder.Path} is a directory; give a file. Correct or unset YRKESRESAN_REGION, or give --region FILE.",
            result.StderrLines[0]);
    }

    [Theory]
    [Trait("Contract", "YRKESRESAN_REGION")]
    [InlineData("allocate")]
    [InlineData("settle", "--ledger", "LEDGER", "--year", "2023")]
    public void A_variable_naming_a_municipality_csv_is_a_usage_error_for_allocate_too(params string[] command)
    {
        using TempRegionFile csv = TempRegionFile.WithText(TestData.NorrbottenCsv, "norrbotten.csv");
        string[] args = [.. command.Select(a => a == "LEDGER" ? TestLedgers.NorrbottenExample : a)];

        CliResult result = Tool.RunWith(new Dictionary<string, string> { [Variable] = csv.Path }, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"yrkesresan: YRKESRESAN_REGION={csv.Path} is not a region file (.json): the variable names a region file, for every command that takes --region "
            + "(allocate too: give a municipality CSV with --region). Correct or unset YRKESRESAN_REGION, or give --region FILE.",
            result.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "YRKESRESAN_REGION")]
    public void A_municipality_csv_given_with_region_is_still_allocate_s_whatever_the_variable_says()
    {
        using TempRegionFile csv = TempRegionFile.WithText(TestData.NorrbottenCsv, "norrbotten.csv");

        CliResult result = Tool.RunWith(new Dictionary<string, string> { [Variable] = Vasterbotten }, "allocate", "--region", csv.Path, "--total", "950000", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(TestData.NorrbottenExpectedCsv, result.Stdout);
    }

    [Fact]
    [Trait("Contract", "YRKESRESAN_REGION")]
    public void A_variable_naming_an_invalid_region_file_reports_the_file_s_problems_as_bad_data()
    {
        using TempRegionFile region = TempRegionFile.WithText(
            Domain.Regions.Norrbotten.RegionFileText.Replace("\"population\": 6157", "\"population\": 0", StringComparison.Ordinal),
            "region.json");

        CliResult result = Tool.RunWith(new Dictionary<string, string> { [Variable] = region.Path }, "allocate");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"using the region file {region.Path} (YRKESRESAN_REGION)",
                $"{region.Path}:6: $.municipalities[0].population: must be at least 1, not 0",
            ],
            result.StderrLines);
    }
}
