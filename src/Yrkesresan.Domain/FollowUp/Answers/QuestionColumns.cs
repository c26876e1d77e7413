using System.Collections.Immutable;
using System.Globalization;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Finds the columns of a plan's questions in a survey export by their labels (rule <c>GOAL-4</c>): the
/// role question, the municipality question, and each survey goal's question. A label that heads no
/// column, or more than one, is a problem of the file's header row.
/// </summary>
internal sealed class QuestionColumns
{
    private QuestionColumns(AnswerColumn? role, AnswerColumn? municipality, ImmutableArray<AnswerColumn?> goals)
    {
        Role = role;
        Municipality = municipality;
        Goals = goals;
    }

    /// <summary>The role question's column, or null when it is not in the file (a problem).</summary>
    public AnswerColumn? Role { get; }

    /// <summary>The municipality question's column, or null when the plan has none or it is not in the file.</summary>
    public AnswerColumn? Municipality { get; }

    /// <summary>For each goal of the plan, in its order, its question's column; null for a ledger goal or a question not in the file.</summary>
    public ImmutableArray<AnswerColumn?> Goals { get; }

    /// <summary>Finds the columns, reporting every label that heads no column or more than one.</summary>
    public static QuestionColumns Find(FollowUpPlan plan, SurveyAnswers answers, AnswerProblems problems)
    {
        AnswerColumn? role = One(answers, plan.RoleQuestion.Label, problems, label => FollowUpText.Of(nameof(FollowUpTexts.RoleQuestionNotInAnswers), label));
        AnswerColumn? municipality = plan.MunicipalityQuestion is { } question
            ? One(answers, question.Label, problems, label => FollowUpText.Of(nameof(FollowUpTexts.MunicipalityQuestionNotInAnswers), label))
            : null;

        var byLabel = new Dictionary<string, AnswerColumn?>(StringComparer.OrdinalIgnoreCase);
        var goals = new AnswerColumn?[plan.Goals.Length];
        for (int i = 0; i < plan.Goals.Length; i++)
        {
            SurveyMeasure? survey = plan.Goals[i].Survey;
            if (survey is null)
            {
                continue;
            }

            string label = survey.Question.Trim();
            if (!byLabel.TryGetValue(label, out AnswerColumn? column))
            {
                string[] ids = [.. plan.Goals.Where(g => g.Survey is { } s && QuestionHeader.SameLabel(s.Question, label)).Select(g => g.Id)];
                column = One(answers, label, problems, l => ids.Length == 1
                    ? FollowUpText.Of(nameof(FollowUpTexts.GoalQuestionNotInAnswers), l, ids[0])
                    : FollowUpText.Of(nameof(FollowUpTexts.GoalsQuestionNotInAnswers), l, string.Join(", ", ids)));
                byLabel.Add(label, column);
            }

            goals[i] = column;
        }

        return new QuestionColumns(role, municipality, [.. goals]);
    }

    private static AnswerColumn? One(SurveyAnswers answers, string label, AnswerProblems problems, Func<string, LocalizedText> missing)
    {
        string trimmed = label.Trim();
        ImmutableArray<AnswerColumn> found = answers.ColumnsOf(trimmed);
        if (found.Length == 1)
        {
            return found[0];
        }

        LocalizedText text = found.IsEmpty
            ? missing(trimmed)
            : FollowUpText.Of(
                nameof(FollowUpTexts.QuestionInSeveralColumns),
                trimmed,
                string.Join(", ", found.Select(c => answers.Style == CellReferenceStyle.SpreadsheetCell ? c.Letters : c.Number.ToString(CultureInfo.InvariantCulture))));
        problems.AtHeader(trimmed, text);
        return null;
    }
}
