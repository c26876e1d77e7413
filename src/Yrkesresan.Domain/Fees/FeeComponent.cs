namespace Yrkesresan.Domain.Fees;

/// <summary>
/// One of the four parts of the variable fee per participant and course day (rule <c>FEE-1</c>):
/// venue and refreshments, the trainer pot, course material and a buffer.
/// </summary>
/// <remarks>
/// Region files spell a component by its <see cref="CodedValue{TEnum}.Code"/>, as the keys of a fee
/// schedule's <c>components</c> object, e.g. <c>"trainer_pot"</c>. The set is ordered by value, from 1.
/// </remarks>
public sealed class FeeComponent : CodedValue<FeeComponent>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>Venue and refreshments (<i>lokal och fika</i>), code <c>venue</c>; 1 000 kr in Norrbotten.</summary>
    public static readonly FeeComponent Venue = new(nameof(Venue), 1, "venue", "Lokal och fika");

    /// <summary>The trainer pot (<i>utbildarpott</i>), code <c>trainer_pot</c>, paid back to the trainers' municipalities; 400 kr in Norrbotten.</summary>
    public static readonly FeeComponent TrainerPot = new(nameof(TrainerPot), 2, "trainer_pot", "Utbildarpott");

    /// <summary>Course material (<i>kursmaterial</i>), code <c>course_material</c>; 100 kr in Norrbotten.</summary>
    public static readonly FeeComponent CourseMaterial = new(nameof(CourseMaterial), 3, "course_material", "Kursmaterial");

    /// <summary>A buffer (<i>buffert</i>), code <c>buffer</c>; 50 kr in Norrbotten.</summary>
    public static readonly FeeComponent Buffer = new(nameof(Buffer), 4, "buffer", "Buffert");

    private FeeComponent(string name, int value, string code, string displayName)
        : base(name, value, code, displayName)
    {
    }
    // Stryker restore all
}
