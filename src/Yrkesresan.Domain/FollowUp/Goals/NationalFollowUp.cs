using System.Collections.Immutable;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>The directive's four effect goals (PD §2.4) as a plan: the default of a new region.</summary>
internal static class NationalFollowUp
{
    private static string[] Agree => ["Instämmer helt", "Instämmer till stor del"];
    private static string[] DoNotAgree => ["Instämmer till viss del", "Instämmer inte alls"];
    private static string[] DoNotKnow => ["Vet ej"];
    private static Role[] Staff => [Role.Socialsekreterare, Role.Arbetsledare, Role.Chef];
    private static Role[] Managers => [Role.Arbetsledare, Role.Chef];

    /// <summary>The role question: <c>roll</c>.</summary>
    public static RoleQuestion RoleQuestion => new(
        "roll",
        [
            new RoleOption("Socialsekreterare", Role.Socialsekreterare),
            new RoleOption("Arbetsledare", Role.Arbetsledare),
            new RoleOption("Chef", Role.Chef),
            new RoleOption("Annan", null),
        ]);

    /// <summary>The four goals, in the directive's words.</summary>
    public static ImmutableArray<EffectGoal> Goals =>
    [
        Goal("1", "80 procent av den berörda personalen anser att Yrkesresan barn och unga är ett stöd i deras yrkesutveckling", Staff, "n1", "Stöd i yrkesutvecklingen"),
        Goal("2", "80 procent av den berörda personalen anser att kurserna som erbjuds inom Yrkesresan barn och unga är bra", Staff, "n2", "Kurserna är bra"),
        Goal("3", "80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i kompetensutveckling av personal", Managers, "n3", "Hjälp i kompetensutvecklingen"),
        Goal("4", "80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i introduktion av ny personal", Managers, "n4", "Hjälp i introduktionen av ny personal"),
    ];

    /// <summary>The plan, built and validated at each call (it is small, and read once by a new region file).</summary>
    /// <remarks>
    /// Nothing here is a static field: the plan's texts and its construction run in the test that asks for them, so that
    /// mutation testing tests them with those tests rather than with the whole suite.
    /// </remarks>
    public static FollowUpPlan Plan => new(RoleQuestion, Goals);

    private static EffectGoal Goal(string id, string text, Role[] roles, string question, string shortText) =>
        new(id, text, new SurveyMeasure(roles, question, Agree, DoNotAgree, DoNotKnow), shortText);
}
