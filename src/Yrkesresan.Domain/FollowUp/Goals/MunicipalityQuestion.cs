using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// The survey's question of which municipality a respondent works in, where the survey asks it: its
/// label, e.g. <c>kommun</c>. Its answers are the names of the region's municipalities (compared with
/// white space around them ignored and without regard to case), and give each goal a breakdown by
/// municipality.
/// </summary>
/// <remarks>The <see cref="FollowUpPlan"/> that holds the question checks its label. This type is immutable and safe to share between threads.</remarks>
public sealed class MunicipalityQuestion
{
    /// <summary>Creates the municipality question; the plan that holds it checks it.</summary>
    /// <param name="label">The question's label in the survey; not blank, no parentheses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public MunicipalityQuestion(string label)
    {
        Label = Guard.Against.Null(label);
    }

    /// <summary>The question's label in the survey, e.g. <c>kommun</c>.</summary>
    public string Label { get; }

    /// <summary>The label.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;
}
