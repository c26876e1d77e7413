using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// A goal measured by one question of the survey (rules <c>GOAL-1</c>, <c>GOAL-3</c>, <c>GOAL-4</c>): the
/// respondent roles it counts, the question's label, its answer options classed positive, not positive
/// or not counted, and the threshold in whole percent (80 unless the region says otherwise).
/// </summary>
/// <remarks>
/// <para>
/// A respondent counts for the goal when their role is among <see cref="Roles"/> and they answered the
/// question; an option of <see cref="NotCounted"/> (e.g. <i>Vet ej</i>) leaves the denominator. The goal is
/// met when <c>positive × 100 ≥ threshold × counted</c>, compared in integers.
/// </para>
/// <para>
/// The <see cref="FollowUpPlan"/> that holds a measure checks it, with every other part of the plan,
/// and reports every problem at once with paths in the region file's spelling
/// (<c>goals[3].survey.threshold_percent</c>). An answer matches an option when they are equal with
/// white space around them ignored, without regard to case, in Unicode normal form C.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class SurveyMeasure : GoalMeasure
{
    /// <summary>The threshold of a goal whose region does not give one: 80 % (PP §2.4, PD §2.4).</summary>
    public const int DefaultThresholdPercent = 80;

    private readonly FrozenDictionary<string, AnswerClass> classes;

    /// <summary>Creates a survey measure; the plan that holds it checks it.</summary>
    /// <param name="roles">The respondent roles the goal counts; at least one, none twice.</param>
    /// <param name="question">The question's label in the survey, e.g. <c>q1a</c>; not blank, no parentheses.</param>
    /// <param name="positive">The options that count as positive; at least one.</param>
    /// <param name="notPositive">The options that count and are not positive; at least one.</param>
    /// <param name="notCounted">The options that are not counted (e.g. <i>Vet ej</i>); may be empty.</param>
    /// <param name="thresholdPercent">The share of positive answers needed, in whole percent from 1 to 100; 80 by default.</param>
    /// <exception cref="ArgumentNullException">A list or the question is null, or a list holds a null.</exception>
    public SurveyMeasure(
        IEnumerable<Role> roles,
        string question,
        IEnumerable<string> positive,
        IEnumerable<string> notPositive,
        IEnumerable<string> notCounted,
        int thresholdPercent = DefaultThresholdPercent)
    {
        Roles = Lists.NoNulls(roles, nameof(roles));
        Question = Guard.Against.Null(question);
        Positive = Lists.NoNulls(positive, nameof(positive));
        NotPositive = Lists.NoNulls(notPositive, nameof(notPositive));
        NotCounted = Lists.NoNulls(notCounted, nameof(notCounted));
        ThresholdPercent = thresholdPercent;

        var byText = new Dictionary<string, AnswerClass>(AnswerText.Comparer);
        foreach ((ImmutableArray<string> options, AnswerClass kind) in Classed())
        {
            foreach (string option in options)
            {
                byText.TryAdd(AnswerText.Normalize(option), kind);
            }
        }

        classes = byText.ToFrozenDictionary(AnswerText.Comparer);
    }

    /// <inheritdoc/>
    public override string Code => "survey";

    /// <summary>The respondent roles the goal counts, in the order given.</summary>
    public ImmutableArray<Role> Roles { get; }

    /// <summary>The question's label in the survey, e.g. <c>q1a</c>: its column is headed <c>(q1a) …</c> or <c>q1a</c>.</summary>
    public string Question { get; }

    /// <summary>The options that count as positive, in the order given.</summary>
    public ImmutableArray<string> Positive { get; }

    /// <summary>The options that count and are not positive, in the order given.</summary>
    public ImmutableArray<string> NotPositive { get; }

    /// <summary>The options that are not counted (they leave the denominator), in the order given.</summary>
    public ImmutableArray<string> NotCounted { get; }

    /// <summary>Every option: the positive ones, then the not positive, then the not counted.</summary>
    public ImmutableArray<string> Options => [.. Positive, .. NotPositive, .. NotCounted];

    /// <summary>The share of positive answers needed, in whole percent.</summary>
    public int ThresholdPercent { get; }

    /// <summary>Whether the goal counts respondents of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Whether <paramref name="role"/> is among <see cref="Roles"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public bool Counts(Role role)
    {
        Guard.Against.Null(role);
        return Roles.Contains(role);
    }

    /// <summary>How an answer counts: its option's class, or null when it is none of the options.</summary>
    /// <param name="answer">The answer as written in the survey's export.</param>
    /// <returns>The class, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    public AnswerClass? ClassOf(string answer)
    {
        Guard.Against.Null(answer);
        return classes.TryGetValue(AnswerText.Normalize(answer), out AnswerClass kind) ? kind : null;
    }

    /// <summary>The options with their classes, in the order of <see cref="Options"/>.</summary>
    internal IEnumerable<(ImmutableArray<string> Options, AnswerClass Class)> Classed() =>
        [(Positive, AnswerClass.Positive), (NotPositive, AnswerClass.NotPositive), (NotCounted, AnswerClass.NotCounted)];
}
