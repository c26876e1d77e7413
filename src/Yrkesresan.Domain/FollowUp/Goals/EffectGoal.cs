using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// One effect goal (<i>effektmål</i>) of a region's follow-up plan (rule <c>GOAL-3</c>): its id
/// (<c>1a</c>, <c>2</c>, …), its text as the plan writes it, in Swedish, how it is measured, and optionally a short
/// text for tables.
/// </summary>
/// <remarks>
/// The <see cref="FollowUpPlan"/> that holds a goal checks it (an id and a text that are not blank, an id
/// of its own, a valid measure). This type is immutable and safe to share between threads.
/// </remarks>
public sealed class EffectGoal
{
    /// <summary>The most characters a <see cref="ShortText"/> may have.</summary>
    public const int MaxShortTextLength = 60;

    /// <summary>Creates a goal; the plan that holds it checks it.</summary>
    /// <param name="id">The goal's id in the plan, e.g. <c>1a</c>; not blank, no white space.</param>
    /// <param name="text">The goal as the plan writes it, in Swedish; not blank.</param>
    /// <param name="measure">How it is measured: a <see cref="SurveyMeasure"/> or a <see cref="LedgerMeasure"/>.</param>
    /// <param name="shortText">
    /// A short text for tables, e.g. <c>Stärkt i yrkesrollen</c>, or null (the default) for none; when given, not blank and
    /// at most <see cref="MaxShortTextLength"/> characters.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="text"/> or <paramref name="measure"/> is null.</exception>
    public EffectGoal(string id, string text, GoalMeasure measure, string? shortText = null)
    {
        Id = Guard.Against.Null(id);
        Text = Guard.Against.Null(text);
        Measure = Guard.Against.Null(measure);
        ShortText = shortText;
    }

    /// <summary>The goal's id in the plan, e.g. <c>1a</c>.</summary>
    public string Id { get; }

    /// <summary>The goal as the plan writes it, in Swedish (e.g. <i>Att minst 80 % av socialsekreterarna …</i>).</summary>
    public string Text { get; }

    /// <summary>
    /// A short text for tables, e.g. <c>Stärkt i yrkesrollen</c>, where the plan's texts are too long to tell goals apart
    /// (goals 1a to 1d share their first sixty words); null when the region gives none.
    /// </summary>
    public string? ShortText { get; }

    /// <summary>How the goal is measured.</summary>
    public GoalMeasure Measure { get; }

    /// <summary>The survey measure, or null for a goal measured from the ledger.</summary>
    public SurveyMeasure? Survey => Measure as SurveyMeasure;

    /// <summary>The id and the text, e.g. <c>"1a: känna sig stärkt i yrkesrollen"</c>.</summary>
    /// <returns>The goal as text.</returns>
    public override string ToString() => $"{Id}: {Text}";
}
