using System.Text;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary><c>yrkesresan allocate --format csv</c>: the statement as machine-readable CSV.</summary>
public sealed class AllocateCsvOutputTests
{
    [Fact]
    [Rule("ALLOC-2")]
    public void Norrbotten_as_csv_is_exactly_the_largest_remainder_statement_over_the_true_population_sum()
    {
        CliResult result = Tool.Run("allocate", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(
            Encoding.UTF8.GetBytes(TestData.NorrbottenExpectedCsv),
            Encoding.UTF8.GetBytes(result.Stdout));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_csv_output_has_LF_line_endings_no_byte_order_mark_and_no_thousands_separators()
    {
        CliResult result = Tool.Run("allocate", "--format", "csv");

        Assert.DoesNotContain('\r', result.Stdout);
        Assert.DoesNotContain('\uFEFF', result.Stdout);
        Assert.DoesNotContain("298 397", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(",298397,", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-3")]
    public void The_plan_s_rows_as_a_region_file_give_the_same_csv_as_the_built_in_Norrbotten()
    {
        using var file = TempRegionFile.WithText(TestData.NorrbottenCsv);

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "950000", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TestData.NorrbottenExpectedCsv, result.Stdout);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Csv_rows_come_in_ascending_code_order_whatever_the_order_of_the_region_file()
    {
        using var file = TempRegionFile.WithText("code,name,population\n2584,Kiruna,22675\n0114,Upplands Väsby,47184\n2505,Arvidsjaur,6157\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "1000", "--format", "csv");

        Assert.Equal(["0114", "2505", "2584"], CsvOutputRow.Parse(result.Stdout).Select(r => r.Code));
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("Upplands Väsby", "Upplands Väsby")]
    [InlineData("\"Kommun, Norra\"", "\"Kommun, Norra\"")]
    [InlineData("\"Kommun \"\"A\"\"\"", "\"Kommun \"\"A\"\"\"")]
    public void Names_are_quoted_in_the_csv_output_only_when_they_need_it(string nameInFile, string nameInOutput)
    {
        using var file = TempRegionFile.WithText($"code,name,population\n2505,{nameInFile},10\n2506,Other,10\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "20", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\n2505,{nameInOutput},10,50,10,5,5\n", result.Stdout, StringComparison.Ordinal);
    }
}
