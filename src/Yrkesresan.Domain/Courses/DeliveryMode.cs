namespace Yrkesresan.Domain.Courses;

/// <summary>
/// How a part of a course is given (rule <c>COURSE-3</c>): on site, or digitally. Preparation and
/// follow-up are always digital; each course day is one or the other.
/// </summary>
public sealed class DeliveryMode : CodedValue<DeliveryMode>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>On site (<i>på plats</i>), code <c>onsite</c>.</summary>
    public static readonly DeliveryMode OnSite = new(nameof(OnSite), 1, "onsite", "På plats");

    /// <summary>Digitally (<i>digitalt</i>), code <c>digital</c>.</summary>
    public static readonly DeliveryMode Digital = new(nameof(Digital), 2, "digital", "Digitalt");

    private DeliveryMode(string name, int value, string code, string displayName)
        : base(name, value, code, displayName)
    {
    }
    // Stryker restore all
}
