using System.Globalization;
using NodaTime;
using Yrkesresan.Cli.Commands;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Results;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Reporting;

namespace Yrkesresan.Cli.Reports;

/// <summary>What <c>yrkesresan report</c> was asked for.</summary>
/// <param name="LedgerPath">The <c>--ledger</c> file.</param>
/// <param name="Year">The <c>--year</c>.</param>
/// <param name="RegionPath">The <c>--region</c> file, or null for Norrbotten.</param>
/// <param name="Format">The <c>--format</c>.</param>
/// <param name="LanguageGiven">Whether <c>--lang</c> was given: without it the report is in Swedish.</param>
/// <param name="Today">The day the report is written.</param>
internal sealed record ReportRequest(string LedgerPath, int Year, string? RegionPath, ReportFormat Format, bool LanguageGiven, LocalDate Today);

/// <summary>
/// What <c>yrkesresan report</c> does (rule <c>REPORT-1</c>): check the ledger against the region as <c>check</c>
/// does, make the library's <see cref="AnnualReport"/> of the year, and write it as HTML or Markdown to the
/// <c>--output</c> file. The report is in Swedish, the steering group's language, unless <c>--lang</c> asks
/// otherwise (decision 0029); the tool's messages follow the tool's language as always.
/// </summary>
internal static class ReportAction
{
    private const string HelpCommand = UsageError.ToolName + " " + ReportCommand.Name;

    /// <summary>The report's language when <c>--lang</c> is not given.</summary>
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Runs the command.</summary>
    /// <param name="request">What was asked for.</param>
    /// <param name="output">Where the report goes: the result buffer of the <c>--output</c> file.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(ReportRequest request, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Usage before data: the report is a file, so without --output nothing is read.
        if (!ResultBuffer.Of(output).GoesToFile)
        {
            return UsageError.Report(error, Texts.Format(ReportTexts.ReportOutputMissing, request.Year), HelpCommand);
        }

        if (!LedgerInput.TryRead(request.RegionPath, request.LedgerPath, error, HelpCommand, out Ledger ledger, out int exitCode))
        {
            return exitCode;
        }

        if (request.Year < ledger.Region.FirstYear)
        {
            return UsageError.Report(error, Texts.Format(CommandTexts.SettleScheduleStartsLater, ledger.Region.Name, ledger.Region.FirstYear, request.Year), HelpCommand);
        }

        // The survey's answers are not read yet (issue 14 adds --answers): the goals section says they are missing.
        FollowUpEvaluation? followUp = null;
        AnnualReport report = AnnualReport.Of(ledger, request.Year, followUp);
        output.Write(Write(report, request));
        return ExitCodes.Success;
    }

    /// <summary>Writes a report in the format and language asked for.</summary>
    /// <param name="report">The library's report.</param>
    /// <param name="request">What was asked for.</param>
    /// <returns>The HTML or Markdown.</returns>
    internal static string Write(AnnualReport report, ReportRequest request)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        if (!request.LanguageGiven)
        {
            CultureInfo.CurrentUICulture = Swedish;
        }

        try
        {
            ReportContent content = ReportContent.Of(report, Path.GetFileName(request.LedgerPath), request.Today);
            return request.Format == ReportFormat.Markdown ? MarkdownReport.Write(content) : HtmlReport.Write(content);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
