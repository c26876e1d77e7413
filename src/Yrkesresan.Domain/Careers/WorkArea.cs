namespace Yrkesresan.Domain.Careers;

/// <summary>
/// An area of work in social child and youth welfare (rule <c>STEP-5</c>). Which areas are in the
/// target group is part of a region's <see cref="EligibilityPolicy"/>: the national default is
/// <see cref="Mottagning"/>, <see cref="Utredning"/> and <see cref="Uppfoljning"/>; Norrbotten adds
/// <see cref="Familjehem"/>.
/// </summary>
/// <remarks>Region files spell a work area by its <see cref="CodedValue{TEnum}.Code"/>, e.g. <c>"uppfoljning"</c>.</remarks>
public sealed class WorkArea : CodedValue<WorkArea>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>Intake (<i>mottagning</i>), code <c>mottagning</c>.</summary>
    public static readonly WorkArea Mottagning = new(nameof(Mottagning), 1, "mottagning", "Mottagning");

    /// <summary>Investigation (<i>utredning</i>), code <c>utredning</c>.</summary>
    public static readonly WorkArea Utredning = new(nameof(Utredning), 2, "utredning", "Utredning");

    /// <summary>Follow-up (<i>uppföljning</i>), code <c>uppfoljning</c>.</summary>
    public static readonly WorkArea Uppfoljning = new(nameof(Uppfoljning), 3, "uppfoljning", "Uppföljning");

    /// <summary>Foster care (<i>familjehem</i>), code <c>familjehem</c>.</summary>
    public static readonly WorkArea Familjehem = new(nameof(Familjehem), 4, "familjehem", "Familjehem");

    private WorkArea(string name, int value, string code, string displayName)
        : base(name, value, code, displayName)
    {
    }
    // Stryker restore all
}
