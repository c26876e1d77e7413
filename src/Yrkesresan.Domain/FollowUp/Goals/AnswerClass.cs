namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// How an answer option of a goal's question counts (rule <c>GOAL-4</c>), as the region classes it.
/// The names are stable codes that callers may rely on.
/// </summary>
public enum AnswerClass
{
    /// <summary>A positive answer: it counts, and counts towards the goal (e.g. <i>Nöjd</i>, <i>Instämmer helt</i>).</summary>
    Positive = 1,

    /// <summary>A counted answer that is not positive (e.g. <i>Varken eller</i>, <i>Missnöjd</i>).</summary>
    NotPositive = 2,

    /// <summary>An answer that is not counted at all and leaves the denominator (e.g. <i>Vet ej</i>, don't know).</summary>
    NotCounted = 3,
}
