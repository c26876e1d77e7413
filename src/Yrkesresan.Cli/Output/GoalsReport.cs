using System.Collections.Immutable;
using System.Globalization;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// What <c>yrkesresan goals</c> prints, in the one shape the table, CSV and JSON share: the evaluation, whether its
/// plan is the national default, whether the breakdown by municipality is asked, and each goal as a line of figures.
/// </summary>
/// <param name="Evaluation">The evaluation.</param>
/// <param name="NationalPlan">Whether the plan is the directive's four goals, the region file giving none.</param>
/// <param name="ByMunicipality">Whether <c>--by municipality</c> was given.</param>
internal sealed record GoalsReport(FollowUpEvaluation Evaluation, bool NationalPlan, bool ByMunicipality)
{
    /// <summary>Each goal's figures, in the plan's order.</summary>
    public ImmutableArray<GoalLine> Goals { get; } = [.. Evaluation.Goals.Select(GoalLine.Of)];
}

/// <summary>
/// One goal's figures as the tool prints them. A survey goal has every figure; a goal measured from the ledger has
/// none of the survey's (its counts, share, threshold and interval are null), and its explanation says why it stands
/// as it does.
/// </summary>
/// <param name="Result">The goal's result.</param>
/// <param name="Counted">The counted answers, or null for a ledger goal.</param>
/// <param name="Positive">The positive answers, or null for a ledger goal.</param>
/// <param name="Share">The exact share, or null when nothing was counted or for a ledger goal.</param>
/// <param name="ThresholdPercent">The threshold, or null for a ledger goal.</param>
/// <param name="Interval">The 95 % Wilson interval, or null when nothing was counted or for a ledger goal.</param>
/// <param name="Verdict">What the interval says, or null for a ledger goal.</param>
internal sealed record GoalLine(GoalResult Result, long? Counted, long? Positive, ExactShare? Share, int? ThresholdPercent, WilsonInterval? Interval, IntervalVerdict? Verdict)
{
    /// <summary>The goal.</summary>
    public EffectGoal Goal => Result.Goal;

    /// <summary>The survey goal's result, or null for a ledger goal.</summary>
    public SurveyGoalResult? Survey => Result as SurveyGoalResult;

    /// <summary>The goal's figures.</summary>
    /// <param name="result">Its result.</param>
    /// <returns>The line.</returns>
    public static GoalLine Of(GoalResult result) => result is SurveyGoalResult survey
        ? new(result, survey.Counted, survey.Positive, survey.Share, survey.ThresholdPercent, survey.Interval, survey.Verdict)
        : new(result, null, null, null, null, null, null);

    /// <summary>A share's percentage in tenths as a machine reads it, one decimal, rounded down: <c>88.3</c>, <c>80.0</c>, <c>100.0</c>.</summary>
    /// <param name="share">The share.</param>
    /// <returns>The percentage, with a decimal point in every language.</returns>
    public static string PercentOf(ExactShare share) =>
        string.Create(CultureInfo.InvariantCulture, $"{share.PercentTenths / 10}.{share.PercentTenths % 10}");

    /// <summary>A bound of the interval in percent, as a machine reads it: the computed value, not rounded for display.</summary>
    /// <param name="proportion">The bound, a proportion from 0 to 1.</param>
    /// <returns>The percentage.</returns>
    public static double Percent(double proportion) => proportion * 100;
}
