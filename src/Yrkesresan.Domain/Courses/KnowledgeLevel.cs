namespace Yrkesresan.Domain.Courses;

/// <summary>
/// The level of a knowledge goal (<i>kunskapsnivå</i>) that a preparation or follow-up task aims at:
/// <see cref="Fakta"/> (facts), <see cref="Forstaelse"/> (understanding), <see cref="Fardighet"/>
/// (skill) and <see cref="Fortrogenhet"/> (familiarity), in that order.
/// </summary>
/// <remarks>
/// The <see cref="CodedValue{TEnum}.Code"/> of a level is how a region file spells it in
/// <c>goal.level</c>: <c>"fakta"</c>, <c>"forstaelse"</c>, <c>"fardighet"</c> or <c>"fortrogenhet"</c>.
/// </remarks>
public sealed class KnowledgeLevel : CodedValue<KnowledgeLevel>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>Level 1, <i>Fakta</i>: facts, knowing what; code <c>fakta</c>.</summary>
    public static readonly KnowledgeLevel Fakta = new(nameof(Fakta), 1, "fakta", "Fakta");

    /// <summary>Level 2, <i>Förståelse</i>: understanding, knowing why; code <c>forstaelse</c>.</summary>
    public static readonly KnowledgeLevel Forstaelse = new(nameof(Forstaelse), 2, "forstaelse", "Förståelse");

    /// <summary>Level 3, <i>Färdighet</i>: skill, knowing how to do it; code <c>fardighet</c>.</summary>
    public static readonly KnowledgeLevel Fardighet = new(nameof(Fardighet), 3, "fardighet", "Färdighet");

    /// <summary>Level 4, <i>Förtrogenhet</i>: familiarity, judgement from experience; code <c>fortrogenhet</c>.</summary>
    public static readonly KnowledgeLevel Fortrogenhet = new(nameof(Fortrogenhet), 4, "fortrogenhet", "Förtrogenhet");

    private KnowledgeLevel(string name, int value, string code, string displayName)
        : base(name, value, code, displayName)
    {
    }
    // Stryker restore all
}
