using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary><c>--year</c>: which year of the built-in Norrbotten schedule to allocate.</summary>
public sealed class YearTests
{
    [Theory]
    [Rule("ALLOC-1")]
    [InlineData(2021)]
    [InlineData(2024)]
    [InlineData(2031)]
    public void Without_year_the_statement_is_for_the_current_calendar_year(int today)
    {
        CliResult result = Tool.RunIn(today, "allocate");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Norrbotten {today}: fixed cost 950 000 kr", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("2021")]
    [InlineData("2023")]
    [InlineData("2040")]
    public void Year_picks_the_year_of_the_schedule_whatever_the_clock_says(string year)
    {
        CliResult result = Tool.RunIn(2030, "allocate", "--year", year);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Norrbotten {year}: fixed cost 950 000 kr shared among 14 municipalities", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-4")]
    public void Every_one_of_Norrbotten_s_14_municipalities_takes_part_in_every_year_of_the_plan()
    {
        foreach (string year in new[] { "2021", "2022", "2023" })
        {
            CliResult result = Tool.Run("allocate", "--year", year, "--format", "csv");

            Assert.Equal(TestData.NorrbottenExpectedCsv, result.Stdout);
        }
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("2020")]
    [InlineData("1999")]
    [InlineData("0000")]
    public void A_year_before_Norrbotten_s_schedule_starts_in_2021_is_a_usage_error(string year)
    {
        CliResult result = Tool.Run("allocate", "--year", year);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"yrkesresan: Norrbotten's schedule starts in 2021, so it has no fixed cost for {int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)} (--year); give --year 2021 or later.",
            result.StderrLines[0]);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_year_before_2021_is_refused_even_with_a_total_of_one_s_own()
    {
        CliResult result = Tool.Run("allocate", "--year", "2020", "--total", "1000");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_clock_before_2021_without_year_is_a_usage_error_that_asks_for_year()
    {
        CliResult result = Tool.RunIn(2020, "allocate");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            "yrkesresan: Norrbotten's schedule starts in 2021, so it has no fixed cost for 2020 (this year); give --year 2021 or later.",
            result.StderrLines[0]);
    }
}
