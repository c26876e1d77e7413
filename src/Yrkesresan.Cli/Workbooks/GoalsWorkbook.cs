using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// The effect goals as a workbook (<c>goals --format xlsx</c>), in the user's language: one row per goal with its id,
/// short text, status, counted and positive answers as numbers, the exact share as text (<c>53/60</c>) and as a
/// percentage rounded down to one decimal (the cell's value is exactly the figure shown, 88.3 % is 0.883, so it can
/// never show a goal below its threshold as reaching it), the threshold, the 95 % interval's bounds rounded outward,
/// what the interval says, the goal's explanation and its full text. The figures' meaning and, where they apply, the
/// national plan and the responses without a role are notes under the table. With <c>--by municipality</c>, a second
/// sheet has one row per survey goal and municipality. A goal measured from the ledger has no survey figures.
/// </summary>
internal static class GoalsWorkbook
{
    /// <summary>The rules the goals follow.</summary>
    public const string Rules = "GOAL-1–GOAL-6";

    /// <summary>The width of the columns of long texts, which wrap.</summary>
    private const double TextWidth = 60;

    /// <summary>Writes the goals.</summary>
    /// <param name="report">The goals.</param>
    /// <returns>The workbook's bytes.</returns>
    public static byte[] Write(GoalsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        FollowUpEvaluation evaluation = report.Evaluation;
        var book = new WorkbookBuilder();
        ResultSheet table = ResultSheet.Start(
            book,
            Texts.Format(WorkbookTexts.WorkbookSheetGoals, evaluation.Year),
            Texts.Format(OutputTexts.GoalsHeading, evaluation.Region.Name, evaluation.Year, evaluation.Respondents, evaluation.AnswersFile),
            Rules,
            OutputTexts.GoalsColumnGoal,
            OutputTexts.GoalsColumnText,
            OutputTexts.GoalsColumnStatus,
            OutputTexts.GoalsColumnCounted,
            OutputTexts.GoalsColumnPositive,
            OutputTexts.GoalsColumnShare,
            OutputTexts.GoalsColumnSharePercent,
            OutputTexts.GoalsColumnThreshold,
            WorkbookTexts.WorkbookColumnIntervalLow,
            WorkbookTexts.WorkbookColumnIntervalHigh,
            OutputTexts.GoalsColumnVerdict,
            WorkbookTexts.WorkbookColumnExplanation,
            WorkbookTexts.WorkbookColumnGoalFullText);
        foreach (GoalLine line in report.Goals)
        {
            string interval = line.Survey is { } survey ? "; " + survey.ExplainInterval() : string.Empty;
            table.Line(
                SheetCell.Of(line.Goal.Id),
                SheetCell.Of(GoalsTable.ShortTextOf(line.Goal)),
                SheetCell.Of(GoalsTable.StatusWord(line.Result.Status)),
                line.Counted is long counted ? SheetCell.Integer(counted) : null,
                line.Positive is long positive ? SheetCell.Integer(positive) : null,
                line.Share is { } share ? SheetCell.Of(share.ToString()) : null,
                line.Share is { } percent ? SheetCell.Percent(percent.PercentTenths) : null,
                line.ThresholdPercent is int threshold ? SheetCell.Percent(threshold * 10L) : null,
                line.Interval is { } low ? SheetCell.Percent(low.LowPercentTenths) : null,
                line.Interval is { } high ? SheetCell.Percent(high.HighPercentTenths) : null,
                line.Verdict is { } verdict ? SheetCell.Of(GoalsTable.VerdictWord(verdict)) : null,
                SheetCell.Of(line.Result.Explain() + interval, CellStyle.Wrapped),
                SheetCell.Of(line.Goal.Text, CellStyle.Wrapped));
        }

        table.Sheet.Width(12, TextWidth);
        table.Sheet.Width(13, TextWidth);
        table.Note(OutputTexts.GoalsFooter);
        if (report.NationalPlan)
        {
            table.Sheet.Add(SheetCell.Of(OutputTexts.GoalsNationalPlanLine, CellStyle.Note));
        }

        if (evaluation.RespondentsWithoutRole > 0)
        {
            table.Sheet.Add(SheetCell.Of(Texts.Format(OutputTexts.GoalsWithoutRole, evaluation.RespondentsWithoutRole), CellStyle.Note));
        }

        if (report.ByMunicipality)
        {
            ByMunicipality(book, report);
        }

        return book.ToBytes();
    }

    private static void ByMunicipality(WorkbookBuilder book, GoalsReport report)
    {
        FollowUpEvaluation evaluation = report.Evaluation;
        ResultSheet table = ResultSheet.Start(
            book,
            WorkbookTexts.WorkbookSheetGoalsByMunicipality,
            Texts.Format(WorkbookTexts.WorkbookGoalsByMunicipalityTitle, evaluation.Region.Name, evaluation.Year),
            Rules,
            OutputTexts.GoalsColumnGoal,
            OutputTexts.ColumnCode,
            OutputTexts.ColumnMunicipality,
            OutputTexts.GoalsColumnStatus,
            OutputTexts.GoalsColumnCounted,
            OutputTexts.GoalsColumnPositive,
            OutputTexts.GoalsColumnShare,
            OutputTexts.GoalsColumnSharePercent);
        foreach (SurveyGoalResult goal in report.Goals.Select(l => l.Survey).OfType<SurveyGoalResult>())
        {
            foreach (MunicipalityShare municipality in goal.ByMunicipality)
            {
                table.Line(
                    SheetCell.Of(goal.Goal.Id),
                    municipality.Municipality is { } m ? SheetCell.Of(m.Code.ToString()) : null,
                    SheetCell.Of(municipality.Municipality?.Name ?? OutputTexts.GoalsMunicipalityNotStated),
                    SheetCell.Of(GoalsTable.StatusWord(municipality.Status)),
                    SheetCell.Integer(municipality.Counted),
                    SheetCell.Integer(municipality.Positive),
                    municipality.Share is { } share ? SheetCell.Of(share.ToString()) : null,
                    municipality.Share is { } percent ? SheetCell.Percent(percent.PercentTenths) : null);
            }
        }

        table.Note(OutputTexts.GoalsByMunicipalityHeading);
    }
}
