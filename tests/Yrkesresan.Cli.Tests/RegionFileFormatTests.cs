using System.Text;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>The region files <c>--region</c> accepts: the shapes spreadsheets and SCB write.</summary>
public sealed class RegionFileFormatTests
{
    private const string ExpectedTwoMunicipalities =
        "code,name,population,share_percent,amount_sek,first_half_sek,second_half_sek\n"
        + "0114,Upplands Väsby,47184,58,58,29,29\n"
        + "0115,Vallentuna,34119,42,42,21,21\n";

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("code,name,population\n0114,Upplands Väsby,47184\n0115,Vallentuna,34119\n")]
    [InlineData("code;name;population\n0114;Upplands Väsby;47184\n0115;Vallentuna;34119\n")]
    [InlineData("code,name,population\r\n0114,Upplands Väsby,47184\r\n0115,Vallentuna,34119\r\n")]
    [InlineData(" Code , NAME ,Population\n0114,Upplands Väsby,47184\n0115,Vallentuna,34119")]
    [InlineData("population,code,name\n47184,0114,Upplands Väsby\n34119,0115,Vallentuna\n")]
    [InlineData("code,name,population\n\n0114,Upplands Väsby,47184\n\n0115,Vallentuna,34119\n\n")]
    [InlineData("code;name;population\n0114;\"Upplands Väsby\";\"47 184\"\n0115;\"Vallentuna\";\"34 119\"\n")]
    public void A_region_file_is_read_whatever_its_separator_line_endings_column_order_or_header_case(string text)
    {
        using var file = TempRegionFile.WithText(text);

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100", "--format", "csv");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ExpectedTwoMunicipalities, result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_region_file_with_a_UTF_8_byte_order_mark_is_read_as_without_one()
    {
        byte[] text = Encoding.UTF8.GetBytes("code,name,population\n0114,Upplands Väsby,47184\n0115,Vallentuna,34119\n");
        using var file = TempRegionFile.WithBytes([0xEF, 0xBB, 0xBF, .. text]);

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ExpectedTwoMunicipalities, result.Stdout);
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("\"Upplands Väsby\"", "Upplands Väsby")]
    [InlineData("\"Upplands Väsby, norra\"", "\"Upplands Väsby, norra\"")]
    [InlineData("\"  Upplands Väsby  \"", "Upplands Väsby")]
    public void A_quoted_name_is_read_without_its_quotes_and_may_hold_the_separator(string nameInFile, string nameInOutput)
    {
        using var file = TempRegionFile.WithText($"code,name,population\n0114,{nameInFile},47184\n0115,Vallentuna,34119\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\n0114,{nameInOutput},47184,", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("2697")]
    [InlineData("2 697")]
    [InlineData("2\u00A0697")]
    [InlineData("2\u202F697")]
    [InlineData("\"2 697\"")]
    [InlineData(" 2 697 ")]
    public void A_population_may_group_its_thousands_by_a_space_a_no_break_space_or_a_narrow_no_break_space(string population)
    {
        using var file = TempRegionFile.WithText($"code;name;population\n2506;Arjeplog;{population}\n2505;Arvidsjaur;6 157\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "8854", "--format", "csv");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("\n2506,Arjeplog,2697,30,2697,1349,1348\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Extra_columns_such_as_county_are_ignored()
    {
        using var file = TempRegionFile.WithText("code,name,county,population,note\n0114,Upplands Väsby,Stockholms län,47184,x\n0115,Vallentuna,Stockholms län,34119,\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ExpectedTwoMunicipalities, result.Stdout);
    }

    [Theory]
    [Rule("ALLOC-2")]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(289)]
    [InlineData(950_000)]
    [InlineData(10_379_295)]
    [InlineData(123_456_789_012)]
    public void The_SCB_national_file_works_as_a_region_and_its_290_amounts_add_up_to_the_total_exactly(long total)
    {
        CliResult result = Tool.Run("allocate", "--region", TestData.ScbNational, "--total", total.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "csv");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(0, result.ExitCode);
        IReadOnlyList<CsvOutputRow> rows = CsvOutputRow.Parse(result.Stdout);
        Assert.Equal(290, rows.Count);
        Assert.Equal(total, rows.Sum(r => r.Amount));
        Assert.Equal(10_379_295, rows.Sum(r => r.Population));
        Assert.All(rows, r => Assert.Equal(r.Amount, r.FirstHalf + r.SecondHalf));
        Assert.Equal(100, rows.Sum(r => r.SharePercent));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_SCB_national_file_as_a_table_names_the_file_and_counts_290_municipalities()
    {
        CliResult result = Tool.Run("allocate", "--region", TestData.ScbNational, "--total", "950000");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"{TestData.ScbNational}: 950 000 kr (--total) shared among 290 municipalities by population", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 0114  | Upplands Väsby ", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\| Total \|\s+\|\s+10 379 295 \|\s+100 \|\s+950 000 \|", result.Stdout);
    }
}
