namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// What the 95 % Wilson score interval of a survey goal's share says beside the decision (rule
/// <c>GOAL-6</c>): the interval lies wholly above the threshold, wholly below it, or the answers are too
/// few to tell. The verdict informs; the decision is rule <c>GOAL-1</c>'s exact comparison.
/// </summary>
/// <remarks>Reports spell a verdict by its <see cref="CodedValue{TEnum}.Code"/>, e.g. <c>too_few_answers</c>.</remarks>
public sealed class IntervalVerdict : CodedValue<IntervalVerdict>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>The whole interval lies above the threshold, code <c>above</c>.</summary>
    public static readonly IntervalVerdict Above = new(nameof(Above), 1, "above", "Helt över gränsen");

    /// <summary>The whole interval lies below the threshold, code <c>below</c>.</summary>
    public static readonly IntervalVerdict Below = new(nameof(Below), 2, "below", "Helt under gränsen");

    /// <summary>
    /// The interval reaches the threshold, or there are no counted answers: too few answers to tell
    /// whether the share lies above or below it, code <c>too_few_answers</c>.
    /// </summary>
    public static readonly IntervalVerdict TooFewAnswers = new(nameof(TooFewAnswers), 3, "too_few_answers", "För få svar för att avgöra");

    private IntervalVerdict(string name, int value, string code, string displayName)
        : base(name, value, code, displayName)
    {
    }
    // Stryker restore all
}
