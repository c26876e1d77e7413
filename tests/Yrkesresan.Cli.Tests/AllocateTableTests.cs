using System.Text.RegularExpressions;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary><c>yrkesresan allocate</c> with no options: Norrbotten's fixed cost as a readable table.</summary>
public sealed class AllocateTableTests
{
    private const string NorrbottenTable2024 =
        """
        Norrbotten 2024: fixed cost 950 000 kr shared among 14 municipalities by population

        +-----------------------------------------------------------------------------------------+
        | Code  | Municipality | Population | Share % | Amount (kr) | Jan–Jun (kr) | Jul–Dec (kr) |
        |-------+--------------+------------+---------+-------------+--------------+--------------|
        | 2505  | Arvidsjaur   |      6 157 |       3 |      23 450 |       11 725 |       11 725 |
        | 2506  | Arjeplog     |      2 697 |       1 |      10 272 |        5 136 |        5 136 |
        | 2510  | Jokkmokk     |      4 806 |       2 |      18 305 |        9 153 |        9 152 |
        | 2513  | Överkalix    |      3 253 |       1 |      12 390 |        6 195 |        6 195 |
        | 2514  | Kalix        |     15 793 |       6 |      60 151 |       30 076 |       30 075 |
        | 2518  | Övertorneå   |      4 218 |       2 |      16 065 |        8 033 |        8 032 |
        | 2521  | Pajala       |      5 986 |       2 |      22 799 |       11 400 |       11 399 |
        | 2523  | Gällivare    |     17 502 |       7 |      66 660 |       33 330 |       33 330 |
        | 2560  | Älvsbyn      |      8 037 |       3 |      30 611 |       15 306 |       15 305 |
        | 2580  | Luleå        |     78 346 |      32 |     298 397 |      149 199 |      149 198 |
        | 2581  | Piteå        |     42 294 |      17 |     161 086 |       80 543 |       80 543 |
        | 2582  | Boden        |     28 116 |      11 |     107 086 |       53 543 |       53 543 |
        | 2583  | Haparanda    |      9 548 |       4 |      36 366 |       18 183 |       18 183 |
        | 2584  | Kiruna       |     22 675 |       9 |      86 362 |       43 181 |       43 181 |
        |-------+--------------+------------+---------+-------------+--------------+--------------|
        | Total |              |    249 428 |     100 |     950 000 |      475 003 |      474 997 |
        +-----------------------------------------------------------------------------------------+

        Rounded to whole kronor by largest remainder (Hamilton), so the amounts add up to the total exactly; the Jan–Jun invoice takes any odd krona.

        """;

    [Fact]
    [Rule("ALLOC-1")]
    public void Allocate_with_no_options_shares_950_000_kr_among_Norrbotten_s_14_municipalities()
    {
        CliResult result = Tool.Run("allocate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.StartsWith("Norrbotten 2024: fixed cost 950 000 kr shared among 14 municipalities by population", result.Stdout, StringComparison.Ordinal);
        foreach (string name in new[] { "Arvidsjaur", "Arjeplog", "Jokkmokk", "Överkalix", "Kalix", "Övertorneå", "Pajala", "Gällivare", "Älvsbyn", "Luleå", "Piteå", "Boden", "Haparanda", "Kiruna" })
        {
            Assert.Contains(name, result.Stdout, StringComparison.Ordinal);
        }

        Assert.Matches(@"\| Total \|\s+\|\s+249 428 \|\s+100 \|\s+950 000 \|\s+475 003 \|\s+474 997 \|", result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_default_table_is_exactly_the_pinned_Norrbotten_statement_for_the_year()
    {
        CliResult result = Tool.Run("allocate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(NorrbottenTable2024.ReplaceLineEndings("\n"), result.Stdout.ReplaceLineEndings("\n"));
    }

    [Theory]
    [Rule("ALLOC-2")]
    [InlineData("2505", "Arvidsjaur", "6 157", "3", "23 450", "11 725", "11 725")]
    [InlineData("2506", "Arjeplog", "2 697", "1", "10 272", "5 136", "5 136")]
    [InlineData("2510", "Jokkmokk", "4 806", "2", "18 305", "9 153", "9 152")]
    [InlineData("2513", "Överkalix", "3 253", "1", "12 390", "6 195", "6 195")]
    [InlineData("2514", "Kalix", "15 793", "6", "60 151", "30 076", "30 075")]
    [InlineData("2518", "Övertorneå", "4 218", "2", "16 065", "8 033", "8 032")]
    [InlineData("2521", "Pajala", "5 986", "2", "22 799", "11 400", "11 399")]
    [InlineData("2523", "Gällivare", "17 502", "7", "66 660", "33 330", "33 330")]
    [InlineData("2560", "Älvsbyn", "8 037", "3", "30 611", "15 306", "15 305")]
    [InlineData("2580", "Luleå", "78 346", "32", "298 397", "149 199", "149 198")]
    [InlineData("2581", "Piteå", "42 294", "17", "161 086", "80 543", "80 543")]
    [InlineData("2582", "Boden", "28 116", "11", "107 086", "53 543", "53 543")]
    [InlineData("2583", "Haparanda", "9 548", "4", "36 366", "18 183", "18 183")]
    [InlineData("2584", "Kiruna", "22 675", "9", "86 362", "43 181", "43 181")]
    public void Each_municipality_s_row_shows_its_largest_remainder_share_and_half_year_invoices_in_Swedish_number_format(
        string code, string name, string population, string percent, string amount, string firstHalf, string secondHalf)
    {
        CliResult result = Tool.Run("allocate");

        string row = $@"\| {code}\s+\| {Regex.Escape(name)}\s+\|\s+{population} \|\s+{percent} \|\s+{amount} \|\s+{firstHalf} \|\s+{secondHalf} \|";
        Assert.Matches(row, result.Stdout);
    }

    [Fact]
    [Rule("MONEY-1")]
    public void Table_numbers_group_thousands_with_a_plain_space_never_a_no_break_space_or_a_decimal()
    {
        CliResult result = Tool.Run("allocate");

        Assert.Contains("298 397", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', result.Stdout);
        Assert.DoesNotContain('\u202F', result.Stdout);
        Assert.DoesNotMatch(@"\d[.,]\d", result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_table_has_English_column_headings_and_a_total_row()
    {
        CliResult result = Tool.Run("allocate");

        Assert.Matches(@"\| Code\s+\| Municipality \| Population \| Share % \| Amount \(kr\) \| Jan–Jun \(kr\) \| Jul–Dec \(kr\) \|", result.Stdout);
        Assert.Matches(@"\| Total \|", result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void The_total_row_shows_the_half_years_adding_up_to_the_annual_total()
    {
        CliResult result = Tool.Run("allocate", "--total", "1001");

        Assert.Equal(0, result.ExitCode);
        Match total = Regex.Match(result.Stdout, @"\| Total \|\s+\|\s+249 428 \|\s+100 \|\s+(?<annual>[\d ]+) \|\s+(?<first>[\d ]+) \|\s+(?<second>[\d ]+) \|");
        Assert.True(total.Success, result.Stdout);
        Assert.Equal("1 001", total.Groups["annual"].Value);
        Assert.Equal(
            1001,
            long.Parse(total.Groups["first"].Value.Replace(" ", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
            + long.Parse(total.Groups["second"].Value.Replace(" ", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Total_with_the_built_in_region_replaces_its_fixed_cost_and_the_heading_says_so()
    {
        CliResult result = Tool.Run("allocate", "--total", "1000000");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Norrbotten 2024: 1 000 000 kr (--total) shared among 14 municipalities by population", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\| Total \|\s+\|\s+249 428 \|\s+100 \|\s+1 000 000 \|", result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Explain_prints_after_the_table_why_each_municipality_got_each_krona()
    {
        CliResult result = Tool.Run("allocate", "--explain");

        Assert.Equal(0, result.ExitCode);
        int table = result.Stdout.IndexOf("| Total |", StringComparison.Ordinal);
        int explanation = result.Stdout.IndexOf("largest remainder (Hamilton): 950 000 shared among 14 parties", StringComparison.Ordinal);
        Assert.InRange(table, 0, int.MaxValue);
        Assert.True(explanation > table, "the explanation comes after the table");
        Assert.Contains("2580: weight 78 346, exact quota 298397 + 133084/249428", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("amount 298 397", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_name_with_markup_brackets_is_printed_as_it_is_in_the_table()
    {
        using var file = TempRegionFile.WithText("code,name,population\n2505,[red]Kommun[/],10\n2506,B,10\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| [red]Kommun[/] ", result.Stdout, StringComparison.Ordinal);
    }
}
