using System.Text;
using System.Text.Json;
using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Cli.Tests.Support.Text;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan region</c>: <c>--export NAME</c> prints a built-in region file, <c>--validate FILE</c>
/// checks one (exit 0 and a summary, or exit 1 and every problem as <c>FILE:LINE: $.path: message</c>
/// with nothing on standard output); anything else is a usage error (exit 2).
/// </summary>
public sealed class RegionCommandTests
{
    private const string Hint = "Run 'yrkesresan region --help' for usage.";

    // ---- --export ----

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Export_norrbotten_prints_the_embedded_region_file_byte_for_byte_and_nothing_else()
    {
        CliResult result = Tool.Run("region", "--export", "norrbotten");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(Utf8(Norrbotten.RegionFileText), Utf8(result.Stdout));
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Export_norrbotten_prints_exactly_the_file_norrbotten_json_of_the_repository()
    {
        byte[] inRepository = File.ReadAllBytes(Repository.NorrbottenRegionFile);

        CliResult result = Tool.Run("region", "--export", "norrbotten");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(inRepository, Utf8(result.Stdout));
    }

    [Theory]
    [Trait("Contract", "yrkesresan region")]
    [InlineData("NORRBOTTEN")]
    [InlineData("Norrbotten")]
    [InlineData("nOrRbOtTeN")]
    public void Export_takes_the_region_s_name_whatever_its_case(string name)
    {
        CliResult result = Tool.Run("region", "--export", name);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(Norrbotten.RegionFileText, result.Stdout);
    }

    [Theory]
    [Trait("Contract", "yrkesresan region")]
    [InlineData("vasterbotten")]
    [InlineData("norrbotten.json")]
    [InlineData(" norrbotten")]
    [InlineData("")]
    public void Export_of_a_name_that_is_not_built_in_is_a_usage_error_that_lists_the_built_in_names(string name)
    {
        CliResult result = Tool.Run("region", "--export", name);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Lines($"yrkesresan: there is no built-in region '{name}'; built in: norrbotten.", Hint),
            result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void The_exported_norrbotten_file_saved_as_it_is_validates_as_Norrbotten_s_region()
    {
        string exported = Tool.Run("region", "--export", "norrbotten").Stdout;
        using var file = TempRegionFile.WithText(exported, "norrbotten.json");

        CliResult result = Tool.Run("region", "--validate", file.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(
            Lines(
                $"{file.Path}: a valid region file for Norrbotten",
                "  municipalities: 14, population 249 428 (no total stated)",
                "  fixed cost from 2021: 950 000 kr a year",
                "  fees from 2021-07-01: 1 550 kr per participant and on-site day, 550 kr per digital day",
                "  eligibility from 2021-07-01: work areas mottagning, utredning, uppfoljning, familjehem; "
                + "steps open Ny 2022-10-01, Van 2023-01-01, Erfaren 2023-11-01, ArbetsledareOchChef 2022-09-01; trainers 2022-09-01",
                "  courses: 2",
                "  route Ny: 2 stops, 2 course days (incomplete)",
                "  effect goals from 2021: 1a, 1b, 1c, 1d, 2, 3, 4, 5, 6, 7 (8 by the survey, 2 from the ledger)"),
            result.Stdout);
    }

    // ---- --validate, a valid file ----

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Validate_of_the_Vasterbotten_example_exits_with_0_and_prints_its_summary()
    {
        string path = Repository.VasterbottenExample;

        CliResult result = Tool.Run("region", "--validate", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(
            Lines(
                $"{path}: a valid region file for Västerbotten",
                "  municipalities: 15, population 273 192 (the stated total agrees)",
                "  fixed cost from 2023: 1 100 000 kr a year",
                "  members from 2023: 15 of 15 municipalities",
                "  fees from 2023-01-01: 1 550 kr per participant and on-site day, 550 kr per digital day",
                "  eligibility from 2023-01-01: work areas mottagning, utredning, uppfoljning; "
                + "steps open Ny 2023-03-01, Van 2023-09-01, Erfaren not scheduled, ArbetsledareOchChef 2023-02-01; trainers 2023-02-01",
                "  courses: 5",
                "  route Ny: 5 stops, 9 course days (complete)"),
            result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void The_figures_of_the_Vasterbotten_summary_are_those_of_the_example_file_itself()
    {
        // Read with System.Text.Json, not the library's reader, so the summary's numbers are checked independently.
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Repository.VasterbottenExample));
        JsonElement root = document.RootElement;

        JsonElement[] municipalities = [.. root.GetProperty("municipalities").EnumerateArray()];
        long populationSum = municipalities.Sum(m => m.GetProperty("population").GetInt64());
        JsonElement components = root.GetProperty("fee_schedules")[0].GetProperty("components");
        long onSite = components.EnumerateObject().Sum(c => c.Value.GetProperty("amount_sek").GetInt64());
        long digital = components.EnumerateObject()
            .Where(c => c.Value.GetProperty("charged_on_digital_days").GetBoolean())
            .Sum(c => c.Value.GetProperty("amount_sek").GetInt64());
        Dictionary<string, int> days = root.GetProperty("courses").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("course_days").GetInt32());
        JsonElement ny = root.GetProperty("routes").EnumerateArray().Single(r => r.GetProperty("step").GetString() == "Ny");
        string[] stops = [.. ny.GetProperty("stops").EnumerateArray().Select(s => s.GetString()!)];

        Assert.Equal(15, municipalities.Length);
        Assert.Equal(273_192, populationSum);
        Assert.Equal(273_192, root.GetProperty("population_total").GetInt64());
        Assert.Equal(1_100_000, root.GetProperty("fixed_costs")[0].GetProperty("amount_sek").GetInt64());
        Assert.Equal("2023-01-01", root.GetProperty("fixed_costs")[0].GetProperty("valid_from").GetString());
        Assert.Equal(15, root.GetProperty("memberships")[0].GetProperty("members").GetArrayLength());
        Assert.Equal(1_550, onSite);
        Assert.Equal(550, digital);
        Assert.Equal(5, days.Count);
        Assert.Equal(5, stops.Length);
        Assert.Equal(9, stops.Sum(s => days[s]));
    }

    // ---- usage errors ----

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Region_with_neither_export_nor_validate_is_a_usage_error()
    {
        CliResult result = Tool.Run("region");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines("yrkesresan: give exactly one of --export NAME, --validate FILE and --new --county COUNTY.", Hint), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Region_with_both_export_and_validate_is_a_usage_error_even_when_the_file_is_valid()
    {
        CliResult result = Tool.Run("region", "--export", "norrbotten", "--validate", Repository.VasterbottenExample);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines("yrkesresan: give exactly one of --export NAME, --validate FILE and --new --county COUNTY.", Hint), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Validate_of_a_file_that_does_not_exist_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-cli-tests", Guid.NewGuid().ToString("N"), "no-such-region.json");

        CliResult result = Tool.Run("region", "--validate", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines($"yrkesresan: --validate {missing}: no such file.", Hint), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Validate_of_a_directory_is_a_usage_error()
    {
        string folder = Repository.PathOf("docs", "examples");

        CliResult result = Tool.Run("region", "--validate", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines($"yrkesresan: --validate {folder} is a directory; give a file.", Hint), result.Stderr);
    }

    [Theory]
    [Trait("Contract", "yrkesresan region")]
    [InlineData("Required argument missing for option: '--validate'.", new[] { "region", "--validate" })]
    [InlineData("Required argument missing for option: '--export'.", new[] { "region", "--export" })]
    [InlineData("Unrecognized command or argument '--bogus'.", new[] { "region", "--bogus" })]
    [InlineData("Unrecognized command or argument 'extra'.", new[] { "region", "extra" })]
    [InlineData("Option '--validate' expects a single argument but 2 were provided.", new[] { "region", "--validate", "a.json", "--validate", "b.json" })]
    public void A_malformed_region_command_line_is_a_usage_error_pointing_to_region_help(string message, string[] args)
    {
        CliResult result = Tool.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines($"yrkesresan: {message}", Hint), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Region_help_describes_both_options_and_exits_with_0()
    {
        CliResult result = Tool.Run("region", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("yrkesresan region [options]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--export <NAME>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--validate <FILE>", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void The_tool_s_help_lists_the_region_command()
    {
        CliResult result = Tool.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(?m)^\s+region\s", result.Stdout);
    }

    // ---- --validate, bad data ----

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Validate_reports_every_problem_of_a_file_at_once_in_file_order_and_prints_nothing()
    {
        string[] text =
        [
            "{",                                                                                    // 1
            "  \"name\": \"Testland\",",                                                           // 2
            "  \"municipalities\": [",                                                             // 3
            "    { \"code\": \"2401\", \"name\": \"Nordmaling\", \"population\": 7108 },",         // 4
            "    { \"code\": \"2401\", \"name\": \"Nordmaling\", \"population\": 0 },",            // 5: code again, population 0
            "    { \"code\": \"24O4\", \"name\": \" \", \"population\": 5485, \"colour\": \"red\" }", // 6: bad code, blank name, unknown field
            "  ],",                                                                                 // 7
            "  \"fixed_costs\": [{ \"valid_from\": \"2023-07-01\", \"amount_sek\": 1.5 }],",       // 8: not 1 January, not whole kronor
            "  \"fee_schedules\": [",                                                              // 9
            "    {",                                                                                // 10
            "      \"valid_from\": \"2023-01-01\",",                                               // 11
            "      \"components\": {",                                                             // 12
            "        \"venue\": { \"amount_sek\": 1000, \"charged_on_digital_days\": false },",    // 13
            "        \"trainer_pot\": { \"amount_sek\": 400, \"charged_on_digital_days\": true },", // 14
            "        \"course_material\": { \"amount_sek\": 100, \"charged_on_digital_days\": true },", // 15
            "        \"buffer\": { \"amount_sek\": 50, \"charged_on_digital_days\": true }",       // 16
            "      }",                                                                              // 17
            "    }",                                                                                // 18
            "  ],",                                                                                 // 19
            "  \"eligibility\": [",                                                                // 20
            "    {",                                                                                // 21
            "      \"valid_from\": \"2023-01-01\",",                                               // 22
            "      \"work_areas\": [\"mottagning\"],",                                             // 23
            "      \"excluded_roles\": [],",                                                       // 24
            "      \"excluded_employers\": [],",                                                   // 25
            "      \"step_openings\": { \"Ny\": null, \"Van\": null, \"Erfaren\": null, \"ArbetsledareOchChef\": null }", // 26
            "    }",                                                                                // 27
            "  ],",                                                                                 // 28
            "  \"courses\": [{ \"id\": \"a\", \"name\": \"A\", \"course_days\": 1 }],",            // 29
            "  \"routes\": [{ \"step\": \"Ny\", \"complete\": false, \"stops\": [\"a\", \"b\"] }]", // 30: no course b
            "}",                                                                                    // 31
        ];
        using var file = TempRegionFile.WithText(string.Join('\n', text) + "\n", "testland.json");
        string f = file.Path;

        CliResult result = Tool.Run("region", "--validate", f);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Lines(
                $"{f}:5: $.municipalities[1].population: must be at least 1, not 0",
                $"{f}:5: $.municipalities[1].code: 2401 appears more than once",
                $"{f}:6: $.municipalities[2].colour: is not a field of a municipality; its fields are code, name, population, population_date",
                $"{f}:6: $.municipalities[2].code: must be a municipality code of exactly four digits, not \"24O4\"",
                $"{f}:6: $.municipalities[2].name: must not be blank",
                $"{f}:8: $.fixed_costs[0].valid_from: must be 1 January: the fixed cost is shared per calendar year (ALLOC-1), so it changes on 1 January",
                $"{f}:8: $.fixed_costs[0].amount_sek: must be a whole number, not 1.5",
                $"{f}:30: $.routes[0].stops[1]: no course with id 'b'"),
            result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Validate_of_an_empty_object_reports_each_missing_field_at_line_1()
    {
        using var file = TempRegionFile.WithText("{}\n", "region.json");
        string f = file.Path;

        CliResult result = Tool.Run("region", "--validate", f);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Lines(
                $"{f}:1: $.name: is missing; a region file must have it",
                $"{f}:1: $.municipalities: is missing; a region file must have it",
                $"{f}:1: $.fixed_costs: is missing; a region file must have it",
                $"{f}:1: $.fee_schedules: is missing; a region file must have it",
                $"{f}:1: $.eligibility: is missing; a region file must have it",
                $"{f}:1: $.courses: is missing; a region file must have it",
                $"{f}:1: $.routes: is missing; a region file must have it"),
            result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Validate_of_a_valid_file_saved_with_a_byte_order_mark_is_valid_as_the_plain_file()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Repository.VasterbottenExample)];
        using var file = TempRegionFile.WithBytes(bytes, "vasterbotten.json");

        CliResult plain = Tool.Run("region", "--validate", Repository.VasterbottenExample);
        CliResult result = Tool.Run("region", "--validate", file.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(plain.Stdout.Replace(Repository.VasterbottenExample, "REGION", StringComparison.Ordinal), result.Stdout.Replace(file.Path, "REGION", StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Contract", "yrkesresan region")]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("   \r\n\t")]
    public void Validate_of_an_empty_file_reports_one_problem_at_line_1(string text)
    {
        using var file = TempRegionFile.WithText(text, "region.json");

        CliResult result = Tool.Run("region", "--validate", file.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines($"{file.Path}:1: $: the file is empty; a region file is one JSON object"), result.Stderr);
    }

    [Theory]
    [Trait("Contract", "yrkesresan region")]
    [InlineData("{\n  \"name\": \"X\",\n}\n", 2, "a comma before } is not allowed in JSON (column 14)")]
    [InlineData("{\n  \"name\": \"X\"\n  \"source\": \"Y\"\n}\n", 3, "a comma is missing between this and the value before it (column 3)")]
    [InlineData("{\n  \"name\": \"X\",\n  \"municipalities\": [\n", 3, "the file ends before its JSON is complete: a closing } or ] is missing, or the file is cut short (column 22)")]
    [InlineData("{\"name\": \"X\"} {}", 1, "the JSON ends before this {: a file holds one JSON object and nothing after it (column 15)")]
    [InlineData("code,name,population\n2505,Arvidsjaur,6157\n", 1, "the file is not JSON: a JSON file starts with {, not code (column 1)")]
    [InlineData("[]", 1, "must be an object, not an array")]
    public void Validate_of_a_file_that_is_not_a_JSON_object_reports_one_problem_with_its_line(string text, int line, string message)
    {
        using var file = TempRegionFile.WithText(text, "region.json");

        CliResult result = Tool.Run("region", "--validate", file.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines($"{file.Path}:{line}: $: {message}"), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void Validate_names_the_file_in_its_problems_as_it_was_given_on_the_command_line()
    {
        using var file = TempRegionFile.WithText("[]", "region.json");
        string given = Path.Combine(Path.GetDirectoryName(file.Path)!, ".", "region.json");

        CliResult result = Tool.Run("region", "--validate", given);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Lines($"{given}:1: $: must be an object, not an array"), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void A_step_opening_before_its_policy_s_valid_from_is_accepted_because_a_later_policy_keeps_steps_opened_earlier()
    {
        // A policy that replaces an earlier one lists the steps already open with their original dates,
        // so an opening before the policy's valid_from is not an error (docs/decisions/0016).
        using var file = ExampleWith("\"Ny\": \"2023-03-01\"", "\"Ny\": \"2022-03-01\"");

        CliResult result = Tool.Run("region", "--validate", file.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("steps open Ny 2022-03-01, Van 2023-09-01, Erfaren not scheduled, ArbetsledareOchChef 2023-02-01", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void The_same_field_twice_in_one_object_is_reported_at_its_second_occurrence()
    {
        // docs/region-file.md: "An unknown field, anywhere, is an error. So is the same field twice in one object."
        using var file = ExampleWith("\"name\": \"Västerbotten\",", "\"name\": \"Västerbotten\", \"name\": \"Norrland\",");

        CliResult result = Tool.Run("region", "--validate", file.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Single(result.StderrLines);
        Assert.StartsWith($"{file.Path}:3: $.name: ", result.StderrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan region")]
    public void A_municipality_code_written_as_a_number_is_reported_alone_not_as_a_wrong_total_and_an_unknown_member()
    {
        // The row's population is valid and the stated total equals the sum of the file's rows, 273 192;
        // 2401 is the code of the file's first municipality.
        using var file = ExampleWith("\"code\": \"2401\"", "\"code\": 2401");

        CliResult result = Tool.Run("region", "--validate", file.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Lines($"{file.Path}:7: $.municipalities[0].code: must be a string of four digits, e.g. \"2401\", not the number 2401: a code keeps its leading zero"),
            result.Stderr);
    }

    /// <summary>The Västerbotten example with one piece of text replaced, written to a temporary file.</summary>
    private static TempRegionFile ExampleWith(string oldText, string newText)
    {
        string example = File.ReadAllText(Repository.VasterbottenExample);
        string changed = example.Replace(oldText, newText, StringComparison.Ordinal);
        Assert.NotEqual(example, changed);
        return TempRegionFile.WithText(changed, "vasterbotten.json");
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>The lines as the tool writes them, each ended by the platform's line break.</summary>
}
