using System.Globalization;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Where one effect goal stands for a year (rules <c>GOAL-1</c> to <c>GOAL-6</c>): its status and the
/// figures behind it, and a sentence that explains it. A survey goal's result is a
/// <see cref="SurveyGoalResult"/>, a ledger goal's an <see cref="AvailabilityGoalResult"/> or a
/// <see cref="TrainerGoalResult"/>.
/// </summary>
/// <remarks>Results are made only by <see cref="FollowUpEvaluation"/>; they are immutable and safe to share between threads.</remarks>
public abstract class GoalResult
{
    private protected GoalResult(EffectGoal goal, int year, GoalStatus status)
    {
        Goal = goal;
        Year = year;
        Status = status;
    }

    /// <summary>The goal.</summary>
    public EffectGoal Goal { get; }

    /// <summary>The calendar year evaluated.</summary>
    public int Year { get; }

    /// <summary>Met, not met, or not evaluable.</summary>
    public GoalStatus Status { get; }

    /// <summary>
    /// The status in one sentence in the current UI culture, with the figures that decide it, e.g.
    /// <c>"met: 53 of 60 counted answers are positive (88.3 %), at least 80 % needed"</c>, in Swedish
    /// <c>"uppfyllt: 53 av 60 räknade svar är positiva (88,3 %), minst 80 % krävs"</c>.
    /// </summary>
    /// <returns>The explanation.</returns>
    public abstract string Explain();

    /// <summary>The goal's id and <see cref="Explain"/>, e.g. <c>"1a: met: 53 of 60 …"</c>.</summary>
    /// <returns>The result as text.</returns>
    public override string ToString() => $"{Goal.Id}: {Explain()}";

    /// <summary>A count as people read it: <c>79 999</c>.</summary>
    private protected static string Count(long n) => Money.SwedishNumberFormat.FormatInteger(n);

    /// <summary>A year as text.</summary>
    private protected static string YearText(int year) => year.ToString(CultureInfo.InvariantCulture);
}
