using System.Collections.Immutable;
using System.Globalization;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Where a survey goal stands for a year (rules <c>GOAL-1</c>, <c>GOAL-4</c>, <c>GOAL-6</c>): the counted
/// and positive answers, the exact share, the threshold, the decision, the 95 % Wilson interval with its
/// verdict, and where the survey asks for it, the same by municipality.
/// </summary>
/// <remarks>
/// <para>
/// A respondent counts when their role is among the goal's and they answered its question with an option
/// that counts; an option classed not counted (<i>Vet ej</i>) leaves the denominator. No counted answers
/// is <see cref="GoalStatus.NotEvaluable"/>, never met. Otherwise the goal is met when
/// <c>positive × 100 ≥ threshold × counted</c>, compared in integers (<see cref="ExactShare.Reaches"/>).
/// </para>
/// <para>Made only by <see cref="FollowUpEvaluation"/>; immutable and safe to share between threads.</para>
/// </remarks>
public sealed class SurveyGoalResult : GoalResult
{
    private readonly SurveyCounts counts;

    internal SurveyGoalResult(EffectGoal goal, int year, SurveyCounts counts, long notCounted, ImmutableArray<MunicipalityShare> byMunicipality)
        : base(goal, year, counts.Status)
    {
        this.counts = counts;
        NotCounted = notCounted;
        ByMunicipality = byMunicipality;
        Interval = counts.Share is { } share ? WilsonInterval.Of(share) : null;
        Verdict = Interval is { } interval ? interval.AgainstThreshold(counts.ThresholdPercent) : IntervalVerdict.TooFewAnswers;
    }

    /// <summary>The goal's measure: roles, question, options, threshold.</summary>
    public SurveyMeasure Measure => (SurveyMeasure)Goal.Measure;

    /// <summary>The counted answers: respondents in the goal's roles who answered with a positive or a not-positive option.</summary>
    public long Counted => counts.Counted;

    /// <summary>The positive answers among the counted.</summary>
    public long Positive => counts.Positive;

    /// <summary>Answers of respondents in the goal's roles with an option that is not counted (<i>Vet ej</i>): left out of <see cref="Counted"/>.</summary>
    public long NotCounted { get; }

    /// <summary>The exact share <c>positive/counted</c>, or null when nothing was counted.</summary>
    public ExactShare? Share => counts.Share;

    /// <summary>The threshold, in whole percent.</summary>
    public int ThresholdPercent => counts.ThresholdPercent;

    /// <summary>The 95 % Wilson score interval of the share (rule <c>GOAL-6</c>), or null when nothing was counted.</summary>
    public WilsonInterval? Interval { get; }

    /// <summary>What the interval says of the threshold (rule <c>GOAL-6</c>); <see cref="IntervalVerdict.TooFewAnswers"/> when nothing was counted.</summary>
    public IntervalVerdict Verdict { get; }

    /// <summary>
    /// The same counts by municipality, when the plan has a municipality question: every municipality of
    /// the region in increasing order of code, then the respondents who did not say (a null
    /// <see cref="MunicipalityShare.Municipality"/>) if any of them counted. Empty when the survey does not ask.
    /// </summary>
    public ImmutableArray<MunicipalityShare> ByMunicipality { get; }

    /// <inheritdoc/>
    public override string Explain() => counts.Explain(string.Join(", ", Measure.Roles.Select(r => r.Code)));

    /// <summary>
    /// What the interval says, in one sentence in the current UI culture (rule <c>GOAL-6</c>), e.g.
    /// <c>"95 % interval 77.6–94.3 %: too few answers to tell whether the share is above or below 80 %"</c>.
    /// </summary>
    /// <returns>The sentence.</returns>
    public string ExplainInterval()
    {
        string threshold = ThresholdPercent.ToString(CultureInfo.InvariantCulture);
        if (Interval is not { } interval)
        {
            return FollowUpText.Format(nameof(FollowUpTexts.IntervalNoAnswers), threshold);
        }

        string key = Verdict == IntervalVerdict.Above ? nameof(FollowUpTexts.IntervalAbove)
            : Verdict == IntervalVerdict.Below ? nameof(FollowUpTexts.IntervalBelow)
            : nameof(FollowUpTexts.IntervalTooFewAnswers);
        return FollowUpText.Format(key, PercentText.OfTenths(interval.LowPercentTenths), PercentText.OfTenths(interval.HighPercentTenths), threshold);
    }
}
