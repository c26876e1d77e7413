using Spectre.Console;
using Spectre.Console.Rendering;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes the effect goals as a readable table in the current language: per goal its id, short text, status, counted
/// and positive answers, share, share % (rounded down), threshold, 95 % interval and what it says; then each goal's
/// explanation in a sentence, and what the figures mean. With <c>--by municipality</c>, a table of the survey goals'
/// shares by municipality follows.
/// </summary>
internal static class GoalsTable
{
    /// <summary>The table's width: ten columns with a goal's short text do not fit the usual 120.</summary>
    private const int WideWidth = 180;

    /// <summary>The most characters of a goal's text the table shows when the region gives no short text.</summary>
    private const int ShortenedText = 40;

    private const string None = "-";

    /// <summary>Writes the goals.</summary>
    /// <param name="report">The goals.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(GoalsReport report, TextWriter output)
    {
        FollowUpEvaluation evaluation = report.Evaluation;
        output.WriteLine(Texts.Format(OutputTexts.GoalsHeading, evaluation.Region.Name, evaluation.Year, Count(evaluation.Respondents), evaluation.AnswersFile));
        if (report.NationalPlan)
        {
            output.WriteLine(OutputTexts.GoalsNationalPlanLine);
        }

        if (evaluation.RespondentsWithoutRole > 0)
        {
            output.WriteLine(Texts.Format(OutputTexts.GoalsWithoutRole, Count(evaluation.RespondentsWithoutRole)));
        }

        output.WriteLine();
        var table = new Table { Border = TableBorder.Ascii };
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnGoal)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnText)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnStatus)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnCounted)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnPositive)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnShare)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnSharePercent)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnThreshold)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnInterval)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.GoalsColumnVerdict)));
        foreach (GoalLine line in report.Goals)
        {
            table.AddRow(new IRenderable[]
            {
                new Text(line.Goal.Id),
                new Text(ShortTextOf(line.Goal)),
                new Text(StatusWord(line.Result.Status)),
                new Text(line.Counted is long counted ? Count(counted) : None),
                new Text(line.Positive is long positive ? Count(positive) : None),
                new Text(line.Share?.ToString() ?? None),
                new Text(line.Share?.FormatPercent() ?? None),
                new Text(line.ThresholdPercent is int threshold ? $"{threshold} %" : None),
                new Text(line.Interval?.ToString() ?? None),
                new Text(line.Verdict is { } verdict ? VerdictWord(verdict) : None),
            });
        }

        PlainConsole.Create(output, WideWidth).Write(table);
        output.WriteLine();
        output.WriteLine(OutputTexts.GoalsExplanations);
        foreach (GoalLine line in report.Goals)
        {
            string interval = line.Survey is { } survey ? "; " + survey.ExplainInterval() : string.Empty;
            output.WriteLine($"  {line.Goal.Id}: {line.Result.Explain()}{interval}");
        }

        output.WriteLine();
        output.WriteLine(OutputTexts.GoalsFooter);
        if (report.ByMunicipality)
        {
            WriteByMunicipality(report, output);
        }
    }

    /// <summary>A goal's short text, or its text shortened with "…" when the region gives none.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The text for the table.</returns>
    public static string ShortTextOf(EffectGoal goal) =>
        goal.ShortText ?? (goal.Text.Length <= ShortenedText ? goal.Text : goal.Text[..(ShortenedText - 1)].TrimEnd() + "…");

    /// <summary>A status as a word of the current language.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The word.</returns>
    public static string StatusWord(GoalStatus status) =>
        status == GoalStatus.Met ? OutputTexts.GoalStatusMet
        : status == GoalStatus.NotMet ? OutputTexts.GoalStatusNotMet
        : OutputTexts.GoalStatusNotEvaluable;

    /// <summary>An interval's verdict as words of the current language.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The words.</returns>
    public static string VerdictWord(IntervalVerdict verdict) =>
        verdict == IntervalVerdict.Above ? OutputTexts.GoalVerdictAbove
        : verdict == IntervalVerdict.Below ? OutputTexts.GoalVerdictBelow
        : OutputTexts.GoalVerdictTooFewAnswers;

    private static void WriteByMunicipality(GoalsReport report, TextWriter output)
    {
        SurveyGoalResult[] goals = [.. report.Goals.Select(l => l.Survey).OfType<SurveyGoalResult>()];
        output.WriteLine();
        output.WriteLine(OutputTexts.GoalsByMunicipalityHeading);
        output.WriteLine();
        var table = new Table { Border = TableBorder.Ascii };
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnCode)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnMunicipality)));
        foreach (SurveyGoalResult goal in goals)
        {
            table.AddColumn(new TableColumn(new Text(goal.Goal.Id)).RightAligned());
        }

        // Every goal's breakdown lists the region's municipalities in the same order, then those who did not say if any counted.
        int rows = goals.Length == 0 ? 0 : goals.Max(g => g.ByMunicipality.Length);
        for (int i = 0; i < rows; i++)
        {
            MunicipalityShare first = goals.First(g => g.ByMunicipality.Length > i).ByMunicipality[i];
            var cells = new List<IRenderable>
            {
                new Text(first.Municipality?.Code.ToString() ?? string.Empty),
                new Text(first.Municipality?.Name ?? OutputTexts.GoalsMunicipalityNotStated),
            };
            foreach (SurveyGoalResult goal in goals)
            {
                MunicipalityShare? share = i < goal.ByMunicipality.Length && goal.ByMunicipality[i].Municipality == first.Municipality ? goal.ByMunicipality[i] : null;
                cells.Add(new Text(share?.Share is { } s ? $"{s} {s.FormatPercent()} %" : None));
            }

            table.AddRow(cells);
        }

        PlainConsole.Create(output, WideWidth).Write(table);
    }

    private static string Count(long n) => SwedishNumberFormat.FormatInteger(n);
}
