using System.Diagnostics.CodeAnalysis;
using Yrkesresan.Cli.Answers;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan goals</c> does: read the region and its follow-up plan of the year, the survey's answers and,
/// if given, the ledger; evaluate every effect goal (rules <c>GOAL-1</c> to <c>GOAL-6</c>); print the result.
/// </summary>
/// <remarks>
/// Usage before data: a workbook needs <c>--output</c>, and every file must exist and be readable and the region be a
/// region file, before any content is checked (exit 2). Then every problem of the region file, or of the ledger and the
/// answers together, is reported at once (exit 1), with nothing on standard output. No output or problem shows a cell
/// of the answers file.
/// </remarks>
internal static class GoalsAction
{
    private const string HelpCommand = UsageError.ToolName + " " + GoalsCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="request">The command line's values.</param>
    /// <param name="output">Where the goals go.</param>
    /// <param name="error">Where problems and notices go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(Request request, TextWriter output, TextWriter error)
    {
        if (!WorkbookOutput.CanWrite(request.Format, output))
        {
            return UsageError.Report(error, CommandTexts.FormatXlsxNeedsOutput, HelpCommand);
        }

        if (!TryReadFiles(request, out Files? files, out string? usageProblem))
        {
            return UsageError.Report(error, usageProblem, HelpCommand);
        }

        Region region = Norrbotten.Region;
        if (files.Region is { } regionContent)
        {
            RegionFileResult regionFile = RegionFile.Parse(regionContent, request.RegionPath!);
            if (!regionFile.IsValid)
            {
                return Problems.Report(error, regionFile.Problems);
            }

            region = regionFile.Region;
        }

        if (!TryPlanOf(region, request, out FollowUpPlan? plan, out usageProblem))
        {
            return UsageError.Report(error, usageProblem, HelpCommand);
        }

        AnswersInput.NoticeNationalPlan(region, error);

        // Every problem's line, the ledger's first: a JSON file's and a workbook's problems are written alike.
        var problems = new List<object>();
        Ledger? ledger = null;
        if (files.Ledger is { } ledgerContent)
        {
            ledger = ReadLedger(ledgerContent, request, region, problems, error);
        }

        FollowUpEvaluation? evaluation = AnswersInput.Evaluate(files.Answers, region, plan, request.Year, ledger, out IReadOnlyList<DataFileProblem> answerProblems);
        problems.AddRange(answerProblems);
        if (problems.Count > 0 || evaluation is null)
        {
            return Problems.Report(error, problems);
        }

        var report = new GoalsReport(evaluation, region.FollowUpPlans is null, request.ByMunicipality);
        switch (request.Format)
        {
            case OutputFormat.Csv:
                GoalsCsv.Write(report, output);
                break;
            case OutputFormat.Json:
                GoalsJson.Write(report, output);
                break;
            case OutputFormat.Xlsx:
                WorkbookOutput.Write(output, GoalsWorkbook.Write(report));
                break;
            default:
                GoalsTable.Write(report, output);
                break;
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Reads the ledger, a JSON file or a workbook (<see cref="LedgerInput.IsWorkbook"/>), against the region: the ledger
    /// with its notices written, or null with its problems added after the hint of a ledger of another region.
    /// </summary>
    private static Ledger? ReadLedger(byte[] content, Request request, Region region, List<object> problems, TextWriter error)
    {
        string path = request.LedgerPath!;
        if (LedgerInput.IsWorkbook(path, content))
        {
            LedgerWorkbookResult workbook = LedgerWorkbookReader.Read(content, path, region);
            if (workbook.IsValid)
            {
                Notices.Report(error, workbook.Notices);
                return workbook.Ledger;
            }

            if (LedgerRegionHint.ForWorkbook(content, workbook.Problems, region, request.RegionPath) is string workbookHint)
            {
                error.WriteLine(workbookHint);
            }

            problems.AddRange(workbook.Problems);
            return null;
        }

        LedgerFileResult file = LedgerFile.Parse(content, path, region);
        if (file.IsValid)
        {
            Notices.Report(error, file.Notices);
            return file.Ledger;
        }

        if (LedgerRegionHint.For(content, file.Problems, region, request.RegionPath) is string hint)
        {
            error.WriteLine(hint);
        }

        problems.AddRange(file.Problems);
        return null;
    }

    /// <summary>Reads every file named, checking what can be checked without reading their content.</summary>
    private static bool TryReadFiles(Request request, [NotNullWhen(true)] out Files? files, [NotNullWhen(false)] out string? problem)
    {
        files = null;
        if (!AnswersInput.TryOpen(request.AnswersPath, out AnswersSource? answers, out problem))
        {
            return false;
        }

        byte[]? region = null;
        if (request.RegionPath is { } regionPath)
        {
            if (!InputFile.TryRead("--region", regionPath, out region, out problem))
            {
                return false;
            }

            if (!InputFile.IsJson(regionPath, region))
            {
                problem = Texts.Format(CommandTexts.GoalsRegionIsCsv, regionPath);
                return false;
            }
        }

        byte[]? ledger = null;
        if (request.LedgerPath is { } ledgerPath && !InputFile.TryRead("--ledger", ledgerPath, out ledger, out problem))
        {
            return false;
        }

        files = new Files(answers, region, ledger);
        return true;
    }

    /// <summary>
    /// The follow-up plan of the year: the region's, or the directive's four national goals when its file gives none; a
    /// year before its first plan, or before 1900, is a usage error, and so is <c>--by municipality</c> for a plan that
    /// asks no municipality question.
    /// </summary>
    private static bool TryPlanOf(Region region, Request request, [NotNullWhen(true)] out FollowUpPlan? plan, [NotNullWhen(false)] out string? problem)
    {
        if (!AnswersInput.TryPlanOf(region, request.Year, out plan, out problem))
        {
            return false;
        }

        if (request.ByMunicipality && plan.MunicipalityQuestion is null)
        {
            problem = Texts.Format(CommandTexts.GoalsNoMunicipalityQuestion, region.Name, request.Year);
            plan = null;
            return false;
        }

        return true;
    }

    /// <summary>The values of <c>goals</c>' command line.</summary>
    /// <param name="AnswersPath">The <c>--answers</c> file.</param>
    /// <param name="Year">The <c>--year</c>.</param>
    /// <param name="LedgerPath">The <c>--ledger</c> file, or null.</param>
    /// <param name="RegionPath">The <c>--region</c> file, or null for Norrbotten.</param>
    /// <param name="ByMunicipality">Whether <c>--by municipality</c> was given.</param>
    /// <param name="Format">The <c>--format</c>.</param>
    internal sealed record Request(string AnswersPath, int Year, string? LedgerPath, string? RegionPath, bool ByMunicipality, OutputFormat Format);

    private sealed record Files(AnswersSource Answers, byte[]? Region, byte[]? Ledger);
}
