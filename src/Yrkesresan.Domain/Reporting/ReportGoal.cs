using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Domain.Reporting;

/// <summary>
/// One effect goal's line of the annual report (rules <c>REPORT-1</c>, <c>GOAL-1</c> to <c>GOAL-6</c>):
/// its status, the share, the counted answers and the verdict of the interval, read from its
/// <see cref="GoalResult"/> whatever the goal's measure, so a report writes every goal the same way.
/// </summary>
/// <remarks>
/// A survey goal (<see cref="SurveyGoalResult"/>) has all four; availability (<see cref="AvailabilityGoalResult"/>)
/// has its share of members and no answers; the trainer goal (<see cref="TrainerGoalResult"/>) has its
/// status only, its trainer days in <see cref="Explain"/>. Made only by <see cref="AnnualReport"/>;
/// immutable and safe to share between threads.
/// </remarks>
public sealed class ReportGoal
{
    internal ReportGoal(GoalResult result)
    {
        Result = result;
    }

    /// <summary>The goal's result in the follow-up.</summary>
    public GoalResult Result { get; }

    /// <summary>The goal.</summary>
    public EffectGoal Goal => Result.Goal;

    /// <summary>Met, not met, or not evaluable.</summary>
    public GoalStatus Status => Result.Status;

    /// <summary>The share: positive of counted answers for a survey goal, members of the municipalities for availability; null for the trainer goal or when nothing was counted.</summary>
    public ExactShare? Share => Result switch
    {
        SurveyGoalResult survey => survey.Share,
        AvailabilityGoalResult availability => availability.Share,
        _ => null,
    };

    /// <summary>The counted answers of a survey goal; null for a ledger goal.</summary>
    public long? Counted => (Result as SurveyGoalResult)?.Counted;

    /// <summary>The threshold of a survey goal, in whole percent; null for a ledger goal.</summary>
    public int? ThresholdPercent => (Result as SurveyGoalResult)?.ThresholdPercent;

    /// <summary>The 95 % interval of a survey goal's share (rule <c>GOAL-6</c>); null for a ledger goal or when nothing was counted.</summary>
    public WilsonInterval? Interval => (Result as SurveyGoalResult)?.Interval;

    /// <summary>What the interval says of the threshold (rule <c>GOAL-6</c>); null for a ledger goal.</summary>
    public IntervalVerdict? Verdict => (Result as SurveyGoalResult)?.Verdict;

    /// <summary>The status in one sentence in the current UI culture, with the figures that decide it (<see cref="GoalResult.Explain"/>).</summary>
    /// <returns>The sentence.</returns>
    public string Explain() => Result.Explain();

    /// <summary>The goal's id and its explanation.</summary>
    /// <returns>The line as text.</returns>
    public override string ToString() => Result.ToString();
}
