using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan holidays --year YYYY [--format table|csv|json]</c> (rule <c>COURSE-7</c>): a year's public
/// holidays and the three eves that are not working days either, by date, with Swedish names, one line
/// per named day. The expected outputs agree with the published Swedish calendars of those years.
/// </summary>
public sealed class HolidaysCommandTests
{
    private const string Hint = "Run 'yrkesresan holidays --help' for usage.";

    private const string Csv2008 =
        "date,name\n"
        + "2008-01-01,Nyårsdagen\n"
        + "2008-01-06,Trettondedag jul\n"
        + "2008-03-21,Långfredagen\n"
        + "2008-03-23,Påskdagen\n"
        + "2008-03-24,Annandag påsk\n"
        + "2008-05-01,Första maj\n"
        + "2008-05-01,Kristi himmelsfärdsdag\n"
        + "2008-05-11,Pingstdagen\n"
        + "2008-06-06,Sveriges nationaldag\n"
        + "2008-06-20,Midsommarafton\n"
        + "2008-06-21,Midsommardagen\n"
        + "2008-11-01,Alla helgons dag\n"
        + "2008-12-24,Julafton\n"
        + "2008-12-25,Juldagen\n"
        + "2008-12-26,Annandag jul\n"
        + "2008-12-31,Nyårsafton\n";

    private const string Table2023 =
        """
        Sweden 2023: 13 public holidays and 3 eves on 16 dates; none is a working day

        +-----------------------------------------------------------------+
        | Date       | Weekday  | Name                   | Kind           |
        |------------+----------+------------------------+----------------|
        | 2023-01-01 | Sunday   | Nyårsdagen             | public holiday |
        | 2023-01-06 | Friday   | Trettondedag jul       | public holiday |
        | 2023-04-07 | Friday   | Långfredagen           | public holiday |
        | 2023-04-09 | Sunday   | Påskdagen              | public holiday |
        | 2023-04-10 | Monday   | Annandag påsk          | public holiday |
        | 2023-05-01 | Monday   | Första maj             | public holiday |
        | 2023-05-18 | Thursday | Kristi himmelsfärdsdag | public holiday |
        | 2023-05-28 | Sunday   | Pingstdagen            | public holiday |
        | 2023-06-06 | Tuesday  | Sveriges nationaldag   | public holiday |
        | 2023-06-23 | Friday   | Midsommarafton         | eve            |
        | 2023-06-24 | Saturday | Midsommardagen         | public holiday |
        | 2023-11-04 | Saturday | Alla helgons dag       | public holiday |
        | 2023-12-24 | Sunday   | Julafton               | eve            |
        | 2023-12-25 | Monday   | Juldagen               | public holiday |
        | 2023-12-26 | Tuesday  | Annandag jul           | public holiday |
        | 2023-12-31 | Sunday   | Nyårsafton             | eve            |
        +-----------------------------------------------------------------+
        """;

    private const string Json2049 =
        """
        [
          {
            "date": "2049-01-01",
            "name": "Nyårsdagen",
            "kind": "holiday"
          },
          {
            "date": "2049-01-06",
            "name": "Trettondedag jul",
            "kind": "holiday"
          },
          {
            "date": "2049-04-16",
            "name": "Långfredagen",
            "kind": "holiday"
          },
          {
            "date": "2049-04-18",
            "name": "Påskdagen",
            "kind": "holiday"
          },
          {
            "date": "2049-04-19",
            "name": "Annandag påsk",
            "kind": "holiday"
          },
          {
            "date": "2049-05-01",
            "name": "Första maj",
            "kind": "holiday"
          },
          {
            "date": "2049-05-27",
            "name": "Kristi himmelsfärdsdag",
            "kind": "holiday"
          },
          {
            "date": "2049-06-06",
            "name": "Pingstdagen",
            "kind": "holiday"
          },
          {
            "date": "2049-06-06",
            "name": "Sveriges nationaldag",
            "kind": "holiday"
          },
          {
            "date": "2049-06-25",
            "name": "Midsommarafton",
            "kind": "eve"
          },
          {
            "date": "2049-06-26",
            "name": "Midsommardagen",
            "kind": "holiday"
          },
          {
            "date": "2049-11-06",
            "name": "Alla helgons dag",
            "kind": "holiday"
          },
          {
            "date": "2049-12-24",
            "name": "Julafton",
            "kind": "eve"
          },
          {
            "date": "2049-12-25",
            "name": "Juldagen",
            "kind": "holiday"
          },
          {
            "date": "2049-12-26",
            "name": "Annandag jul",
            "kind": "holiday"
          },
          {
            "date": "2049-12-31",
            "name": "Nyårsafton",
            "kind": "eve"
          }
        ]
        """;

    [Fact]
    [Trait("Contract", "yrkesresan holidays")]
    public void Csv_of_2008_lists_its_16_named_days_by_date_with_Ascension_Day_and_1_May_on_one_date_each_on_its_own_line()
    {
        AssertSuccess(Csv2008, Tool.Run("holidays", "--year", "2008", "--format", "csv"));
    }

    [Fact]
    [Trait("Contract", "yrkesresan holidays")]
    public void Csv_of_2004_has_Whit_Monday_and_no_National_Day()
    {
        CliResult result = Tool.Run("holidays", "--year", "2004", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\n2004-05-31,Annandag pingst\n", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("nationaldag", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(17, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    [Trait("Contract", "yrkesresan holidays")]
    public void The_table_is_the_default_and_shows_the_weekday_and_the_kind_of_each_named_day()
    {
        AssertSuccess(Table2023 + "\n", Tool.Run("holidays", "--year", "2023"));
        AssertSuccess(Table2023 + "\n", Tool.Run("holidays", "--year", "2023", "--format", "table"));
    }

    [Fact]
    [Trait("Contract", "yrkesresan holidays")]
    public void Json_of_2049_is_an_array_of_date_name_and_kind_with_Whit_Sunday_and_National_Day_on_one_date()
    {
        AssertSuccess(Json2049 + "\n", Tool.Run("holidays", "--year", "2049", "--format", "json"));
    }

    [Theory]
    [Trait("Contract", "yrkesresan holidays")]
    [InlineData("CSV")]
    [InlineData("Csv")]
    public void The_format_is_read_whatever_its_case(string format)
    {
        AssertSuccess(Csv2008, Tool.Run("holidays", "--format", format, "--year", "2008"));
    }

    [Fact]
    [Trait("Contract", "yrkesresan holidays")]
    public void Every_year_from_1953_to_2199_prints_a_header_and_16_named_days_in_order_of_date()
    {
        for (int year = 1953; year <= 2199; year++)
        {
            CliResult result = Tool.Run("holidays", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "csv");

            Assert.Equal(0, result.ExitCode);
            string[] lines = result.Stdout.Split('\n');
            Assert.Equal(18, lines.Length);
            Assert.Equal("date,name", lines[0]);
            Assert.Equal(string.Empty, lines[^1]);
            string[] dates = [.. lines[1..^1].Select(l => l[..10])];
            Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
            Assert.All(dates, d => Assert.StartsWith($"{year}-", d, StringComparison.Ordinal));
        }
    }

    [Theory]
    [Trait("Contract", "yrkesresan holidays")]
    [InlineData("1952", 1952)]
    [InlineData("2200", 2200)]
    [InlineData("0999", 999)]
    [InlineData("9999", 9999)]
    public void A_year_outside_1953_to_2199_is_a_usage_error_that_says_which_years_the_calendar_is_exact_for(string year, int shown)
    {
        CliResult result = Tool.Run("holidays", "--year", year);

        AssertUsageError($"yrkesresan: the Swedish calendar is exact from 1953 to 2199; --year {shown} is outside it.", result);
    }

    [Theory]
    [Trait("Contract", "yrkesresan holidays")]
    [InlineData(new string[0], "Option '--year' is required.")]
    [InlineData(new[] { "--format", "csv" }, "Option '--year' is required.")]
    [InlineData(new[] { "--year", "20x8" }, "--year must be a calendar year of four digits, e.g. 2025; '20x8' is not one.")]
    [InlineData(new[] { "--year", "208" }, "--year must be a calendar year of four digits, e.g. 2025; '208' is not one.")]
    [InlineData(new[] { "--year", "-2008" }, "--year must be a calendar year of four digits, e.g. 2025; '-2008' is not one.")]
    [InlineData(new[] { "--year", "2008", "--format", "xml" }, "--format must be table, csv or json; 'xml' is not one of them.")]
    [InlineData(new[] { "--year", "2008", "--region", "x.json" }, "Unrecognized command or argument '--region'. Unrecognized command or argument 'x.json'.")]
    public void A_bad_command_line_is_a_usage_error(string[] args, string message)
    {
        CliResult result = Tool.Run(["holidays", .. args]);

        AssertUsageError($"yrkesresan: {message}", result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan holidays")]
    public void Help_lists_holidays_and_holidays_help_describes_every_option()
    {
        CliResult root = Tool.Run("--help");
        CliResult holidays = Tool.Run("holidays", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.Contains("  holidays ", root.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, holidays.ExitCode);
        foreach (string option in new[] { "--year <YYYY> (REQUIRED)", "--format <table|csv|json>" })
        {
            Assert.Contains(option, holidays.Stdout, StringComparison.Ordinal);
        }
    }

    private static void AssertSuccess(string expected, CliResult result)
    {
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Stdout);
    }

    private static void AssertUsageError(string message, CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(message + "\n" + Hint + "\n", result.Stderr);
    }
}
