namespace Yrkesresan.Domain.Regions;

/// <summary>
/// How a <see cref="Timeline{T}"/> names its values in problems, exception messages and its description. A kind of
/// value the library knows (fee schedules, eligibility policies) has whole texts in both languages, so that Swedish
/// gets its own nouns and their forms; any other is named by the word its caller gives, as <see cref="Timeline{T}.What"/>.
/// </summary>
internal sealed class TimelineWording
{
    private readonly Keys? keys;

    private TimelineWording(string what, Keys? keys)
    {
        What = what;
        this.keys = keys;
    }

    /// <summary>The fee schedules of a region (rules <c>FEE-1</c>, <c>FEE-2</c>).</summary>
    public static TimelineWording FeeSchedules => new("fee schedule", new Keys(
        nameof(RegionTexts.FeeScheduleNeeded),
        nameof(RegionTexts.FeeScheduleEmpty),
        nameof(RegionTexts.FeeSchedulesOverlap),
        nameof(RegionTexts.FeeScheduleTimelineSubject),
        nameof(RegionTexts.FeeScheduleNoneOn),
        nameof(RegionTexts.FeeScheduleSummary)));

    /// <summary>The eligibility policies of a region (rules <c>STEP-5</c>, <c>STEP-6</c>, <c>STEP-8</c>).</summary>
    public static TimelineWording EligibilityPolicies => new("eligibility policy", new Keys(
        nameof(RegionTexts.EligibilityPolicyNeeded),
        nameof(RegionTexts.EligibilityPolicyEmpty),
        nameof(RegionTexts.EligibilityPoliciesOverlap),
        nameof(RegionTexts.EligibilityPolicyTimelineSubject),
        nameof(RegionTexts.EligibilityPolicyNoneOn),
        nameof(RegionTexts.EligibilityPolicySummary)));

    /// <summary>The follow-up plans of a region (rule <c>GOAL-3</c>).</summary>
    public static TimelineWording FollowUpPlans => new("follow-up plan", new Keys(
        nameof(RegionTexts.FollowUpPlanNeeded),
        nameof(RegionTexts.FollowUpPlanEmpty),
        nameof(RegionTexts.FollowUpPlansOverlap),
        nameof(RegionTexts.FollowUpPlanTimelineSubject),
        nameof(RegionTexts.FollowUpPlanNoneOn),
        nameof(RegionTexts.FollowUpPlanSummary)));

    /// <summary>What the values are, as the timeline's <see cref="Timeline{T}.What"/>: e.g. <c>"fee schedule"</c>.</summary>
    public string What { get; }

    /// <summary>Values named by their caller's word.</summary>
    /// <param name="what">The word, e.g. <c>"fee schedule"</c>.</param>
    /// <returns>The wording.</returns>
    public static TimelineWording Of(string what) => new(what, null);

    /// <summary>The problem of a timeline without values.</summary>
    /// <returns>The text.</returns>
    public LocalizedText Needed() => keys is null
        ? RegionText.Of(nameof(RegionTexts.TimelineNeedsAValue), What)
        : RegionText.Of(keys.Needed);

    /// <summary>The problem of a dated value without a value.</summary>
    /// <returns>The text.</returns>
    public LocalizedText Empty() => keys is null
        ? RegionText.Of(nameof(RegionTexts.TimelineValueEmpty), What)
        : RegionText.Of(keys.Empty);

    /// <summary>The problem of a value valid from the same day as another.</summary>
    /// <param name="date">The day, ISO.</param>
    /// <returns>The text.</returns>
    public LocalizedText Overlap(string date) => keys is null
        ? RegionText.Of(nameof(RegionTexts.TimelineValuesOverlap), What, date)
        : RegionText.Of(keys.Overlap, date);

    /// <summary>The subject of a <see cref="RegionDataException"/> about the timeline.</summary>
    /// <returns>The subject.</returns>
    public string Subject() => keys is null
        ? LocalizedText.Format(RegionTexts.TimelineSubject, What)
        : RegionText.Of(keys.Subject).Message;

    /// <summary>The message for a date before the first value.</summary>
    /// <param name="date">The date asked for, ISO.</param>
    /// <param name="first">The first date, ISO.</param>
    /// <returns>The message.</returns>
    public string NoneOn(string date, string first) => keys is null
        ? LocalizedText.Format(RegionTexts.TimelineNoValueOn, What, date, first)
        : RegionText.Of(keys.NoneOn, date, first).Message;

    /// <summary>The timeline's description.</summary>
    /// <param name="dates">The dates, ISO, comma separated.</param>
    /// <returns>The description.</returns>
    public string Summary(string dates) => keys is null
        ? LocalizedText.Format(RegionTexts.TimelineSummary, What, dates)
        : RegionText.Of(keys.Summary, dates).Message;

    private sealed record Keys(string Needed, string Empty, string Overlap, string Subject, string NoneOn, string Summary);
}
