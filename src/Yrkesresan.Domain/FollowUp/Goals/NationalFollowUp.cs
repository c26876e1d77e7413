using System.Collections.Immutable;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>The directive's four effect goals (PD §2.4) as a plan: the default of a new region.</summary>
internal static class NationalFollowUp
{
    private static readonly string[] Agree = ["Instämmer helt", "Instämmer till stor del"];
    private static readonly string[] DoNotAgree = ["Instämmer till viss del", "Instämmer inte alls"];
    private static readonly string[] DoNotKnow = ["Vet ej"];
    private static readonly Role[] Staff = [Role.Socialsekreterare, Role.Arbetsledare, Role.Chef];
    private static readonly Role[] Managers = [Role.Arbetsledare, Role.Chef];

    /// <summary>The role question: <c>roll</c>.</summary>
    public static RoleQuestion RoleQuestion { get; } = new(
        "roll",
        [
            new RoleOption("Socialsekreterare", Role.Socialsekreterare),
            new RoleOption("Arbetsledare", Role.Arbetsledare),
            new RoleOption("Chef", Role.Chef),
            new RoleOption("Annan", null),
        ]);

    /// <summary>The four goals, in the directive's words.</summary>
    public static ImmutableArray<EffectGoal> Goals { get; } =
    [
        Goal("1", "80 procent av den berörda personalen anser att Yrkesresan barn och unga är ett stöd i deras yrkesutveckling", Staff, "n1", "Stöd i yrkesutvecklingen"),
        Goal("2", "80 procent av den berörda personalen anser att kurserna som erbjuds inom Yrkesresan barn och unga är bra", Staff, "n2", "Kurserna är bra"),
        Goal("3", "80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i kompetensutveckling av personal", Managers, "n3", "Hjälp i kompetensutvecklingen"),
        Goal("4", "80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i introduktion av ny personal", Managers, "n4", "Hjälp i introduktionen av ny personal"),
    ];

    private static readonly Lazy<FollowUpPlan> Built = new(() => new FollowUpPlan(RoleQuestion, Goals));

    /// <summary>The plan, built and validated once.</summary>
    public static FollowUpPlan Plan => Built.Value;

    private static EffectGoal Goal(string id, string text, Role[] roles, string question, string shortText) =>
        new(id, text, new SurveyMeasure(roles, question, Agree, DoNotAgree, DoNotKnow), shortText);
}
