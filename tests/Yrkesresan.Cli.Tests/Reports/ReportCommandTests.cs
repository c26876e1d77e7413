using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain.Reporting;

namespace Yrkesresan.Cli.Tests.Reports;

/// <summary>
/// REPORT-1, the tool: <c>yrkesresan report --year YYYY --ledger FILE [--answers FILE] [--region FILE] --output FILE [--format html|md]</c>
/// writes the annual report to the <c>--output</c> file, in Swedish unless <c>--lang en</c> is given, after checking
/// the ledger as <c>check</c> does. Without <c>--output</c>, with a bad format or a year before the region's, it is a
/// usage error; with a bad ledger, bad data; and in neither case is a file written. The survey's answers:
/// <see cref="ReportAnswersTests"/>.
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    [Rule("REPORT-1")]
    public void The_example_year_s_report_is_written_to_the_output_file_in_Swedish_whatever_the_user_s_language()
    {
        string file = folder.PathOf("rapport.html");
        CliResult result = Tool.Run("report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--output", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.EndsWith($"wrote {file}\n", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("notice:", result.Stderr, StringComparison.Ordinal);
        string html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Årsrapport 2023: Norrbotten</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Enkätsvar saknas", html, StringComparison.Ordinal);
        Assert.Contains("skriven 2024-06-15", html, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void With_lang_en_the_report_and_the_messages_are_in_English_and_with_lang_sv_both_in_Swedish()
    {
        string english = folder.PathOf("report.html");
        string swedish = folder.PathOf("rapport.html");
        CliResult en = Tool.RunInCulture("sv-SE", "report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--output", english, "--lang", "en");
        CliResult sv = Tool.Run("report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--output", swedish, "--lang", "sv");

        Assert.Equal((0, 0), (en.ExitCode, sv.ExitCode));
        string html = File.ReadAllText(english);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Annual report 2023: Norrbotten</h1>", html, StringComparison.Ordinal);
        Assert.Contains("The survey&#39;s answers are missing", html, StringComparison.Ordinal);
        Assert.Contains("950 000 kr", html, StringComparison.Ordinal);
        Assert.EndsWith($"wrote {english}\n", en.Stderr, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"sv\">", File.ReadAllText(swedish), StringComparison.Ordinal);
        Assert.EndsWith($"skrev {swedish}\n", sv.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void Format_md_writes_the_same_report_as_Markdown_tables()
    {
        string file = folder.PathOf("rapport.md");
        CliResult result = Tool.Run("report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--output", file, "--format", "md");

        Assert.Equal(0, result.ExitCode);
        string md = File.ReadAllText(file);
        Assert.StartsWith("# Årsrapport 2023: Norrbotten\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<", md, StringComparison.Ordinal);
        foreach (string line in new[]
        {
            "## Verksamhet", "| Kurstillfällen | **6** |", "| Deltagardagar | **58** |", "| *steg Ny* | **37** |",
            "## Ekonomi", "| Fast kostnad | **950 000 kr** |", "| *faktura jan–jun* | **475 003 kr** |", "| Summa fakturerat | **1 013 950 kr** |",
            "## Effektmål", "**Enkätsvar saknas, så effektmålen redovisas inte den här gången.**",
            "## Tillgänglighet", "14 av 14 kommuner deltar 2023.",
            "## Bilaga: kommunerna 2023",
            "| Kod | Kommun | Deltagardagar | Rörliga avgifter | Utbildardagar | Andel av pott | Fast kostnad | Netto |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
            "| 2580 | Luleå | 9 | 13 950 kr | 4 | 7 840 kr | 298 397 kr | 304 507 kr |",
            "| **Summa** |  | **58** | **63 950 kr** | **10** | **19 600 kr** | **950 000 kr** | **994 350 kr** |",
        })
        {
            Assert.Contains(line + "\n", md, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Rule("REPORT-1")]
    public void A_region_file_gives_the_report_its_own_region()
    {
        string file = folder.PathOf("rapport.html");
        CliResult result = Tool.Run("report", "--year", "2024", "--ledger", Repository.PathOf("docs", "examples", "vasterbotten-2024-ledger.json"), "--region", Repository.VasterbottenExample, "--output", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<h1>Årsrapport 2024: Västerbotten</h1>", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void A_year_without_course_days_is_reported_with_zeros_and_says_so()
    {
        string file = folder.PathOf("rapport.html");
        CliResult result = Tool.Run("report", "--year", "2022", "--ledger", TestLedgers.NorrbottenExample, "--output", file);

        Assert.Equal(0, result.ExitCode);
        string html = File.ReadAllText(file);
        Assert.Contains("(inga kursdagar 2022)", html, StringComparison.Ordinal);
        Assert.Contains("Inga deltagardagar 2022.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void Without_output_the_report_is_a_usage_error_before_any_file_is_read()
    {
        CliResult result = Tool.Run("report", "--year", "2023", "--ledger", folder.PathOf("no-such-ledger.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            "yrkesresan: the report is a file: give --output FILE, e.g. --output report-2023.html.\nRun 'yrkesresan report --help' for usage.\n",
            result.Stderr);
        Assert.Contains(
            "rapporten är en fil: ange --output FIL, t.ex. --output rapport-2023.html.",
            Tool.Run("report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--lang", "sv").Stderr,
            StringComparison.Ordinal);
    }

    [Theory]
    [Rule("REPORT-1")]
    [InlineData("--format", "pdf", "--format must be html or md; 'pdf' is not one of them.")]
    [InlineData("--year", "2020", "Norrbotten's schedule starts in 2021, so it has no fixed cost for 2020; give --year 2021 or later.")]
    [InlineData("--year", "23", "--year must be a calendar year of four digits, e.g. 2025; '23' is not one.")]
    public void A_bad_format_or_year_is_a_usage_error_and_no_file_is_written(string option, string value, string message)
    {
        string file = folder.PathOf("rapport.html");
        string[] args = ["report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--output", file];
        int at = Array.IndexOf(args, option);
        CliResult result = Tool.Run(at >= 0 ? [.. args[..(at + 1)], value, .. args[(at + 2)..]] : [.. args, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"yrkesresan: {message}\n", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void An_invalid_ledger_is_bad_data_every_problem_listed_and_no_file_is_written()
    {
        using TempRegionFile ledger = TempRegionFile.WithText(TestLedgers.Vasterbotten, "ledger.json");
        string file = folder.PathOf("rapport.html");
        CliResult result = Tool.Run("report", "--year", "2023", "--ledger", ledger.Path, "--output", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not one of Norrbotten's municipalities", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void Help_lists_report_and_report_help_describes_every_option()
    {
        CliResult root = Tool.Run("--help");
        CliResult report = Tool.Run("report", "--help");

        Assert.Contains("  report ", root.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, report.ExitCode);
        foreach (string option in new[] { "--ledger <FILE> (REQUIRED)", "--year <YYYY> (REQUIRED)", "--region <FILE>", "--format <html|md>", "--output <FILE>", "--lang <sv|en>" })
        {
            Assert.Contains(option, report.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("rapport", Tool.Run("report", "--help", "--lang", "sv").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_tool_writes_the_library_s_report_of_the_year()
    {
        string file = folder.PathOf("rapport.md");
        Assert.Equal(0, Tool.Run("report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--output", file, "--format", "md").ExitCode);

        AnnualReport report = AnnualReport.Of(ReportData.ExampleLedger(), 2023);
        string expected = ReportData.Write(report, Cli.Reports.ReportFormat.Markdown)
            .Replace("ledger.json", "norrbotten-2023-ledger.json", StringComparison.Ordinal)
            .Replace("skriven 2024-01-15", "skriven 2024-06-15", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(file));
    }
}
