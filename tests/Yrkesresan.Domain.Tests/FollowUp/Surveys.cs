using System.Globalization;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Domain.Tests.FollowUp;

/// <summary>
/// Short ways to write follow-up plans and survey answers in the tests: the option scales of the issue,
/// the role question, Norrbotten's seven goals (with 1a-1d) as a test-only plan, and answer tables as a
/// CSV or an .xlsx export would give them.
/// </summary>
internal static class Surveys
{
    /// <summary>The satisfaction scale's positive options.</summary>
    public static readonly string[] Satisfied = ["Mycket nöjd", "Nöjd"];

    /// <summary>The satisfaction scale's counted options that are not positive.</summary>
    public static readonly string[] NotSatisfied = ["Varken eller", "Missnöjd", "Mycket missnöjd"];

    /// <summary>The agreement scale's positive options.</summary>
    public static readonly string[] Agree = ["Instämmer helt", "Instämmer till stor del"];

    /// <summary>The agreement scale's counted options that are not positive.</summary>
    public static readonly string[] DoNotAgree = ["Instämmer till viss del", "Instämmer inte alls"];

    /// <summary>The option that is not counted.</summary>
    public static readonly string[] DoNotKnow = ["Vet ej"];

    /// <summary>Social secretaries, supervisors and managers.</summary>
    public static readonly Role[] Staff = [Role.Socialsekreterare, Role.Arbetsledare, Role.Chef];

    /// <summary>Supervisors and managers.</summary>
    public static readonly Role[] Managers = [Role.Arbetsledare, Role.Chef];

    /// <summary>The header of the role question's column.</summary>
    public const string RoleHeader = "(roll) Vilken roll har du?";

    /// <summary>The header of the municipality question's column.</summary>
    public const string MunicipalityHeader = "(kommun) I vilken kommun arbetar du?";

    /// <summary>The role question: <c>roll</c>, with Socialsekreterare, Arbetsledare, Chef and Annan (no role).</summary>
    public static RoleQuestion Roll { get; } = new(
        "roll",
        [
            new RoleOption("Socialsekreterare", Role.Socialsekreterare),
            new RoleOption("Arbetsledare", Role.Arbetsledare),
            new RoleOption("Chef", Role.Chef),
            new RoleOption("Annan", null),
        ]);

    /// <summary>A satisfaction goal on a question, for some roles, at a threshold.</summary>
    public static EffectGoal SatisfactionGoal(string id, string question, Role[]? roles = null, int threshold = 80) =>
        new(id, $"Att minst {threshold} % är nöjda eller mycket nöjda ({id})", new SurveyMeasure(roles ?? Staff, question, Satisfied, NotSatisfied, DoNotKnow, threshold));

    /// <summary>An agreement goal on a question, for some roles.</summary>
    public static EffectGoal AgreementGoal(string id, string question, Role[] roles) =>
        new(id, $"Att minst 80 % instämmer ({id})", new SurveyMeasure(roles, question, Agree, DoNotAgree, DoNotKnow));

    /// <summary>A plan of the role question and the goals, with the municipality question <c>kommun</c> when asked.</summary>
    public static FollowUpPlan Plan(bool municipality, params EffectGoal[] goals) =>
        new(Roll, goals, municipality ? new MunicipalityQuestion("kommun") : null);

    /// <summary>
    /// Norrbotten's seven goals as its plan writes them (PP §2.4), with 1a-1d: the surveys of goals 1, 3 and
    /// 4 on the agreement scale, 2 and 5 on the satisfaction scale, 6 from the trainers, 7 from the membership;
    /// with the municipality question. The built-in region file holds the same goals in the same words (its survey's
    /// scales are its own), which <c>NorrbottenRegionFileTests</c> checks against these.
    /// </summary>
    public static FollowUpPlan Norrbotten() => new(
        Roll,
        [
            AgreementGoalText("1a", "känna sig stärkt i yrkesrollen.", "q1a"),
            AgreementGoalText("1b", "känna sig mer säker på att hitta information för att genomföra sina arbetsuppgifter.", "q1b"),
            AgreementGoalText("1c", "känna sig bättre rustad för att arbeta inom området.", "q1c"),
            AgreementGoalText("1d", "handlägga, dokumentera och samverka utifrån gällande regelverk.", "q1d"),
            new("2", "Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i.", new SurveyMeasure(Staff, "q2", Satisfied, NotSatisfied, DoNotKnow)),
            new("3", "Att minst 80 % av arbetsledare och chefer ska tycka att Yrkesresan Barn och unga är ett stöd i introduktion av ny personal.", new SurveyMeasure(Managers, "q3", Agree, DoNotAgree, DoNotKnow)),
            new("4", "Att minst 80 % av arbetsledare och chefer ska tycka att Yrkesresan underlättar vid planering av kompetenshöjande insatser.", new SurveyMeasure(Managers, "q4", Agree, DoNotAgree, DoNotKnow)),
            new("5", "Att minst 80 % av arbetsledare och chefer ska vara nöjda eller mycket nöjda med det stöd som erbjuds dem i sin roll.", new SurveyMeasure(Managers, "q5", Satisfied, NotSatisfied, DoNotKnow)),
            new("6", "Att Yrkesresan erbjudit en möjlighet för erfaren personal i kommunerna att utvecklas i yrket genom uppdraget att bli utbildare.", LedgerMeasure.Trainers),
            new("7", "Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.", LedgerMeasure.Availability),
        ],
        new MunicipalityQuestion("kommun"));

    /// <summary>A CSV export: the columns numbered from 1, the header on row 1, the responses on rows 2, 3, …</summary>
    public static SurveyAnswers Csv(string[] headers, params string?[][] rows) => Table("svar.csv", CellReferenceStyle.ColumnNumber, headers, rows);

    /// <summary>An .xlsx export: the same, with problems naming cells as <c>D7</c>.</summary>
    public static SurveyAnswers Xlsx(string[] headers, params string?[][] rows) => Table("svar.xlsx", CellReferenceStyle.SpreadsheetCell, headers, rows);

    /// <summary>An .xlsx export read from a sheet: problems name the sheet and cell, <c>Svar!D7</c>, and no line.</summary>
    public static SurveyAnswers Sheet(string sheet, string[] headers, params string?[][] rows) =>
        new("svar.xlsx", CellReferenceStyle.SpreadsheetCell, headers.Select((h, i) => new AnswerColumn(i + 1, h)), rows.Select((r, i) => new AnswerRow(i + 2, r)), 1, sheet);

    /// <summary>Answers to one question, <c>q2</c>, by role: a response number, the role, the answer.</summary>
    public static SurveyAnswers Answers(params (string? Role, string? Answer)[] responses) =>
        Csv(
            ["Svarsnummer", RoleHeader, "(q2) Hur nöjd är du med kurserna?"],
            [.. responses.Select((r, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), r.Role, r.Answer })]);

    /// <summary><paramref name="count"/> copies of a response.</summary>
    public static IEnumerable<(string? Role, string? Answer)> Times(int count, string? role, string? answer) =>
        Enumerable.Repeat((role, answer), count);

    private static EffectGoal AgreementGoalText(string id, string text, string question) =>
        new(id, "Att minst 80 % av socialsekreterarna tycker att Yrkesresan Barn och unga har gjort nytta för dem när det gäller att " + text, new SurveyMeasure([Role.Socialsekreterare], question, Agree, DoNotAgree, DoNotKnow));

    private static SurveyAnswers Table(string file, CellReferenceStyle style, string[] headers, string?[][] rows) =>
        new(file, style, headers.Select((h, i) => new AnswerColumn(i + 1, h)), rows.Select((r, i) => new AnswerRow(i + 2, r)));
}
