using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Reporting;

namespace Yrkesresan.Cli.Tests.Reports;

/// <summary>
/// A report written once for a test class, and printed once by Chromium when it is installed (one browser run per
/// report, shared by the class's assertions). Without Chromium or Poppler a test fails in CI (<c>CI=true</c>) and is
/// skipped elsewhere, with the reason.
/// </summary>
public abstract class ReportPrint : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly Lazy<PrintedPdf> pdf;

    /// <summary>Writes the report's HTML file.</summary>
    /// <param name="name">The HTML file's name.</param>
    /// <param name="report">The library's report the HTML is of.</param>
    /// <param name="html">Writes the HTML file at the path given.</param>
    private protected ReportPrint(string name, AnnualReport report, Action<string> html)
    {
        Report = report;
        HtmlFile = folder.PathOf(name);
        html(HtmlFile);
        Html = File.ReadAllText(HtmlFile);
        pdf = new Lazy<PrintedPdf>(() => PrintedPdf.Print(HtmlFile));
    }

    /// <summary>The library's report: the figures the printed page must show.</summary>
    public AnnualReport Report { get; }

    /// <summary>The HTML file.</summary>
    public string HtmlFile { get; }

    /// <summary>The HTML.</summary>
    public string Html { get; }

    /// <summary>The report printed to PDF; fails in CI and skips elsewhere when the browser is missing.</summary>
    public PrintedPdf Pdf
    {
        get
        {
            if (PrintedPdf.Unavailable is { } reason)
            {
                Assert.False(PrintedPdf.InCi, $"CI must print the report in a real browser, but {reason}; .ci/run installs it.");
                Skip.If(true, $"Skipped: {reason}. CI installs it (.ci/run) and fails without it.");
            }

            PrintedPdf printed = pdf.Value;
            Keep(printed.Path);
            return printed;
        }
    }

    /// <summary>
    /// Copies a file of the report to the folder <c>YRKESRESAN_REPORT_OUTPUT</c> names, when set, to look at the
    /// printed pages (<c>pdftoppm -png -r 80</c>) as a steering-group member would.
    /// </summary>
    private void Keep(string file)
    {
        if (Environment.GetEnvironmentVariable("YRKESRESAN_REPORT_OUTPUT") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(HtmlFile, System.IO.Path.Combine(keep, System.IO.Path.GetFileName(HtmlFile)), overwrite: true);
            File.Copy(file, System.IO.Path.Combine(keep, System.IO.Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The example year's report, written by the tool: <c>report --year 2023 --ledger docs/examples/norrbotten-2023-ledger.json</c>.</summary>
public sealed class ExampleReportPrint() : ReportPrint(
    "report-2023.html",
    AnnualReport.Of(ReportData.ExampleLedger(), 2023),
    file => Assert.Equal(0, Tool.Run("report", "--year", "2023", "--ledger", ReportData.ExampleLedgerPath, "--output", file).ExitCode));

/// <summary>
/// The example year's report with the survey's answers, written by the tool:
/// <c>report --year 2023 --ledger docs/examples/norrbotten-2023-ledger.json --answers docs/examples/norrbotten-2023-answers.csv</c>.
/// </summary>
public sealed class ExampleWithAnswersReportPrint : ReportPrint
{
    private static readonly Lazy<AnnualReport> WithAnswers = new(() =>
    {
        Ledger ledger = ReportData.ExampleLedger();
        return AnnualReport.Of(ledger, 2023, ReportData.ExampleFollowUp(ledger));
    });

    public ExampleWithAnswersReportPrint()
        : base(
            "report-2023-answers.html",
            WithAnswers.Value,
            file => Assert.Equal(0, Tool.Run("report", "--year", "2023", "--ledger", ReportData.ExampleLedgerPath, "--answers", ReportData.ExampleAnswersPath, "--output", file).ExitCode))
    {
    }
}

/// <summary>
/// Västra Götaland's busy 2023 (49 municipalities, 160 occasions) with the survey's answers evaluated for Norrbotten's
/// seven goals: the longest first page the report has, written by the report's writer.
/// </summary>
public sealed class VastraGotalandReportPrint : ReportPrint
{
    private static readonly Lazy<AnnualReport> Busy = new(() =>
    {
        Region region = ReportData.VastraGotaland();
        Ledger ledger = ReportData.BusyYear(region);
        return AnnualReport.Of(ledger, 2023, FollowUpEvaluation.Of(region, ReportData.NorrbottenPlan(), 2023, ReportData.BusyAnswers(region), ledger));
    });

    public VastraGotalandReportPrint()
        : base("report-vg-2023.html", Busy.Value, file => File.WriteAllText(file, ReportData.Write(Busy.Value)))
    {
    }
}
