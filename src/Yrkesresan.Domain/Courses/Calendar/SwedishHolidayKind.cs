namespace Yrkesresan.Domain.Courses.Calendar;

/// <summary>
/// Why a <see cref="SwedishHoliday"/> is not a working day (rule <c>COURSE-7</c>): it is a
/// <see cref="PublicHoliday"/> under Swedish law (<i>allmän helgdag</i>), or one of the three
/// <see cref="Eve"/>s (midsummer eve, Christmas eve, New Year's eve) that are not working days either.
/// </summary>
/// <remarks>
/// The <see cref="CodedValue{TEnum}.Code"/> is how the tool's JSON spells the kind:
/// <c>"holiday"</c> or <c>"eve"</c>.
/// </remarks>
public sealed class SwedishHolidayKind : CodedValue<SwedishHolidayKind>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>A public holiday under Swedish law (<i>allmän helgdag</i>), code <c>holiday</c>.</summary>
    public static readonly SwedishHolidayKind PublicHoliday = new(nameof(PublicHoliday), 1, "holiday", "Allmän helgdag");

    /// <summary>An eve that is not a working day (<i>afton</i>): midsummer eve, Christmas eve, New Year's eve; code <c>eve</c>.</summary>
    public static readonly SwedishHolidayKind Eve = new(nameof(Eve), 2, "eve", "Afton");

    private SwedishHolidayKind(string name, int value, string code, string displayName)
        : base(name, value, code, displayName)
    {
    }
    // Stryker restore all
}
