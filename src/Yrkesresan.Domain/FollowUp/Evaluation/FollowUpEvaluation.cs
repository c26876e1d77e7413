using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// The follow-up of a region's effect goals for a year (rules <c>GOAL-1</c> to <c>GOAL-6</c>; PP §2.4,
/// §3; PD §2.4): each goal of the plan with its status, the figures behind it and a sentence that
/// explains it, from the survey's answers and, for the ledger goals, the ledger of course occasions.
/// </summary>
/// <remarks>
/// <para>
/// Survey goals (<see cref="SurveyGoalResult"/>) are counted from the answers in one pass that reads only
/// the plan's questions; every problem of the answers (a question not in the file, an answer that is none
/// of its question's options, a municipality not the region's) is reported at once in a
/// <see cref="DataFileException"/> naming the file, row and cell, never the answer, and no partial result
/// is returned. Ledger goals (<see cref="AvailabilityGoalResult"/>, <see cref="TrainerGoalResult"/>) read
/// the region's membership and the year's settlement; without a ledger they are not evaluable, and say so.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class FollowUpEvaluation
{
    private FollowUpEvaluation(Region region, FollowUpPlan plan, int year, string answersFile, int respondents, int withoutRole, ImmutableArray<GoalResult> goals)
    {
        Region = region;
        Plan = plan;
        Year = year;
        AnswersFile = answersFile;
        Respondents = respondents;
        RespondentsWithoutRole = withoutRole;
        Goals = goals;
    }

    /// <summary>The region.</summary>
    public Region Region { get; }

    /// <summary>The follow-up plan evaluated.</summary>
    public FollowUpPlan Plan { get; }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The answers file's name.</summary>
    public string AnswersFile { get; }

    /// <summary>The responses in the answers file.</summary>
    public int Respondents { get; }

    /// <summary>The responses that left the role question blank: they count for no goal.</summary>
    public int RespondentsWithoutRole { get; }

    /// <summary>Each goal's result, in the plan's order.</summary>
    public ImmutableArray<GoalResult> Goals { get; }

    /// <summary>Evaluates a region's plan for a year.</summary>
    /// <param name="region">The region.</param>
    /// <param name="plan">Its follow-up plan in force in the year.</param>
    /// <param name="year">The calendar year.</param>
    /// <param name="answers">The survey's answers of the year.</param>
    /// <param name="ledger">The region's ledger, for the ledger goals; null (the default) leaves them not evaluable.</param>
    /// <returns>Each goal's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/>, <paramref name="plan"/> or <paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="Region.MinYear"/> to <see cref="Region.MaxYear"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ledger"/> is of another region.</exception>
    /// <exception cref="DataFileException">The answers have problems; every one is listed, by file, row and cell.</exception>
    public static FollowUpEvaluation Of(Region region, FollowUpPlan plan, int year, SurveyAnswers answers, Ledger? ledger = null)
    {
        Guard.Against.Null(region);
        Guard.Against.Null(plan);
        Guard.Against.OutOfRange(year, nameof(year), Region.MinYear, Region.MaxYear, "A year is from 1900 to 9999.");
        Guard.Against.Null(answers);
        Guard.Against.InvalidInput(ledger, nameof(ledger), l => l is null || ReferenceEquals(l.Region, region), "The ledger must be of the region evaluated.");

        SurveyTally tally = SurveyTally.Count(plan, region, answers);
        LedgerYear? ledgerYear = plan.Goals.Any(g => g.Measure is LedgerMeasure) ? LedgerYear.Of(region, year, ledger) : null;
        ImmutableArray<GoalResult> results =
        [
            .. plan.Goals.Select((goal, i) => goal.Measure == LedgerMeasure.Availability ? new AvailabilityGoalResult(goal, ledgerYear!)
                : goal.Measure == LedgerMeasure.Trainers ? new TrainerGoalResult(goal, ledgerYear!)
                : (GoalResult)tally.ResultOf(i, year)),
        ];
        return new FollowUpEvaluation(region, plan, year, answers.File, tally.Respondents, tally.WithoutRole, results);
    }

    /// <summary>The result of the goal with an id; the comparison ignores case.</summary>
    /// <param name="id">The goal's id, e.g. <c>1a</c>.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no goal with that id.</exception>
    public GoalResult For(string id) =>
        TryGetResult(id, out GoalResult? result) ? result : throw new KeyNotFoundException($"The follow-up plan has no goal '{id}'.");

    /// <summary>Finds the result of the goal with an id; the comparison ignores case.</summary>
    /// <param name="id">The goal's id.</param>
    /// <param name="result">Its result, when found.</param>
    /// <returns>Whether the plan has a goal with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetResult(string id, [NotNullWhen(true)] out GoalResult? result)
    {
        Guard.Against.Null(id);
        result = Goals.FirstOrDefault(r => string.Equals(r.Goal.Id, id, StringComparison.OrdinalIgnoreCase));
        return result is not null;
    }

    /// <summary>A header line, then one line per goal: its id and its explanation.</summary>
    /// <returns>The evaluation as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Region.Name} {Year}: {Respondents} responses in {AnswersFile}\n") + string.Join("\n", Goals);
}
