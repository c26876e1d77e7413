using System.Globalization;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Benchmarks;

/// <summary>
/// A national survey for the follow-up benchmark (issue 14): 100 000 responses of 30 questions (the role,
/// the municipality, 11 goal questions, 16 other scale questions and a free-text question) beside a
/// response number, a name and an e-mail address, as a CSV reader would hand them over (every cell its own
/// string); and a plan of 11 survey goals over all 290 municipalities.
/// </summary>
/// <remarks>
/// A <see cref="Random"/> of fixed seed draws each cell: the role Socialsekreterare 80 %, Arbetsledare 8 %,
/// Chef 7 %, Annan 4 %, blank 1 %; the municipality one of the 290 names, blank 2 %; each scale answer
/// positive about 82 % of the time among the counted, with 5 % <i>Vet ej</i> and 5 % blank.
/// </remarks>
internal static class NationalSurvey
{
    public const int Responses = 100_000;
    public const int Year = 2024;
    public const int Seed = 20_250_131;

    private static readonly string[] Agree = ["Instämmer helt", "Instämmer till stor del"];
    private static readonly string[] DoNotAgree = ["Instämmer till viss del", "Instämmer inte alls"];
    private static readonly string[] Satisfied = ["Mycket nöjd", "Nöjd"];
    private static readonly string[] NotSatisfied = ["Varken eller", "Missnöjd", "Mycket missnöjd"];
    private static readonly string[] DoNotKnow = ["Vet ej"];
    private static readonly Role[] Staff = [Role.Socialsekreterare, Role.Arbetsledare, Role.Chef];
    private static readonly Role[] Managers = [Role.Arbetsledare, Role.Chef];
    private static readonly string[] FirstGoalParts = ["1a", "1b", "1c", "1d"];

    /// <summary>The 11 goal questions: label and whether it is on the satisfaction scale.</summary>
    private static readonly (string Label, bool Satisfaction)[] GoalQuestions =
    [
        ("n1", false), ("n2", false), ("n3", false), ("n4", false),
        ("q1a", false), ("q1b", false), ("q1c", false), ("q1d", false),
        ("q2", true), ("q3", false), ("q5", true),
    ];

    /// <summary>The plan: the national four (ids 1 to 4), and Norrbotten's 1a-1d, 2, 3 and 5 (ids nb1a to nb5); with or without the municipality question.</summary>
    public static FollowUpPlan Plan(bool byMunicipality)
    {
        EffectGoal[] goals =
        [
            .. FollowUpPlan.NationalGoals,
            .. FirstGoalParts.Select(id => Goal("nb" + id, [Role.Socialsekreterare], "q" + id, satisfaction: false)),
            Goal("nb2", Staff, "q2", satisfaction: true),
            Goal("nb3", Managers, "q3", satisfaction: false),
            Goal("nb5", Managers, "q5", satisfaction: true),
        ];
        return new FollowUpPlan(FollowUpPlan.NationalRoleQuestion, goals, byMunicipality ? new MunicipalityQuestion("kommun") : null);
    }

    /// <summary>The answers, drawn from the seed.</summary>
    public static SurveyAnswers Answers(Region region)
    {
#pragma warning disable CA5394 // Not for security: a fixed seed makes a reproducible dataset.
        var random = new Random(Seed);
        string[] municipalities = [.. region.Municipalities.Select(m => m.Name)];
        var headers = new List<string> { "Svarsnummer", "Namn", "E-post", "(roll) Vilken roll har du?", "(kommun) I vilken kommun arbetar du?" };
        headers.AddRange(GoalQuestions.Select(q => $"({q.Label}) Frågetext för {q.Label}"));
        headers.AddRange(Enumerable.Range(6, 16).Select(i => $"(q{i}) Annan fråga {i}"));
        headers.Add("(fritext) Övriga synpunkter");

        var rows = new AnswerRow[Responses];
        for (int r = 0; r < Responses; r++)
        {
            string?[] cells = new string?[headers.Count];
            string n = (r + 1).ToString(CultureInfo.InvariantCulture);
            cells[0] = n;
            cells[1] = "Person " + n;
            cells[2] = $"person{n}@kommun.se";
            int role = random.Next(100);
            cells[3] = role < 80 ? Copy("Socialsekreterare") : role < 88 ? Copy("Arbetsledare") : role < 95 ? Copy("Chef") : role < 99 ? Copy("Annan") : null;
            cells[4] = random.Next(100) < 2 ? null : Copy(municipalities[random.Next(municipalities.Length)]);
            for (int q = 0; q < GoalQuestions.Length; q++)
            {
                cells[5 + q] = ScaleAnswer(random, GoalQuestions[q].Satisfaction);
            }

            for (int q = 0; q < 16; q++)
            {
                cells[5 + GoalQuestions.Length + q] = ScaleAnswer(random, satisfaction: q % 2 == 0);
            }

            cells[^1] = random.Next(3) == 0 ? "Synpunkt från svarande " + n : null;
            rows[r] = new AnswerRow(r + 2, cells);
        }
#pragma warning restore CA5394

        return new SurveyAnswers("sverige-2024.csv", CellReferenceStyle.ColumnNumber, headers.Select((h, i) => new AnswerColumn(i + 1, h)), rows);
    }

    private static string? ScaleAnswer(Random random, bool satisfaction)
    {
#pragma warning disable CA5394
        int draw = random.Next(100);
        if (draw < 5)
        {
            return null;
        }

        if (draw < 10)
        {
            return Copy("Vet ej");
        }

        string[] positive = satisfaction ? Satisfied : Agree;
        string[] notPositive = satisfaction ? NotSatisfied : DoNotAgree;
        return draw < 84 ? Copy(positive[random.Next(positive.Length)]) : Copy(notPositive[random.Next(notPositive.Length)]);
#pragma warning restore CA5394
    }

    /// <summary>A string of its own, as a reader makes one per cell.</summary>
    private static string Copy(string text) => new(text.AsSpan());

    private static EffectGoal Goal(string id, Role[] roles, string question, bool satisfaction) =>
        new(id, "Effektmål " + id, satisfaction
            ? new SurveyMeasure(roles, question, Satisfied, NotSatisfied, DoNotKnow)
            : new SurveyMeasure(roles, question, Agree, DoNotAgree, DoNotKnow));
}
