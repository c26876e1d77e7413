using System.Globalization;
using System.Text;
using System.Text.Json;
using Yrkesresan.Cli.Tests.Support;
using static Yrkesresan.Cli.Tests.Support.Text;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan allocate --region FILE</c> with a region file (JSON): the file's own fixed cost,
/// memberships and rounding for <c>--year</c>; a municipality CSV still needs <c>--total</c>.
/// The expected figures are computed here by an independent largest-remainder implementation.
/// </summary>
public sealed class AllocateRegionFileTests
{
    private const string Hint = "Run 'yrkesresan allocate --help' for usage.";

    private const string CsvHeader = "code,name,population,share_percent,amount_sek,first_half_sek,second_half_sek";

    /// <summary>
    /// A small region file whose schedule changes: 100 000 kr from 2022 and 200 001 kr from 2025
    /// (given out of order), all three municipalities until 2023 and two of them from 2024.
    /// </summary>
    private const string Kustland =
        """
        {
          "name": "Kustland",
          "municipalities": [
            { "code": "0114", "name": "Upplands Väsby", "population": 3 },
            { "code": "2580", "name": "Luleå", "population": 3 },
            { "code": "2581", "name": "Piteå", "population": 1 }
          ],
          "fixed_costs": [
            { "valid_from": "2025-01-01", "amount_sek": 200001 },
            { "valid_from": "2022-01-01", "amount_sek": 100000 }
          ],
          "memberships": [
            { "valid_from": "2022-01-01", "members": ["0114", "2580", "2581"] },
            { "valid_from": "2024-01-01", "members": ["2580", "2581"] }
          ],
          ROUNDING
          "fee_schedules": [
            {
              "valid_from": "2022-01-01",
              "components": {
                "venue": { "amount_sek": 1000, "charged_on_digital_days": false },
                "trainer_pot": { "amount_sek": 400, "charged_on_digital_days": true },
                "course_material": { "amount_sek": 100, "charged_on_digital_days": true },
                "buffer": { "amount_sek": 50, "charged_on_digital_days": true }
              }
            }
          ],
          "eligibility": [
            {
              "valid_from": "2022-01-01",
              "work_areas": ["mottagning"],
              "excluded_roles": [],
              "excluded_employers": [],
              "step_openings": { "Ny": null, "Van": null, "Erfaren": null, "ArbetsledareOchChef": null }
            }
          ],
          "courses": [],
          "routes": []
        }

        """;

    private static readonly Municipality[] KustlandMunicipalities =
    [
        new("0114", "Upplands Väsby", 3),
        new("2580", "Luleå", 3),
        new("2581", "Piteå", 1),
    ];

    // ---- the file's own fixed cost and years ----

    [Fact]
    [Rule("ALLOC-2")]
    public void Vasterbotten_2023_as_csv_is_the_largest_remainder_share_of_the_file_s_own_1_100_000_kr()
    {
        Municipality[] municipalities = VasterbottenMunicipalities();
        Assert.Equal(1_100_000, VasterbottenFixedCost());

        CliResult result = Tool.Run("allocate", "--region", Repository.VasterbottenExample, "--year", "2023", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(ExpectedCsv(1_100_000, municipalities), result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_independent_largest_remainder_figures_for_Vasterbotten_add_up_and_round_as_the_rule_says()
    {
        // A check of the check: the expected statement itself meets ALLOC-1, ALLOC-2 and ALLOC-5.
        Municipality[] municipalities = VasterbottenMunicipalities();
        long populationSum = municipalities.Sum(m => m.Population);
        long[] amounts = LargestRemainder(1_100_000, municipalities);

        Assert.Equal(273_192, populationSum);
        Assert.Equal(1_100_000, amounts.Sum());
        for (int i = 0; i < municipalities.Length; i++)
        {
            Int128 exact = (Int128)1_100_000 * municipalities[i].Population;
            Assert.True(Int128.Abs(((Int128)amounts[i] * populationSum) - exact) < populationSum, municipalities[i].Code);
        }

        Assert.Equal(524_344, amounts[Array.FindIndex(municipalities, m => m.Code == "2480")]);
        Assert.Equal(262_172, FirstHalf(524_344));
        Assert.Equal(4_806, FirstHalf(9_611));
        Assert.Equal(4_805, 9_611 - FirstHalf(9_611));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_table_for_a_region_file_names_the_region_the_year_and_the_file_s_fixed_cost()
    {
        CliResult result = Tool.Run("allocate", "--region", Repository.VasterbottenExample, "--year", "2023");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "Västerbotten 2023: fixed cost 1 100 000 kr shared among 15 municipalities by population",
            result.Stdout.Split('\n')[0].TrimEnd('\r'));
        Assert.Contains("| 2480  | Umeå         |    130 224 |      48 |     524 344 |      262 172 |      262 172 |", result.Stdout, StringComparison.Ordinal);

        // Six of the annual shares are odd, so the January–June invoices add up to 3 kr more than half.
        long firstHalves = LargestRemainder(1_100_000, VasterbottenMunicipalities()).Sum(FirstHalf);
        Assert.Equal(550_003, firstHalves);
        Assert.Contains("| Total |              |    273 192 |     100 |   1 100 000 |      550 003 |      549 997 |", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Without_year_the_clock_s_year_picks_the_period_of_the_region_file()
    {
        CliResult table = Tool.Run("allocate", "--region", Repository.VasterbottenExample);
        CliResult csv = Tool.Run("allocate", "--region", Repository.VasterbottenExample, "--format", "csv");

        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith(
            "Västerbotten 2024: fixed cost 1 100 000 kr shared among 15 municipalities by population",
            table.Stdout,
            StringComparison.Ordinal);
        Assert.Equal(ExpectedCsv(1_100_000, VasterbottenMunicipalities()), csv.Stdout);
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("2022", 100_000)]
    [InlineData("2024", 100_000)]
    [InlineData("2025", 200_001)]
    [InlineData("2040", 200_001)]
    public void Year_picks_the_fixed_cost_in_force_that_year_whatever_the_order_of_the_file(string year, long fixedCost)
    {
        using var file = KustlandFile();

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--year", year);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Kustland {year}: fixed cost {Swedish(fixedCost)} kr shared among ", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [Rule("ALLOC-4")]
    [InlineData("2022", 100_000, new[] { "0114", "2580", "2581" })]
    [InlineData("2023", 100_000, new[] { "0114", "2580", "2581" })]
    [InlineData("2024", 100_000, new[] { "2580", "2581" })]
    [InlineData("2025", 200_001, new[] { "2580", "2581" })]
    public void Only_the_members_of_the_year_share_that_year_s_fixed_cost(string year, long fixedCost, string[] members)
    {
        using var file = KustlandFile();
        Municipality[] taking = [.. KustlandMunicipalities.Where(m => members.Contains(m.Code))];

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--year", year, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(ExpectedCsv(fixedCost, taking), result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-4")]
    public void The_table_of_a_year_with_fewer_members_counts_and_lists_only_them()
    {
        using var file = KustlandFile();

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--year", "2024");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                "Kustland 2024: fixed cost 100 000 kr shared among 2 municipalities by population",
                "",
                "+-----------------------------------------------------------------------------------------+",
                "| Code  | Municipality | Population | Share % | Amount (kr) | Jan–Jun (kr) | Jul–Dec (kr) |",
                "|-------+--------------+------------+---------+-------------+--------------+--------------|",
                "| 2580  | Luleå        |          3 |      75 |      75 000 |       37 500 |       37 500 |",
                "| 2581  | Piteå        |          1 |      25 |      25 000 |       12 500 |       12 500 |",
                "|-------+--------------+------------+---------+-------------+--------------+--------------|",
                "| Total |              |          4 |     100 |     100 000 |       50 000 |       50 000 |",
                "+-----------------------------------------------------------------------------------------+",
                "",
                "Rounded to whole kronor by largest remainder (Hamilton), so the amounts add up to the total exactly; the Jan–Jun invoice takes any odd krona."),
            result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_region_file_s_half_up_rounding_puts_the_difference_on_its_residual_municipality()
    {
        // 10 kr by 3:3:1 is 4 2/7, 4 2/7 and 1 3/7; each rounded half up gives 4, 4 and 1, which is 9,
        // so the residual municipality 2580 takes the tenth krona (decision 0006).
        using var file = KustlandFile("\"rounding\": { \"method\": \"half_up_with_residual\", \"residual_municipality\": \"2580\" },");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--year", "2022", "--total", "10", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            CsvHeader + "\n"
            + "0114,Upplands Väsby,3,43,4,2,2\n"
            + "2580,Luleå,3,43,5,3,2\n"
            + "2581,Piteå,1,14,1,1,0\n",
            result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void A_year_before_the_region_file_s_first_year_is_a_usage_error_that_names_the_first_year()
    {
        CliResult result = Tool.Run("allocate", "--region", Repository.VasterbottenExample, "--year", "2022");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Lines("yrkesresan: Västerbotten's schedule starts in 2023, so it has no fixed cost for 2022 (--year); give --year 2023 or later.", Hint),
            result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void A_year_before_the_region_file_s_first_year_is_refused_even_with_a_total_of_one_s_own()
    {
        CliResult result = Tool.Run("allocate", "--region", Repository.VasterbottenExample, "--year", "2022", "--total", "1000");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Lines("yrkesresan: Västerbotten's schedule starts in 2023, so it has no fixed cost for 2022 (--year); give --year 2023 or later.", Hint),
            result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void A_clock_before_the_region_file_s_first_year_without_year_is_a_usage_error_that_asks_for_year()
    {
        CliResult result = Tool.RunIn(2022, "allocate", "--region", Repository.VasterbottenExample);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Lines("yrkesresan: Västerbotten's schedule starts in 2023, so it has no fixed cost for 2022 (this year); give --year 2023 or later.", Hint),
            result.Stderr);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Total_replaces_the_region_file_s_fixed_cost_and_the_heading_says_so()
    {
        CliResult table = Tool.Run("allocate", "--region", Repository.VasterbottenExample, "--year", "2023", "--total", "100 000");
        CliResult csv = Tool.Run("allocate", "--region", Repository.VasterbottenExample, "--year", "2023", "--total", "100000", "--format", "csv");

        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith(
            "Västerbotten 2023: 100 000 kr (--total) shared among 15 municipalities by population",
            table.Stdout,
            StringComparison.Ordinal);
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(ExpectedCsv(100_000, VasterbottenMunicipalities()), csv.Stdout);
    }

    [Fact]
    [Rule("ALLOC-3")]
    public void The_exported_Norrbotten_file_given_as_region_gives_the_figures_of_the_built_in_Norrbotten()
    {
        using var file = TempRegionFile.WithText(Tool.Run("region", "--export", "norrbotten").Stdout, "norrbotten.json");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--year", "2023", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TestData.NorrbottenExpectedCsv, result.Stdout);
    }

    // ---- which files are region files ----

    [Theory]
    [Trait("Contract", "yrkesresan allocate")]
    [InlineData("vasterbotten", "")]
    [InlineData("vasterbotten.txt", "")]
    [InlineData("vasterbotten.csv", "\n  \t\r\n")]
    [InlineData("VASTERBOTTEN.JSON", "")]
    public void A_file_is_read_as_a_region_file_when_its_name_ends_in_json_or_its_text_starts_with_a_brace(string name, string before)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), .. File.ReadAllBytes(Repository.VasterbottenExample)];
        using var file = TempRegionFile.WithBytes(bytes, name);

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--year", "2023", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(ExpectedCsv(1_100_000, VasterbottenMunicipalities()), result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void A_region_file_without_the_json_extension_saved_with_a_byte_order_mark_is_still_read_as_one()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Repository.VasterbottenExample)];
        using var file = TempRegionFile.WithBytes(bytes, "vasterbotten");

        CliResult plain = Tool.Run("allocate", "--region", Repository.VasterbottenExample, "--year", "2023", "--format", "csv");
        CliResult result = Tool.Run("allocate", "--region", file.Path, "--year", "2023", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(plain.Stdout, result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void An_invalid_region_file_exits_with_1_and_every_problem_and_prints_nothing()
    {
        string text = Kustland
            .Replace("ROUNDING", string.Empty, StringComparison.Ordinal)
            .Replace("\"population\": 1 }", "\"population\": 0 }", StringComparison.Ordinal)
            .Replace("\"members\": [\"2580\", \"2581\"]", "\"members\": [\"2580\", \"2582\"]", StringComparison.Ordinal);
        using var file = TempRegionFile.WithText(text, "kustland.json");
        string f = file.Path;

        CliResult result = Tool.Run("allocate", "--region", f, "--year", "2023", "--total", "1000");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Lines(
                $"{f}:6: $.municipalities[2].population: must be at least 1, not 0",
                $"{f}:14: $.memberships[1].members[1]: 2582 is not one of the region's municipalities"),
            result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void An_invalid_region_file_is_bad_data_even_when_year_is_before_any_schedule()
    {
        using var file = TempRegionFile.WithText("[]", "region.json");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--year", "2021");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines($"{file.Path}:1: $: must be an object, not an array"), result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void A_municipality_csv_named_json_is_read_as_a_region_file_and_refused_as_invalid_JSON()
    {
        using var file = TempRegionFile.WithText(TestData.NorrbottenCsv, "norrbotten.json");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "950000");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Lines($"{file.Path}:1: $: the file is not JSON: a JSON file starts with {{, not code (column 1)"), result.Stderr);
    }

    // ---- a municipality CSV, as before ----

    [Theory]
    [Trait("Contract", "yrkesresan allocate")]
    [InlineData("kommuner")]
    [InlineData("kommuner.txt")]
    public void A_municipality_csv_without_the_csv_extension_is_still_shared_with_total(string name)
    {
        using var file = TempRegionFile.WithText(TestData.NorrbottenCsv, name);

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "950000", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(TestData.NorrbottenExpectedCsv, result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void The_heading_for_a_municipality_csv_names_the_file_and_no_year()
    {
        using var file = TempRegionFile.WithText(TestData.NorrbottenCsv, "kommuner.csv");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "950000");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(
            $"{file.Path}: 950 000 kr (--total) shared among 14 municipalities by population",
            result.Stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void Year_with_a_municipality_csv_is_refused_before_a_missing_total_is()
    {
        using var file = TempRegionFile.WithText(TestData.NorrbottenCsv, "kommuner.csv");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--year", "2023");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Lines(
                "yrkesresan: --year picks a year of a region's schedule; a municipality CSV has no schedule, so leave --year out (or give a region file, .json).",
                Hint),
            result.Stderr);
    }

    // ---- the independent check ----

    private sealed record Municipality(string Code, string Name, long Population);

    /// <summary>The example's municipalities, read with System.Text.Json rather than the library.</summary>
    private static Municipality[] VasterbottenMunicipalities()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Repository.VasterbottenExample));
        return [.. document.RootElement.GetProperty("municipalities").EnumerateArray().Select(m => new Municipality(
            m.GetProperty("code").GetString()!,
            m.GetProperty("name").GetString()!,
            m.GetProperty("population").GetInt64()))];
    }

    private static long VasterbottenFixedCost()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Repository.VasterbottenExample));
        JsonElement cost = Assert.Single(document.RootElement.GetProperty("fixed_costs").EnumerateArray());
        Assert.Equal("2023-01-01", cost.GetProperty("valid_from").GetString());
        return cost.GetProperty("amount_sek").GetInt64();
    }

    /// <summary>The tool's CSV for <paramref name="total"/> shared among <paramref name="municipalities"/>, computed here.</summary>
    private static string ExpectedCsv(long total, IReadOnlyList<Municipality> municipalities)
    {
        Municipality[] rows = [.. municipalities.OrderBy(m => m.Code, StringComparer.Ordinal)];
        long[] amounts = LargestRemainder(total, rows);
        long[] percents = LargestRemainder(100, rows);
        var csv = new StringBuilder(CsvHeader).Append('\n');
        for (int i = 0; i < rows.Length; i++)
        {
            long first = FirstHalf(amounts[i]);
            csv.Append(CultureInfo.InvariantCulture, $"{rows[i].Code},{rows[i].Name},{rows[i].Population},{percents[i]},{amounts[i]},{first},{amounts[i] - first}\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// Hamilton's method in exact integers: each gets the floor of total × population / sum; the
    /// kronor left over go one each to the largest remainders, ties to the larger population, then the lower code.
    /// </summary>
    private static long[] LargestRemainder(long total, IReadOnlyList<Municipality> rows)
    {
        Int128 sum = 0;
        foreach (Municipality row in rows)
        {
            sum += row.Population;
        }

        var amounts = new long[rows.Count];
        var remainders = new Int128[rows.Count];
        long given = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            Int128 product = (Int128)total * rows[i].Population;
            amounts[i] = (long)(product / sum);
            remainders[i] = product % sum;
            given += amounts[i];
        }

        IEnumerable<int> order = Enumerable.Range(0, rows.Count)
            .OrderByDescending(i => remainders[i])
            .ThenByDescending(i => rows[i].Population)
            .ThenBy(i => rows[i].Code, StringComparer.Ordinal);
        foreach (int i in order.Take((int)(total - given)))
        {
            amounts[i]++;
        }

        return amounts;
    }

    /// <summary>The January–June invoice: half the annual share, taking any odd krona (ALLOC-5).</summary>
    private static long FirstHalf(long annual) => (annual + 1) / 2;

    private static TempRegionFile KustlandFile(string rounding = "") =>
        TempRegionFile.WithText(Kustland.Replace("ROUNDING", rounding, StringComparison.Ordinal), "kustland.json");

    private static string Swedish(long n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

}
