using System.Globalization;
using System.Text.Json;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>invoice --year YYYY</c> and <c>invoice --from DATE --to DATE</c>: the invoice basis of every occasion whose first
/// course day is in the period, in one table, each line carrying its occasion's id, course and first and last day, in
/// every format; the lines of each occasion are those of <c>invoice --occasion</c>.
/// </summary>
public sealed class InvoicePeriodTests
{
    private static readonly string Example = TestLedgers.NorrbottenExample;

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void Csv_of_a_year_has_every_occasion_s_lines_with_its_id_course_and_dates_then_the_lines_of_invoice_occasion()
    {
        CliResult year = Tool.Run("invoice", "--ledger", Example, "--year", "2023", "--format", "csv");

        Assert.Equal(0, year.ExitCode);
        string[] lines = year.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("occasion,course,first_date,last_date,code,name,component,participant_days,unit_price_sek,amount_sek", lines[0]);
        string[] occasions = ["2023-barnet-1", "2023-samtal-1", "2023-barnet-2", "2023-samtal-2", "2023-fordjupning-1", "2023-fordjupning-2"];
        Assert.Equal(occasions, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct());
        Assert.Contains("2023-fordjupning-2,fordjupning-utredning,2023-12-28,2024-01-03,2582,Boden,venue,2,1000,2000", lines);
        foreach (string id in occasions)
        {
            string[] one = Tool.Run("invoice", "--ledger", Example, "--occasion", id, "--format", "csv").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(one.Skip(1), lines.Where(l => l.StartsWith(id + ",", StringComparison.Ordinal)).Select(l => string.Join(',', l.Split(',').Skip(4))));
        }
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void An_occasion_belongs_to_the_period_of_its_first_day_so_the_next_year_has_none_of_the_example_s()
    {
        CliResult next = Tool.Run("invoice", "--ledger", Example, "--year", "2024", "--format", "csv");
        CliResult part = Tool.Run("invoice", "--ledger", Example, "--from", "2023-10-01", "--to", "2023-12-28", "--format", "csv");

        Assert.Equal("occasion,course,first_date,last_date,code,name,component,participant_days,unit_price_sek,amount_sek\n", next.Stdout);
        Assert.Equal(["2023-fordjupning-1", "2023-fordjupning-2"], part.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Distinct());
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void Json_of_a_period_gives_the_period_the_count_the_total_and_the_lines_with_the_csv_fields()
    {
        CliResult result = Tool.Run("invoice", "--ledger", Example, "--from", "2023-10-01", "--to", "2023-12-31", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal(["from", "to", "occasions", "total_sek", "lines"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2023-10-01", root.GetProperty("from").GetString());
        Assert.Equal(2, root.GetProperty("occasions").GetInt32());
        JsonElement[] lines = [.. root.GetProperty("lines").EnumerateArray()];
        Assert.Equal(["occasion", "course", "first_date", "last_date", "code", "name", "component", "participant_days", "unit_price_sek", "amount_sek"], lines[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(root.GetProperty("total_sek").GetInt64(), lines.Sum(l => l.GetProperty("amount_sek").GetInt64()));
        Assert.Equal("2023-12-28", lines[^1].GetProperty("first_date").GetString());
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void The_table_of_a_period_names_it_and_ends_with_each_municipality_s_amount()
    {
        CliResult result = Tool.Run("invoice", "--ledger", Example, "--from", "2023-10-01", "--to", "2023-12-31");

        string[] lines = result.Stdout.Split('\n');
        Assert.Equal("Norrbotten: invoice basis of 2 occasion(s) from 2023-10-01 to 2023-12-31", lines[0]);
        Assert.Contains(lines, l => l.Contains("| 2023-fordjupning-2 | fordjupning-utredning | 2023-12-28 | 2024-01-03 |", StringComparison.Ordinal));
        Assert.Contains("| Total ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("27 300", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2506 Arjeplog: 4 200 kr", lines);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void The_table_of_a_period_is_in_Swedish_for_a_Swedish_user()
    {
        CliResult result = Tool.Run("invoice", "--ledger", Example, "--year", "2023", "--lang", "sv");

        Assert.StartsWith("Norrbotten: fakturaunderlag för 6 kurstillfälle(n) från 2023-01-01 till 2023-12-31\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| Kurstillfälle ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| Första dag ", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "give --occasion ID, --year YYYY, or --from DATE and --to DATE (one of them).")]
    [InlineData("--occasion 2023-samtal-1 --year 2023", "give --occasion ID, --year YYYY, or --from DATE and --to DATE (one of them).")]
    [InlineData("--year 2023 --from 2023-01-01 --to 2023-02-01", "give --occasion ID, --year YYYY, or --from DATE and --to DATE (one of them).")]
    [InlineData("--from 2023-01-01", "--from and --to go together; give both.")]
    [InlineData("--from 2023-03-01 --to 2023-02-01", "--from 2023-03-01 is after --to 2023-02-01.")]
    [Trait("Contract", "yrkesresan invoice")]
    public void What_to_invoice_is_one_occasion_a_year_or_a_period_and_anything_else_is_a_usage_error(string options, string message)
    {
        CliResult result = Tool.Run(["invoice", "--ledger", Example, .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal($"yrkesresan: {message}\nRun 'yrkesresan invoice --help' for usage.\n", result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void The_total_of_a_year_is_the_sum_of_its_occasions_totals()
    {
        using JsonDocument year = JsonDocument.Parse(Tool.Run("invoice", "--ledger", Example, "--year", "2023", "--format", "json").Stdout);
        long sum = 0;
        foreach (string id in new[] { "2023-barnet-1", "2023-samtal-1", "2023-barnet-2", "2023-samtal-2", "2023-fordjupning-1", "2023-fordjupning-2" })
        {
            using JsonDocument one = JsonDocument.Parse(Tool.Run("invoice", "--ledger", Example, "--occasion", id, "--format", "json").Stdout);
            sum += one.RootElement.GetProperty("total_sek").GetInt64();
        }

        Assert.Equal(sum, year.RootElement.GetProperty("total_sek").GetInt64());
        Assert.Equal(6, year.RootElement.GetProperty("occasions").GetInt32());
        Assert.True(sum > 0, sum.ToString(CultureInfo.InvariantCulture));
    }
}
