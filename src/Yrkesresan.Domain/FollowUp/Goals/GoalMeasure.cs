namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// How an effect goal is measured (rule <c>GOAL-3</c>): by a question of the survey
/// (<see cref="SurveyMeasure"/>, rule <c>GOAL-1</c>), or from the ledger and the membership of the year
/// (<see cref="LedgerMeasure"/>: availability, rule <c>GOAL-2</c>; trainers, rule <c>GOAL-5</c>).
/// </summary>
/// <remarks>The set is closed: these are the only kinds. Measures are immutable and safe to share between threads.</remarks>
public abstract class GoalMeasure
{
    private protected GoalMeasure()
    {
    }

    /// <summary>
    /// The kind of measure as a stable code, the same in every language: <c>survey</c>,
    /// <c>availability</c> or <c>trainers</c>.
    /// </summary>
    public abstract string Code { get; }

    /// <summary>Whether the goal is read from the survey answers (<see cref="SurveyMeasure"/>).</summary>
    public bool IsSurvey => this is SurveyMeasure;

    /// <summary>The code.</summary>
    /// <returns>The code, e.g. <c>survey</c>.</returns>
    public override string ToString() => Code;
}
