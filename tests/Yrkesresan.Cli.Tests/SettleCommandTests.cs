using System.Globalization;
using System.Text.Json;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan settle --ledger FILE --year YYYY [--region FILE] [--format table|csv|json|xlsx]</c>: the year-end
/// settlement of a ledger, one line per municipality of the region (rules FEE-1..3, POT-1..3, ALLOC-5). The
/// expected figures are worked out by hand in <see cref="TestLedgers"/> and checked by an independent script.
/// </summary>
public sealed class SettleCommandTests
{
    private const string Hint = "Run 'yrkesresan settle --help' for usage.";

    private const string CsvHeader =
        "code,name,participant_days,variable_fee_sek,trainer_days,trainer_pot_payout_sek,fixed_cost_sek,first_half_sek,second_half_sek,net_sek";

    private static readonly string[] TopKeys =
    [
        "region", "year", "trainer_pot_sek", "trainer_pot_paid_out_sek", "undistributed_pot_sek", "fixed_cost_sek",
        "variable_fee_sek", "participant_days", "trainer_days", "net_sek", "municipalities",
    ];

    private static readonly string[] MunicipalityKeys =
    [
        "code", "name", "participant_days", "variable_fee_sek", "trainer_days", "trainer_pot_payout_sek",
        "fixed_cost_sek", "first_half_sek", "second_half_sek", "net_sek",
    ];

    private static readonly string[] NorrbottenCodes =
        ["2505", "2506", "2510", "2513", "2514", "2518", "2521", "2523", "2560", "2580", "2581", "2582", "2583", "2584"];

    /// <summary>
    /// docs/examples/norrbotten-2023-ledger.json settled for 2023, as docs/worked-example-settlement.md explains
    /// it: a pot of 49 charged participant days × 400 = 19 600 kr over 10 trainer days (Luleå 4, Piteå 3, Kiruna 3).
    /// </summary>
    private const string ExampleSettled2023Csv =
        CsvHeader + "\n"
        + "2505,Arvidsjaur,2,3100,0,0,23450,11725,11725,26550\n"
        + "2506,Arjeplog,4,4200,0,0,10272,5136,5136,14472\n"
        + "2510,Jokkmokk,2,2300,0,0,18305,9153,9152,20605\n"
        + "2513,Överkalix,2,0,0,0,12390,6195,6195,12390\n"
        + "2514,Kalix,3,0,0,0,60151,30076,30075,60151\n"
        + "2518,Övertorneå,2,0,0,0,16065,8033,8032,16065\n"
        + "2521,Pajala,4,4200,0,0,22799,11400,11399,26999\n"
        + "2523,Gällivare,3,3450,0,0,66660,33330,33330,70110\n"
        + "2560,Älvsbyn,2,3100,0,0,30611,15306,15305,33711\n"
        + "2580,Luleå,9,13950,4,7840,298397,149199,149198,304507\n"
        + "2581,Piteå,10,11500,3,5880,161086,80543,80543,166706\n"
        + "2582,Boden,5,7750,0,0,107086,53543,53543,114836\n"
        + "2583,Haparanda,2,0,0,0,36366,18183,18183,36366\n"
        + "2584,Kiruna,8,10400,3,5880,86362,43181,43181,90882\n";

    // ---- the contract: formats, every municipality, errors ----

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void Json_is_one_object_with_the_year_the_pot_and_the_totals_then_every_municipality_with_its_fields_in_order()
    {
        CliResult result = Settle(TestLedgers.Small, "--year", "2023", "--format", "json");

        AssertSuccess(result);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement root = document.RootElement;
        Assert.Equal(TopKeys, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Norrbotten", root.GetProperty("region").GetString());
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        Assert.Equal(7_600, root.GetProperty("trainer_pot_sek").GetInt64());
        Assert.Equal(7_600, root.GetProperty("trainer_pot_paid_out_sek").GetInt64());
        Assert.Equal(0, root.GetProperty("undistributed_pot_sek").GetInt64());
        Assert.Equal(950_000, root.GetProperty("fixed_cost_sek").GetInt64());
        Assert.Equal(22_650, root.GetProperty("variable_fee_sek").GetInt64());
        Assert.Equal(22, root.GetProperty("participant_days").GetInt64());
        Assert.Equal(7, root.GetProperty("trainer_days").GetInt64());
        Assert.Equal(965_050, root.GetProperty("net_sek").GetInt64());

        JsonElement[] municipalities = [.. root.GetProperty("municipalities").EnumerateArray()];
        Assert.All(municipalities, m => Assert.Equal(MunicipalityKeys, m.EnumerateObject().Select(p => p.Name)));
        Assert.All(municipalities, m => Assert.Equal(JsonValueKind.String, m.GetProperty("code").ValueKind));
        Assert.All(municipalities, m => Assert.All(MunicipalityKeys[2..], k => Assert.Equal(JsonValueKind.Number, m.GetProperty(k).ValueKind)));
        Assert.Equal(TestLedgers.SmallSettled2023Csv.Split('\n')[1..^1], municipalities.Select(CsvLine));
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void Csv_has_the_municipality_fields_of_the_json_as_columns_in_the_same_order_LF_endings_and_no_byte_order_mark()
    {
        CliResult result = Settle(TestLedgers.Small, "--year", "2023", "--format", "csv");

        AssertSuccess(result);
        Assert.Equal(CsvHeader, result.Stdout.Split('\n')[0]);
        Assert.Equal(CsvHeader, string.Join(",", MunicipalityKeys));
        Assert.DoesNotContain("\r", result.Stdout, StringComparison.Ordinal);
        Assert.False(result.Stdout.StartsWith('\uFEFF'));
        Assert.Equal(TestLedgers.SmallSettled2023Csv, result.Stdout);
    }

    [Theory]
    [Trait("Contract", "yrkesresan settle")]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("table")]
    public void Every_one_of_Norrbotten_s_14_municipalities_is_listed_in_ascending_code_those_without_courses_with_zeros(string format)
    {
        CliResult result = Settle(TestLedgers.NoMunicipalTrainers, "--year", "2023", "--format", format);

        AssertSuccess(result);
        string[] codes = format switch
        {
            "csv" => [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[..4])],
            "json" => JsonCodes(result.Stdout),
            _ => [.. result.Stdout.Split('\n').Where(l => l.Length > 6 && l.StartsWith("| 2", StringComparison.Ordinal)).Select(l => l[2..6])],
        };
        Assert.Equal(NorrbottenCodes, codes);
        if (format == "csv")
        {
            Assert.Contains("\n2505,Arvidsjaur,0,0,0,0,23450,11725,11725,23450\n", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("\n2513,Överkalix,0,0,0,0,12390,6195,6195,12390\n", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void The_table_is_the_default_and_heads_the_settlement_with_the_region_the_year_and_the_pot()
    {
        CliResult byDefault = Settle(TestLedgers.Small, "--year", "2023");
        CliResult table = Settle(TestLedgers.Small, "--year", "2023", "--format", "table");

        AssertSuccess(byDefault);
        Assert.Equal(table.Stdout, byDefault.Stdout);
        string[] lines = byDefault.Stdout.Split('\n');
        Assert.Equal("Norrbotten 2023: year-end settlement of 14 municipalities", lines[0]);
        Assert.Equal("Trainer pot: 7 600 kr collected, 7 600 kr paid out by trainer days, 0 kr undistributed.", lines[1]);
        Assert.Contains(
            "| 2580  | Luleå        |          6 |     8 300 |            3 |    3 257 |    298 397 |      149 199 |      149 198 |  303 440 |",
            lines);
        Assert.Contains(
            "| Total |              |         22 |    22 650 |            7 |    7 600 |    950 000 |      475 003 |      474 997 |  965 050 |",
            lines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void Net_is_the_fixed_cost_plus_the_variable_fees_minus_the_pot_payout_and_may_fall_below_the_fixed_cost()
    {
        CliResult result = Settle(TestLedgers.Small, "--year", "2024", "--format", "csv");

        AssertSuccess(result);
        Dictionary<string, long[]> rows = ExpectedRows(result.Stdout).ToDictionary(r => r.Code, r => r.Numbers);
        Assert.All(rows.Values, r => Assert.Equal(r[4] + r[1] - r[3], r[7]));

        // Luleå's only 2024 item is a trainer day: it gets 600 kr of the pot and owes less than its fixed cost.
        Assert.Equal([0, 0, 1, 600, 298_397, 149_199, 149_198, 297_797], rows["2580"]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void The_example_ledger_settles_2023_as_the_worked_example_explains()
    {
        CliResult result = Tool.Run("settle", "--ledger", TestLedgers.NorrbottenExample, "--year", "2023", "--format", "csv");

        AssertSuccess(result);
        Assert.Equal(ExampleSettled2023Csv, result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void Notices_of_a_course_outside_the_catalogue_go_to_standard_error_and_the_exit_code_stays_0()
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Small);

        CliResult result = Tool.Run("settle", "--ledger", ledger.Path, "--year", "2023", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TestLedgers.SmallSettled2023Csv, result.Stdout);
        Assert.Equal(
            [
                $"notice: {ledger.Path}:31: $.occasions[3].course: 'fordjupning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id",
                $"notice: {ledger.Path}:54: $.occasions[5].course: 'fordjupning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id",
            ],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void An_invalid_ledger_exits_with_1_every_problem_on_standard_error_with_file_line_and_path_and_nothing_on_standard_output()
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Invalid);

        CliResult result = Tool.Run("settle", "--ledger", ledger.Path, "--year", "2023", "--format", "csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            [
                $"{ledger.Path}:6: $.occasions[0].days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)",
                $"{ledger.Path}:7: $.occasions[0].participants[0].municipality: 2480 is not one of Norrbotten's municipalities",
            ],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void A_ledger_valid_for_Vasterbotten_is_invalid_for_the_built_in_Norrbotten()
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Vasterbotten);

        CliResult result = Tool.Run("settle", "--ledger", ledger.Path, "--year", "2023");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains($"{ledger.Path}:11: $.occasions[0].participants[0].municipality: 2480 is not one of Norrbotten's municipalities", result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void A_region_file_gives_its_own_municipalities_fixed_cost_and_name()
    {
        CliResult result = Settle(TestLedgers.Vasterbotten, "--year", "2023", "--region", Repository.VasterbottenExample, "--format", "json");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(0, result.ExitCode);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement root = document.RootElement;
        Assert.Equal("Västerbotten", root.GetProperty("region").GetString());
        Assert.Equal(1_100_000, root.GetProperty("fixed_cost_sek").GetInt64());
        Assert.Equal(
            ["2401", "2403", "2404", "2409", "2417", "2418", "2421", "2422", "2425", "2460", "2462", "2463", "2480", "2481", "2482"],
            JsonCodes(result.Stdout));
        JsonElement umea = root.GetProperty("municipalities").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "2480");
        Assert.Equal("2480,Umeå,4,4200,4,1067,524344,262172,262172,527477", CsvLine(umea));
    }

    [Theory]
    [Trait("Contract", "yrkesresan settle")]
    [InlineData(null, "2020", "Norrbotten's schedule starts in 2021, so it has no fixed cost for 2020; give --year 2021 or later.")]
    [InlineData("vasterbotten", "2022", "Västerbotten's schedule starts in 2023, so it has no fixed cost for 2022; give --year 2023 or later.")]
    public void A_year_before_the_region_s_first_year_is_a_usage_error_naming_the_first_year(string? region, string year, string message)
    {
        string[] regionArgs = region is null ? [] : ["--region", Repository.VasterbottenExample];
        using TempRegionFile ledger = TestLedgers.Write("""{ "occasions": [] }""");

        CliResult result = Tool.Run(["settle", "--ledger", ledger.Path, "--year", year, .. regionArgs]);

        AssertUsageError($"yrkesresan: {message}", result);
    }

    [Theory]
    [Trait("Contract", "yrkesresan settle")]
    [InlineData(new[] { "--year", "2023" }, "Option '--ledger' is required.")]
    [InlineData(new[] { "--ledger", "LEDGER" }, "Option '--year' is required.")]
    [InlineData(new[] { "--ledger", "LEDGER", "--year", "23" }, "--year must be a calendar year of four digits, e.g. 2025; '23' is not one.")]
    [InlineData(new[] { "--ledger", "LEDGER", "--year", "2023", "--format", "xml" }, "--format must be table, csv, json or xlsx; 'xml' is not one of them.")]
    [InlineData(new[] { "--ledger", "LEDGER", "--year", "2023", "--occasion", "x" }, "Unrecognized command or argument '--occasion'. Unrecognized command or argument 'x'.")]
    public void A_missing_or_unknown_option_is_a_usage_error(string[] args, string message)
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Small);

        CliResult result = Tool.Run(["settle", .. args.Select(a => a == "LEDGER" ? ledger.Path : a)]);

        AssertUsageError($"yrkesresan: {message}", result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void A_ledger_file_that_does_not_exist_or_a_municipality_csv_as_the_region_is_a_usage_error()
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Small);
        using TempRegionFile csv = TempRegionFile.WithText(TestData.NorrbottenCsv);
        string missing = ledger.Path + ".saknas";

        AssertUsageError(
            $"yrkesresan: --ledger {missing}: no such file.",
            Tool.Run("settle", "--ledger", missing, "--year", "2023"));
        AssertUsageError(
            $"yrkesresan: --region {csv.Path} is not a region file (.json): a municipality CSV has no fee schedules or course catalogue, "
            + "so give a region file, or leave --region out for Norrbotten.",
            Tool.Run("settle", "--ledger", ledger.Path, "--year", "2023", "--region", csv.Path));
    }

    [Fact]
    [Trait("Contract", "yrkesresan settle")]
    public void Help_lists_settle_and_settle_help_describes_every_option()
    {
        CliResult root = Tool.Run("--help");
        CliResult settle = Tool.Run("settle", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.Contains("  settle ", root.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, settle.ExitCode);
        foreach (string option in new[] { "--ledger <FILE> (REQUIRED)", "--year <YYYY> (REQUIRED)", "--region <FILE>", "--format <table|csv|json|xlsx>" })
        {
            Assert.Contains(option, settle.Stdout, StringComparison.Ordinal);
        }
    }

    // ---- the rules ----

    [Fact]
    [Rule("FEE-1")]
    public void Each_participant_costs_1_550_kr_per_on_site_day_billed_to_the_municipality_that_registered_them()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.NoMunicipalTrainers, "2023");

        Assert.Equal([2, 2 * 1_550], rows["2580"][..2]);
        Assert.Equal([1, 1 * 1_550], rows["2582"][..2]);
    }

    [Fact]
    [Rule("FEE-3")]
    public void A_municipality_on_two_registration_lines_of_an_occasion_pays_for_the_participants_of_both()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.TwoLines, "2023");

        Assert.Equal([5, 5 * 1_550], rows["2580"][..2]);
        Assert.Equal([1, 1 * 1_550, 1, 6 * 400], rows["2582"][..4]);
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_waived_occasion_counts_its_participant_days_but_charges_no_fee()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.Small, "2023");

        // Kalix's 3 participants of 'avgiftsfri' are its only ones: 3 participant days, 0 kr.
        Assert.Equal([3, 0, 0, 0, 60_151, 30_076, 30_075, 60_151], rows["2514"]);
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_digital_day_charges_550_kr_without_the_venue()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.Small, "2023");

        // Älvsbyn: 3 participants, one digital day: 3 × (400 + 100 + 50).
        Assert.Equal([3, 3 * 550], rows["2560"][..2]);

        // Arjeplog: 2 participants, one day on site and one digital: 2 × (1 550 + 550).
        Assert.Equal([4, 2 * (1_550 + 550)], rows["2506"][..2]);
    }

    [Fact]
    [Rule("FEE-2")]
    public void An_occasion_s_own_venue_amount_replaces_the_schedule_s_1_000_kr()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.Small, "2023");

        // Piteå: 2 participants at 600 + 400 + 100 + 50 = 1 150 kr.
        Assert.Equal([2, 2 * 1_150], rows["2581"][..2]);
    }

    [Fact]
    [Rule("POT-1")]
    public void The_pot_is_400_kr_per_charged_participant_day_and_a_waived_occasion_adds_nothing()
    {
        CliResult result = Settle(TestLedgers.Small, "--year", "2023", "--format", "json");

        AssertSuccess(result);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);

        // 22 participant days in 2023, of which Kalix's 3 are waived: (22 - 3) × 400.
        Assert.Equal(22, document.RootElement.GetProperty("participant_days").GetInt64());
        Assert.Equal(19 * 400, document.RootElement.GetProperty("trainer_pot_sek").GetInt64());
    }

    [Fact]
    [Rule("POT-1")]
    public void An_occasion_across_New_Year_is_settled_in_both_years_each_with_the_days_dated_in_it()
    {
        Dictionary<string, long[]> rows2023 = SettledCsv(TestLedgers.Small, "2023");
        Dictionary<string, long[]> rows2024 = SettledCsv(TestLedgers.Small, "2024");
        CliResult json2024 = Settle(TestLedgers.Small, "--year", "2024", "--format", "json");

        // Kiruna: 3 participants, 28 December on site (1 550 kr) and 3 January digital (550 kr); its trainer both days.
        Assert.Equal([3, 3 * 1_550, 2], rows2023["2584"][..3]);
        Assert.Equal([3, 3 * 550, 1, 600], rows2024["2584"][..4]);

        // Luleå's trainer taught only on 3 January: a trainer day in 2024, none of it in 2023's 3.
        Assert.Equal([1, 600], rows2024["2580"][2..4]);
        using JsonDocument document = JsonDocument.Parse(json2024.Stdout);
        Assert.Equal(3 * 400, document.RootElement.GetProperty("trainer_pot_sek").GetInt64());
        Assert.Equal(3, document.RootElement.GetProperty("participant_days").GetInt64());
        Assert.Equal(1_650, document.RootElement.GetProperty("variable_fee_sek").GetInt64());
    }

    [Fact]
    [Rule("POT-2")]
    public void The_pot_is_shared_by_trainer_days_by_largest_remainder_a_tie_going_to_the_lower_code()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.Small, "2023");

        // 7 600 kr over 7 days: Luleå 3 (3 257.14), Piteå 2 and Kiruna 2 (2 171.43 each); the krona left goes to Piteå.
        Assert.Equal([3, 3_257], rows["2580"][2..4]);
        Assert.Equal([2, 2_172], rows["2581"][2..4]);
        Assert.Equal([2, 2_171], rows["2584"][2..4]);
        Assert.Equal(7_600, rows.Values.Sum(r => r[3]));
    }

    [Fact]
    [Rule("POT-2")]
    public void Tied_remainders_of_the_pot_go_first_to_the_larger_number_of_trainer_days()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.Vasterbotten, "2023", "--region", Repository.VasterbottenExample);

        // 2 400 kr over 9 days: 4/9 → 1 066.67 twice and 1/9 → 266.67; the 2 kronor left go to the 4s.
        Assert.Equal([1, 266], rows["2401"][2..4]);
        Assert.Equal([4, 1_067], rows["2480"][2..4]);
        Assert.Equal([4, 1_067], rows["2482"][2..4]);
        Assert.Equal([2, 1 * (1_550 + 550)], rows["2404"][..2]);
    }

    [Fact]
    [Rule("FEE-2")]
    public void The_guide_s_Vasterbotten_year_settles_Umea_as_the_guide_explains_it()
    {
        CliResult result = Tool.Run(
            "settle",
            "--ledger",
            Repository.PathOf("docs", "examples", "vasterbotten-2024-ledger.json"),
            "--region",
            Repository.VasterbottenExample,
            "--year",
            "2024",
            "--format",
            "csv");
        AssertSuccess(result);
        var rows = ExpectedRows(result.Stdout).ToDictionary(r => r.Code, r => r.Numbers);

        // docs/adapting-your-region.md, section 11: 6 × 2 × 1 550 + 3 × (1 350 + 550) fees; 2 of 5 trainer days of a
        // 15 200 kr pot; the fixed cost in two halves; net = fixed + fees − pot.
        Assert.Equal([18, 24_300, 2, 6_080, 524_344, 262_172, 262_172, 542_564], rows["2480"]);
        Assert.Equal([4, 3_800, 0, 0, 28_620, 14_310, 14_310, 32_420], rows["2401"]);
        Assert.Equal(15_200, rows.Values.Sum(r => r[3]));
        Assert.Equal(15, rows.Count);
    }

    [Fact]
    [Rule("POT-2")]
    public void Two_trainers_of_one_municipality_on_one_day_are_two_trainer_days()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.Vasterbotten, "2023", "--region", Repository.VasterbottenExample);

        Assert.Equal(4, rows["2480"][2]);
        Assert.Equal(9, rows.Values.Sum(r => r[2]));
    }

    [Fact]
    [Rule("POT-3")]
    public void An_external_trainer_s_days_do_not_count()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.Small, "2023");

        // 'vanlig' had a Luleå and an external trainer: only Luleå's day counts, and the pot goes to municipalities only.
        Assert.Equal(7, rows.Values.Sum(r => r[2]));
        Assert.Equal(3, rows["2580"][2]);
    }

    [Fact]
    [Rule("POT-3")]
    public void A_year_with_no_municipal_trainer_leaves_the_whole_pot_undistributed_and_pays_no_one()
    {
        CliResult result = Settle(TestLedgers.NoMunicipalTrainers, "--year", "2023", "--format", "json");

        AssertSuccess(result);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement root = document.RootElement;
        Assert.Equal(3 * 400, root.GetProperty("trainer_pot_sek").GetInt64());
        Assert.Equal(3 * 400, root.GetProperty("undistributed_pot_sek").GetInt64());
        Assert.Equal(0, root.GetProperty("trainer_pot_paid_out_sek").GetInt64());
        Assert.Equal(0, root.GetProperty("trainer_days").GetInt64());
        Assert.All(root.GetProperty("municipalities").EnumerateArray(), m =>
        {
            Assert.Equal(0, m.GetProperty("trainer_days").GetInt64());
            Assert.Equal(0, m.GetProperty("trainer_pot_payout_sek").GetInt64());
        });
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void The_fixed_cost_is_split_in_two_half_years_the_first_taking_the_odd_krona()
    {
        Dictionary<string, long[]> rows = SettledCsv(TestLedgers.Small, "2023");

        Assert.Equal([18_305, 9_153, 9_152], rows["2510"][4..7]);
        Assert.Equal([161_086, 80_543, 80_543], rows["2581"][4..7]);
        Assert.All(rows.Values, r =>
        {
            Assert.Equal(r[4], r[5] + r[6]);
            Assert.InRange(r[5] - r[6], 0, 1);
        });
        Assert.Equal(950_000, rows.Values.Sum(r => r[4]));
    }

    private static CliResult Settle(string ledgerText, params string[] args)
    {
        using TempRegionFile ledger = TestLedgers.Write(ledgerText);
        return Tool.Run(["settle", "--ledger", ledger.Path, .. args]);
    }

    /// <summary>Settles a ledger as CSV; each municipality's numbers by code, in the order of the columns after the name.</summary>
    private static Dictionary<string, long[]> SettledCsv(string ledgerText, string year, params string[] args)
    {
        CliResult result = Settle(ledgerText, ["--year", year, "--format", "csv", .. args]);
        AssertSuccess(result);
        return ExpectedRows(result.Stdout).ToDictionary(r => r.Code, r => r.Numbers);
    }

    private static IEnumerable<(string Code, long[] Numbers)> ExpectedRows(string csv)
    {
        string[] lines = csv.Split('\n');
        Assert.Equal(CsvHeader, lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        return lines[1..^1].Select(line =>
        {
            string[] fields = line.Split(',');
            Assert.Equal(10, fields.Length);
            return (fields[0], fields[2..].Select(f => long.Parse(f, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToArray());
        });
    }

    /// <summary>A municipality of the JSON output as the CSV line it should match.</summary>
    private static string CsvLine(JsonElement municipality) =>
        string.Join(
            ",",
            [
                municipality.GetProperty("code").GetString()!,
                municipality.GetProperty("name").GetString()!,
                .. MunicipalityKeys[2..].Select(k => municipality.GetProperty(k).GetInt64().ToString(CultureInfo.InvariantCulture)),
            ]);

    private static string[] JsonCodes(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("code").GetString()!)];
    }

    /// <summary>Exit 0, and nothing on standard error but notices.</summary>
    private static void AssertSuccess(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        Assert.All(result.StderrLines, l => Assert.StartsWith("notice: ", l, StringComparison.Ordinal));
    }

    private static void AssertUsageError(string message, CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(message + "\n" + Hint + "\n", result.Stderr);
    }
}
