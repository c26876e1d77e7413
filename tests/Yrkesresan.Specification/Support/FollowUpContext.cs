using System.Globalization;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Specification.Support;

/// <summary>
/// The effect goals and survey answers a scenario writes (GOAL-1 to GOAL-6), made into a
/// <see cref="FollowUpPlan"/> and <see cref="SurveyAnswers"/> as a CSV export from the learning platform
/// would give them: one column per question, headed <c>(label) text</c>, one row per respondent.
/// </summary>
public sealed class FollowUpContext
{
    private readonly List<GoalDraft> goals = [];
    private readonly Dictionary<string, (List<string> Positive, List<string> NotPositive, List<string> NotCounted)> classes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> columns = [];
    private readonly List<string?[]> rows = [];
    private List<RoleOption> roleOptions =
    [
        new("Socialsekreterare", Role.Socialsekreterare),
        new("Arbetsledare", Role.Arbetsledare),
        new("Chef", Role.Chef),
        new("Annan", null),
    ];

    /// <summary>Whether the survey asks which municipality the respondent works in.</summary>
    public bool AsksMunicipality { get; set; }

    /// <summary>The national plan, when the scenario uses it instead of its own goals.</summary>
    public FollowUpPlan? Given { get; set; }

    /// <summary>The goal written last.</summary>
    public GoalDraft LastGoal => goals.Count > 0 ? goals[^1] : throw new InvalidOperationException("No effect goal has been written.");

    /// <summary>Adds a goal.</summary>
    public void Add(GoalDraft goal) => goals.Add(goal);

    /// <summary>Sets the role question's answers.</summary>
    public void SetRoleOptions(IEnumerable<RoleOption> options) => roleOptions = [.. options];

    /// <summary>Classes an answer option of a question: <c>positivt</c>, <c>inte positivt</c> or <c>räknas inte</c>; a later class replaces an earlier one.</summary>
    public void Class(string question, string answer, string answerClass)
    {
        if (!classes.TryGetValue(question, out var lists))
        {
            lists = ([], [], []);
            classes[question] = lists;
        }

        // The latest class given to an answer is its class: a scenario may class an option again.
        lists.Positive.Remove(answer);
        lists.NotPositive.Remove(answer);
        lists.NotCounted.Remove(answer);
        (answerClass.Trim() switch
        {
            "positivt" => lists.Positive,
            "inte positivt" => lists.NotPositive,
            "räknas inte" => lists.NotCounted,
            _ => throw new FormatException($"'{answerClass}': an answer counts as 'positivt', 'inte positivt' or 'räknas inte'"),
        }).Add(answer);
    }

    /// <summary>Adds answers: the columns by their labels (<c>roll</c>, <c>kommun</c>, <c>q2</c>), and <paramref name="count"/> respondents who answered the same.</summary>
    public void Answer(IReadOnlyDictionary<string, string?> answers, int count)
    {
        foreach (string label in answers.Keys.Where(l => !columns.Contains(l)))
        {
            columns.Add(label);
            for (int i = 0; i < rows.Count; i++)
            {
                rows[i] = [.. rows[i], null];
            }
        }

        string?[] respondent = [.. columns.Select(c => answers.TryGetValue(c, out string? a) ? a : null)];
        rows.AddRange(Enumerable.Repeat(respondent, count));
    }

    /// <summary>The plan: the national one if given, else the goals written, with the role question and the municipality question if asked.</summary>
    public FollowUpPlan Plan() =>
        Given ?? new FollowUpPlan(
            new RoleQuestion("roll", roleOptions),
            goals.Select(Goal),
            AsksMunicipality ? new MunicipalityQuestion("kommun") : null);

    /// <summary>The answers as a CSV export, <c>svar.csv</c>: the role column first, even when nobody answered.</summary>
    public SurveyAnswers Answers()
    {
        string[] labels = [.. new[] { "roll" }.Concat(AsksMunicipality ? ["kommun"] : []).Concat(columns.Where(c => c is not "roll" and not "kommun"))];
        return new SurveyAnswers(
            "svar.csv",
            CellReferenceStyle.ColumnNumber,
            labels.Select((label, i) => new AnswerColumn(i + 1, $"({label}) {label}")),
            rows.Select((row, i) => new AnswerRow(i + 2, labels.Select(l => columns.IndexOf(l) is int at and >= 0 ? row[at] : null))));
    }

    private EffectGoal Goal(GoalDraft draft)
    {
        if (draft.Ledger is not null)
        {
            return new EffectGoal(draft.Id, draft.Text, draft.Ledger);
        }

        var (positive, notPositive, notCounted) = classes.TryGetValue(draft.Question!, out var lists) ? lists : ([], [], []);
        return new EffectGoal(draft.Id, draft.Text, new SurveyMeasure(draft.Roles, draft.Question!, positive, notPositive, notCounted, draft.Threshold));
    }

    /// <summary>A goal as the scenario writes it.</summary>
    public sealed class GoalDraft(string id, string text)
    {
        public string Id { get; } = id;

        public string Text { get; } = text;

        public string? Question { get; init; }

        public IReadOnlyList<Role> Roles { get; init; } = [];

        public int Threshold { get; set; } = SurveyMeasure.DefaultThresholdPercent;

        public LedgerMeasure? Ledger { get; init; }

        public override string ToString() => Id.ToString(CultureInfo.InvariantCulture);
    }
}
