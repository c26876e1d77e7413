using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// One effect goal (<i>effektmål</i>) of a region's follow-up plan (rule <c>GOAL-3</c>): its id
/// (<c>1a</c>, <c>2</c>, …), its text as the plan writes it, in Swedish, and how it is measured.
/// </summary>
/// <remarks>
/// The <see cref="FollowUpPlan"/> that holds a goal checks it (an id and a text that are not blank, an id
/// of its own, a valid measure). This type is immutable and safe to share between threads.
/// </remarks>
public sealed class EffectGoal
{
    /// <summary>Creates a goal; the plan that holds it checks it.</summary>
    /// <param name="id">The goal's id in the plan, e.g. <c>1a</c>; not blank, no white space.</param>
    /// <param name="text">The goal as the plan writes it, in Swedish; not blank.</param>
    /// <param name="measure">How it is measured: a <see cref="SurveyMeasure"/> or a <see cref="LedgerMeasure"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EffectGoal(string id, string text, GoalMeasure measure)
    {
        Id = Guard.Against.Null(id);
        Text = Guard.Against.Null(text);
        Measure = Guard.Against.Null(measure);
    }

    /// <summary>The goal's id in the plan, e.g. <c>1a</c>.</summary>
    public string Id { get; }

    /// <summary>The goal as the plan writes it, in Swedish (e.g. <i>Att minst 80 % av socialsekreterarna …</i>).</summary>
    public string Text { get; }

    /// <summary>How the goal is measured.</summary>
    public GoalMeasure Measure { get; }

    /// <summary>The survey measure, or null for a goal measured from the ledger.</summary>
    public SurveyMeasure? Survey => Measure as SurveyMeasure;

    /// <summary>The id and the text, e.g. <c>"1a: känna sig stärkt i yrkesrollen"</c>.</summary>
    /// <returns>The goal as text.</returns>
    public override string ToString() => $"{Id}: {Text}";
}
