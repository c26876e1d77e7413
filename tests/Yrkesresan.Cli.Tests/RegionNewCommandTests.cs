using System.Text.Json;
using System.Text.RegularExpressions;
using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Cli.Tests.Support.Text;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan region --new --county NN</c>: a new region file for a county, from Statistics Sweden's list, with a
/// placeholder for each value only the region knows; <c>region --validate</c> lists the placeholders left as the
/// work to do (exit 1), every other command refuses the file with the same lines, and once they are filled in the
/// file is a valid region file.
/// </summary>
public sealed partial class RegionNewCommandTests
{
    private const string Hint = "Run 'yrkesresan region --help' for usage.";

    private const string Counties = "01 Stockholms län, 03 Uppsala län, 04 Södermanlands län, 05 Östergötlands län, 06 Jönköpings län, 07 Kronobergs län, 08 Kalmar län, 09 Gotlands län, 10 Blekinge län, 12 Skåne län, 13 Hallands län, 14 Västra Götalands län, 17 Värmlands län, 18 Örebro län, 19 Västmanlands län, 20 Dalarnas län, 21 Gävleborgs län, 22 Västernorrlands län, 23 Jämtlands län, 24 Västerbottens län, 25 Norrbottens län";

    /// <summary>What <c>region --validate</c> says of a new file for Gotland, one line for each value to fill in.</summary>
    private static string[] GotlandWork(string f) =>
    [
        $"{f}:11: $.fixed_costs[0].valid_from: fill in 1 January of the first year the fixed cost applies, YYYY-01-01",
        $"{f}:12: $.fixed_costs[0].amount_sek: fill in the fixed cost of a year in kronor, a whole number",
        $"{f}:18: $.fee_schedules[0].valid_from: fill in the first day the fee schedule applies, YYYY-MM-DD",
        $"{f}:20: $.fee_schedules[0].components.venue.amount_sek: fill in the fee for venue and refreshments (lokal/fika) per participant and course day, in kronor",
        $"{f}:21: $.fee_schedules[0].components.trainer_pot.amount_sek: fill in the trainer pot per participant and course day, in kronor",
        $"{f}:22: $.fee_schedules[0].components.course_material.amount_sek: fill in the fee for course material per participant and course day, in kronor",
        $"{f}:23: $.fee_schedules[0].components.buffer.amount_sek: fill in the buffer per participant and course day, in kronor",
        $"{f}:29: $.eligibility[0].valid_from: fill in the first day the eligibility policy applies, YYYY-MM-DD",
        $"{f}:34: $.eligibility[0].step_openings.Ny: fill in the day the step Ny opens, YYYY-MM-DD, or null for no date yet",
        $"{f}:35: $.eligibility[0].step_openings.Van: fill in the day the step Van opens, YYYY-MM-DD, or null for no date yet",
        $"{f}:36: $.eligibility[0].step_openings.Erfaren: fill in the day the step Erfaren opens, YYYY-MM-DD, or null for no date yet",
        $"{f}:37: $.eligibility[0].step_openings.ArbetsledareOchChef: fill in the day the step Arbetsledare och chef opens, YYYY-MM-DD, or null for no date yet",
        $"{f}:39: $.eligibility[0].trainer_opening: fill in the day the journey opens for trainers, YYYY-MM-DD, or null for no date yet",
        $"{f}:44: $.courses[0].id: fill in the course's id, lower case without spaces, e.g. samtal-och-delaktighet",
        $"{f}:45: $.courses[0].name: fill in the course's name",
        $"{f}:46: $.courses[0].course_days: fill in the course's number of course days, a whole number",
        $"{f}:53: $.routes[0].stops[0]: fill in the ids of the route's courses, in order, one string each",
        $"{f}:58: $.follow_up[0].valid_from: fill in 1 January of the first year the effect goals are followed up, YYYY-01-01",
    ];

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void New_writes_the_library_s_new_region_file_for_the_county_and_says_how_much_is_left_to_fill_in()
    {
        CliResult result = Tool.Run("region", "--new", "--county", "22");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(RegionFileTemplate.ForCounty(County(22)), result.Stdout);
        Assert.Equal(
            Lines("a new region file for 22 Västernorrlands län, with the municipalities of Statistics Sweden's list (7) and 18 values to fill in, each marked FILL IN; 'yrkesresan region --validate FILE' lists those left."),
            result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void New_with_output_writes_the_file_and_names_it_in_the_command_that_lists_the_work_left()
    {
        using var folder = new TempFolder();
        string f = folder.PathOf("gotland.json");

        CliResult result = Tool.Run("region", "--new", "--county", "9", "--output", f);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(RegionFileTemplate.ForCounty(County(9)), File.ReadAllText(f));
        Assert.Equal(
            Lines(
                $"a new region file for 09 Gotlands län, with the municipalities of Statistics Sweden's list (1) and 18 values to fill in, each marked FILL IN; 'yrkesresan region --validate {f}' lists those left.",
                $"wrote {f}"),
            result.Stderr);
    }

    [Theory]
    [InlineData("22")]
    [InlineData("Västernorrland")]
    [InlineData("västernorrlands län")]
    [InlineData("VÄSTERNORRLANDS")]
    [InlineData(" 22 ")]
    [Trait("Contract", "yrkesresan region")]
    public void The_county_is_given_by_its_code_or_its_name_in_any_case(string county)
    {
        CliResult result = Tool.Run("region", "--new", "--county", county);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(RegionFileTemplate.ForCounty(County(22)), result.Stdout);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("09")]
    [InlineData("Gotland")]
    [Trait("Contract", "yrkesresan region")]
    public void A_county_code_may_keep_or_drop_its_leading_zero(string county)
    {
        CliResult result = Tool.Run("region", "--new", "--county", county);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(RegionFileTemplate.ForCounty(County(9)), result.Stdout);
    }

    [Theory]
    [InlineData("26")]
    [InlineData("x")]
    [InlineData("0")]
    [InlineData("022")]
    [InlineData("Lappland")]
    [Trait("Contract", "yrkesresan region")]
    public void An_unknown_county_is_a_usage_error_that_lists_the_counties(string county)
    {
        CliResult result = Tool.Run("region", "--new", "--county", county);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines($"yrkesresan: --county {county} is not a county; give its code or name: {Counties}.", Hint), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void New_without_a_county_or_a_county_without_new_is_a_usage_error()
    {
        CliResult withoutCounty = Tool.Run("region", "--new");
        CliResult withoutNew = Tool.Run("region", "--validate", Repository.VasterbottenExample, "--county", "24");
        CliResult both = Tool.Run("region", "--new", "--county", "24", "--export", "norrbotten");

        Assert.Equal((2, string.Empty), (withoutCounty.ExitCode, withoutCounty.Stdout));
        Assert.Equal(Lines($"yrkesresan: --new needs --county: the code or name of the county, one of {Counties}.", Hint), withoutCounty.Stderr);
        Assert.Equal((2, string.Empty), (withoutNew.ExitCode, withoutNew.Stdout));
        Assert.Equal(Lines("yrkesresan: --county goes with --new only.", Hint), withoutNew.Stderr);
        Assert.Equal((2, string.Empty), (both.ExitCode, both.Stdout));
        Assert.Equal(Lines("yrkesresan: give exactly one of --export NAME, --validate FILE and --new --county COUNTY.", Hint), both.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Validate_lists_each_value_left_to_fill_in_as_one_line_and_exits_1()
    {
        using var folder = new TempFolder();
        string f = folder.PathOf("gotland.json");
        Assert.Equal(0, Tool.Run("region", "--new", "--county", "09", "--output", f).ExitCode);

        CliResult result = Tool.Run("region", "--validate", f);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines(GotlandWork(f)), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Every_command_that_reads_the_file_refuses_it_with_the_same_lines_while_a_value_is_left_to_fill_in()
    {
        using var folder = new TempFolder();
        string f = folder.PathOf("gotland.json");
        Assert.Equal(0, Tool.Run("region", "--new", "--county", "09", "--output", f).ExitCode);

        CliResult[] results =
        [
            Tool.Run("allocate", "--region", f, "--year", "2024"),
            Tool.Run("step", "--region", f, "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2020-01-01", "--as-of", "2024-06-15"),
            Tool.Run("check", "--ledger", Repository.PathOf("docs", "examples", "vasterbotten-2024-ledger.json"), "--region", f),
            Tool.RunWith(new Dictionary<string, string> { ["YRKESRESAN_REGION"] = f }, "allocate", "--year", "2024"),
        ];

        Assert.All(results, result =>
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Equal(GotlandWork(f), result.StderrLines.Where(l => !l.StartsWith("using the region file", StringComparison.Ordinal)));
        });
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Once_every_value_is_filled_in_the_file_validates_and_shares_the_fixed_cost_among_the_county_s_municipalities()
    {
        using var folder = new TempFolder();
        string f = folder.PathOf("vasternorrland.json");
        Assert.Equal(0, Tool.Run("region", "--new", "--county", "22", "--output", f).ExitCode);
        File.WriteAllText(f, Fill(File.ReadAllText(f)));

        CliResult validate = Tool.Run("region", "--validate", f);
        CliResult allocate = Tool.Run("allocate", "--region", f, "--year", "2024", "--format", "csv");

        Assert.Equal((0, string.Empty), (validate.ExitCode, validate.Stderr));
        Assert.StartsWith($"{f}: a valid region file for Västernorrlands län", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("  municipalities: 7, population 244 554 (the stated total agrees)", validate.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, allocate.ExitCode);
        string[] rows = allocate.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["2260,Ånge,9226", "2262,Timrå,17963", "2280,Härnösand,25114", "2281,Sundsvall,99439", "2282,Kramfors,18133", "2283,Sollefteå,18872", "2284,Örnsköldsvik,55807"], rows.Skip(1).Select(r => string.Join(',', r.Split(',').Take(3))));
        Assert.Equal(1_000_000, rows.Skip(1).Sum(r => long.Parse(r.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    [Rule("GOAL-3")]
    public void Once_filled_in_the_new_file_s_follow_up_is_the_national_four_goals_which_goals_evaluates_at_once()
    {
        using var folder = new TempFolder();
        string f = folder.PathOf("vasternorrland.json");
        Assert.Equal(0, Tool.Run("region", "--new", "--county", "22", "--output", f).ExitCode);
        File.WriteAllText(f, Fill(File.ReadAllText(f)));
        using TempRegionFile answers = TempRegionFile.WithText(
            "Svarsnummer,(roll) Vilken roll har du?,(n1) Stöd,(n2) Kurser,(n3) Kompetens,(n4) Introduktion\n" +
            "1,Chef,Instämmer helt,Instämmer till stor del,Instämmer helt,Vet ej\n" +
            "2,Socialsekreterare,Instämmer till viss del,Instämmer helt,,\n",
            "svar.csv");

        CliResult validate = Tool.Run("region", "--validate", f);
        CliResult goals = Tool.Run("goals", "--answers", answers.Path, "--year", "2024", "--region", f, "--format", "json");

        Assert.Contains("  effect goals from 2024: 1, 2, 3, 4 (4 by the survey, 0 from the ledger)", validate.Stdout, StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (goals.ExitCode, goals.Stderr));
        using JsonDocument document = JsonDocument.Parse(goals.Stdout);
        Assert.False(document.RootElement.GetProperty("national_plan").GetBoolean());
        Assert.Equal(
            [("1", "1/2"), ("2", "2/2"), ("3", "1/1"), ("4", null)],
            document.RootElement.GetProperty("goals").EnumerateArray().Select(g => (g.GetProperty("id").GetString(), g.GetProperty("share").GetString())));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void New_and_validate_speak_Swedish_with_lang_sv()
    {
        using var folder = new TempFolder();
        string f = folder.PathOf("gotland.json");

        CliResult created = Tool.Run("region", "--new", "--county", "Gotland", "--output", f, "--lang", "sv");
        CliResult validate = Tool.Run("region", "--validate", f, "--lang", "sv");
        CliResult unknown = Tool.Run("region", "--new", "--county", "26", "--lang", "sv");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(
            $"en ny regionfil för 09 Gotlands län, med kommunerna ur SCB:s lista (1) och 18 värden att fylla i, vart och ett märkt FYLL I; 'yrkesresan region --validate {f}' listar dem som är kvar.",
            created.StderrLines[0]);
        Assert.Contains("\"amount_sek\": \"FYLL I: den fasta kostnaden per år i kronor, ett heltal\"", File.ReadAllText(f), StringComparison.Ordinal);
        Assert.Equal(1, validate.ExitCode);
        Assert.Equal(18, validate.StderrLines.Length);
        Assert.Equal($"{f}:12: $.fixed_costs[0].amount_sek: fyll i den fasta kostnaden per år i kronor, ett heltal", validate.StderrLines[1]);
        Assert.Equal($"yrkesresan: --county 26 är inget län; ange länets kod eller namn: {Counties}.", unknown.StderrLines[0]);
    }

    private static County County(int code) =>
        OfficialMunicipalities.TryFindCounty(code, out County? county) ? county : throw new ArgumentOutOfRangeException(nameof(code));

    /// <summary>The file with every placeholder replaced, by what it asks for, as an administrator would fill it in.</summary>
    private static string Fill(string file) => Placeholder().Replace(file, match => match.Groups[1].Value switch
    {
        var s when s.StartsWith("1 January", StringComparison.Ordinal) => "\"2024-01-01\"",
        var s when s.StartsWith("the fixed cost", StringComparison.Ordinal) => "1000000",
        var s when s.StartsWith("the first day", StringComparison.Ordinal) => "\"2024-01-01\"",
        var s when s.StartsWith("the fee for venue", StringComparison.Ordinal) => "1000",
        var s when s.StartsWith("the trainer pot", StringComparison.Ordinal) => "400",
        var s when s.StartsWith("the fee for course material", StringComparison.Ordinal) => "100",
        var s when s.StartsWith("the buffer", StringComparison.Ordinal) => "50",
        var s when s.StartsWith("the day the step", StringComparison.Ordinal) => "\"2024-03-01\"",
        var s when s.StartsWith("the day the journey", StringComparison.Ordinal) => "null",
        var s when s.StartsWith("the course's id", StringComparison.Ordinal) => "\"samtal\"",
        var s when s.StartsWith("the course's name", StringComparison.Ordinal) => "\"Samtal\"",
        var s when s.StartsWith("the course's number", StringComparison.Ordinal) => "2",
        var s when s.StartsWith("the ids", StringComparison.Ordinal) => "\"samtal\"",
        var s => throw new ArgumentException($"No value for '{s}'.", nameof(file)),
    });

    [GeneratedRegex("\"FILL IN: ([^\"]*)\"")]
    private static partial Regex Placeholder();
}
