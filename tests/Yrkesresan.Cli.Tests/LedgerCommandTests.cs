using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan ledger --template [--region FILE] --output FILE.xlsx</c> and <c>yrkesresan ledger --convert FILE
/// [--region FILE] [--output FILE.xlsx|FILE.json]</c>: one of the two; a workbook only to a file; a converted ledger is
/// checked first, and written as the output's name asks (JSON on standard output without one).
/// </summary>
public sealed class LedgerCommandTests
{
    private const string Hint = "Run 'yrkesresan ledger --help' for usage.";

    [Theory]
    [InlineData("", "give --template or --convert FILE (one of them).")]
    [InlineData("--template --convert LEDGER", "give --template or --convert FILE (one of them).")]
    [InlineData("--template", "--template writes a workbook, which cannot go to standard output; give --output FILE.xlsx.")]
    [InlineData("--convert LEDGER --output ledger.txt", "--output ledger.txt: a converted ledger is a workbook (.xlsx) or JSON (.json); name the file so.")]
    [InlineData("--convert missing.json", "--convert missing.json: no such file.")]
    [Trait("Contract", "yrkesresan ledger")]
    public void A_bad_command_line_is_a_usage_error(string options, string message)
    {
        CliResult result = Tool.Run(["ledger", .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a == "LEDGER" ? TestLedgers.NorrbottenExample : a)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal($"yrkesresan: {message}\n{Hint}\n", result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan ledger")]
    public void Convert_without_output_prints_the_ledger_as_JSON_and_its_notices_on_standard_error()
    {
        CliResult result = Tool.Run("ledger", "--convert", Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.xlsx"));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{\n  \"occasions\": [\n    {\n      \"id\": \"2023-barnet-1\",\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, result.StderrLines.Length);
        Assert.All(result.StderrLines, l => Assert.StartsWith($"notice: {Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.xlsx")}: Occasions!B", l, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "yrkesresan ledger")]
    public void An_invalid_ledger_is_not_converted_and_no_file_is_written()
    {
        using var folder = new TempFolder();
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Vasterbotten);
        string output = folder.PathOf("ledger.xlsx");

        CliResult result = Tool.Run("ledger", "--convert", ledger.Path, "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not one of Norrbotten's municipalities", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(folder.Names());
    }

    [Fact]
    [Trait("Contract", "yrkesresan ledger")]
    public void A_bad_region_file_is_reported_before_the_template_is_written()
    {
        using var folder = new TempFolder();
        using TempRegionFile region = TempRegionFile.WithText("{ \"name\": \"X\" }", "region.json");

        CliResult result = Tool.Run("ledger", "--template", "--region", region.Path, "--output", folder.PathOf("t.xlsx"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{region.Path}:", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(folder.Names());
    }

    [Fact]
    [Trait("Contract", "yrkesresan ledger")]
    public void Help_lists_ledger_and_ledger_help_describes_every_option()
    {
        CliResult root = Tool.Run("--help");
        CliResult ledger = Tool.Run("ledger", "--help");

        Assert.Contains("  ledger ", root.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, ledger.ExitCode);
        foreach (string option in new[] { "--template", "--convert <FILE>", "--region <FILE>", "--output <FILE>" })
        {
            Assert.Contains(option, ledger.Stdout, StringComparison.Ordinal);
        }
    }
}
