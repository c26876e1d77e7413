using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// The survey's question of who answered (rule <c>GOAL-4</c>): its label, e.g. <c>roll</c>
/// (<i>Vilken roll har du?</i>), and which answer means which role.
/// </summary>
/// <remarks>
/// A respondent with no answer to it has no role and counts for no goal; an answer that is none of
/// the <see cref="Options"/> is a problem of the answers file. The <see cref="FollowUpPlan"/> that holds the
/// question checks it (a label, at least one option, no answer twice). This type is immutable and safe to
/// share between threads.
/// </remarks>
public sealed class RoleQuestion
{
    /// <summary>Creates the role question; the plan that holds it checks it.</summary>
    /// <param name="label">The question's label in the survey; not blank, no parentheses.</param>
    /// <param name="options">Its answers and the role each means; at least one, no answer twice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="options"/> is null, or an option is.</exception>
    public RoleQuestion(string label, IEnumerable<RoleOption> options)
    {
        Label = Guard.Against.Null(label);
        Options = Lists.NoNulls(options, nameof(options));
        Guard.Against.InvalidInput(Options, nameof(options), static o => o.All(x => x.Answer is not null), "An option needs its answer text.");
    }

    /// <summary>The question's label in the survey, e.g. <c>roll</c>.</summary>
    public string Label { get; }

    /// <summary>The answers and the role each means, in the order given.</summary>
    public ImmutableArray<RoleOption> Options { get; }

    /// <summary>The label.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;
}
