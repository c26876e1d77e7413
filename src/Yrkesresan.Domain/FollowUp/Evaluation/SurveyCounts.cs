namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// The decision of a survey goal from its counts (rules <c>GOAL-1</c>, <c>GOAL-4</c>), shared by the goal
/// and its breakdown by municipality: no counted answers is not evaluable; otherwise met when
/// <c>positive × 100 ≥ threshold × counted</c>.
/// </summary>
/// <param name="Counted">The counted answers.</param>
/// <param name="Positive">The positive ones among them.</param>
/// <param name="ThresholdPercent">The threshold, in whole percent.</param>
internal readonly record struct SurveyCounts(long Counted, long Positive, int ThresholdPercent)
{
    /// <summary>The exact share, or null when nothing was counted.</summary>
    public ExactShare? Share => Counted == 0 ? null : new ExactShare(Positive, Counted);

    /// <summary>The status.</summary>
    public GoalStatus Status => Share is { } share
        ? share.Reaches(ThresholdPercent) ? GoalStatus.Met : GoalStatus.NotMet
        : GoalStatus.NotEvaluable;

    /// <summary>The status in a sentence, naming the roles when nothing was counted.</summary>
    /// <param name="roles">The goal's roles, for the not-evaluable sentence.</param>
    /// <returns>The sentence, in the current UI culture.</returns>
    public string Explain(string roles)
    {
        string threshold = ThresholdPercent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Share is not { } share)
        {
            return FollowUpText.Format(nameof(FollowUpTexts.SurveyNotEvaluable), roles, threshold);
        }

        string key = Status == GoalStatus.Met ? nameof(FollowUpTexts.SurveyMet) : nameof(FollowUpTexts.SurveyNotMet);
        return FollowUpText.Format(key, Money.SwedishNumberFormat.FormatInteger(Positive), Money.SwedishNumberFormat.FormatInteger(Counted), share.FormatPercent(), threshold);
    }
}
