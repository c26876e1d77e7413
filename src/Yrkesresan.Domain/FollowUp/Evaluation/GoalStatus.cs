namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Where an effect goal stands for a year (rules <c>GOAL-1</c>, <c>GOAL-2</c>, <c>GOAL-4</c>, <c>GOAL-5</c>):
/// met, not met, or not evaluable (no counted answers, or no ledger for a ledger goal). A goal that cannot
/// be evaluated is never met.
/// </summary>
/// <remarks>Reports spell a status by its <see cref="CodedValue{TEnum}.Code"/>, e.g. <c>not_met</c>.</remarks>
public sealed class GoalStatus : CodedValue<GoalStatus>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>Met (<i>uppfyllt</i>), code <c>met</c>.</summary>
    public static readonly GoalStatus Met = new(nameof(Met), 1, "met", "Uppfyllt");

    /// <summary>Not met (<i>inte uppfyllt</i>), code <c>not_met</c>.</summary>
    public static readonly GoalStatus NotMet = new(nameof(NotMet), 2, "not_met", "Inte uppfyllt");

    /// <summary>Not evaluable (<i>kan inte bedömas</i>), code <c>not_evaluable</c>: nothing to decide on, never met.</summary>
    public static readonly GoalStatus NotEvaluable = new(nameof(NotEvaluable), 3, "not_evaluable", "Kan inte bedömas");

    private GoalStatus(string name, int value, string code, string displayName)
        : base(name, value, code, displayName)
    {
    }
    // Stryker restore all
}
