using System.Globalization;
using NodaTime;
using Yrkesresan.Cli.Commands;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Results;
using Yrkesresan.Domain;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Reporting;

namespace Yrkesresan.Cli.Reports;

/// <summary>What <c>yrkesresan report</c> was asked for.</summary>
/// <param name="LedgerPath">The <c>--ledger</c> file.</param>
/// <param name="Year">The <c>--year</c>.</param>
/// <param name="RegionPath">The <c>--region</c> file, or null for Norrbotten.</param>
/// <param name="Format">The <c>--format</c>.</param>
/// <param name="LanguageGiven">Whether <c>--lang</c> was given: without it the report is in Swedish.</param>
/// <param name="Today">The day the report is written.</param>
/// <param name="AnswersPath">The <c>--answers</c> file, the survey's answers, or null when the survey is missing.</param>
internal sealed record ReportRequest(string LedgerPath, int Year, string? RegionPath, ReportFormat Format, bool LanguageGiven, LocalDate Today, string? AnswersPath = null);

/// <summary>
/// What <c>yrkesresan report</c> does (rule <c>REPORT-1</c>): check the ledger against the region as <c>check</c>
/// does, read and evaluate the survey's answers (<c>--answers</c>) as <c>goals</c> does (<see cref="AnswersInput"/>),
/// make the library's <see cref="AnnualReport"/> of the year, and write it as HTML or Markdown to the
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

        AnswersSource? answers = null;
        if (request.AnswersPath is { } answersPath && !AnswersInput.TryOpen(answersPath, out answers, out string? usageProblem))
        {
            return UsageError.Report(error, usageProblem, HelpCommand);
        }

        // The ledger's problems wait for the answers file's, so that both are reported at once, as goals reports them.
        using var ledgerMessages = new StringWriter();
        bool ledgerValid = LedgerInput.TryRead(request.RegionPath, request.LedgerPath, ledgerMessages, HelpCommand, out Ledger ledger, out int exitCode);
        Region? region = ledgerValid ? ledger.Region : RegionBesideBadLedger(request, answers, exitCode);
        if (ledgerValid || region is null)
        {
            error.Write(ledgerMessages.ToString());
        }

        if (region is null)
        {
            return exitCode;
        }

        if (request.Year < region.FirstYear)
        {
            return UsageError.Report(error, Texts.Format(CommandTexts.SettleScheduleStartsLater, region.Name, region.FirstYear, request.Year), HelpCommand);
        }

        FollowUpEvaluation? followUp = null;
        if (answers is not null)
        {
            if (!AnswersInput.TryPlanOf(region, request.Year, out FollowUpPlan? plan, out usageProblem))
            {
                return UsageError.Report(error, usageProblem, HelpCommand);
            }

            AnswersInput.NoticeNationalPlan(region, error);
            followUp = AnswersInput.Evaluate(answers, region, plan, request.Year, ledgerValid ? ledger : null, out IReadOnlyList<DataFileProblem> problems);
            if (!ledgerValid)
            {
                error.Write(ledgerMessages.ToString());
                return Problems.Report(error, problems);
            }

            if (problems.Count > 0 || followUp is null)
            {
                return Problems.Report(error, problems);
            }
        }

        AnnualReport report = AnnualReport.Of(ledger, request.Year, followUp);
        output.Write(Write(report, request));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The region when the ledger is bad data and the answers file is to be checked as well: the region file is read
    /// again (it was valid if the ledger was the problem); null when there is nothing more to check, or the region
    /// itself is bad, which is then the only problem reported, as <c>goals</c> does.
    /// </summary>
    private static Region? RegionBesideBadLedger(ReportRequest request, AnswersSource? answers, int exitCode) =>
        answers is not null && exitCode == ExitCodes.BadData && LedgerInput.TryReadRegion(request.RegionPath, TextWriter.Null, HelpCommand, out Region region, out _)
            ? region
            : null;

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
