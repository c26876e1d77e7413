using System.Collections.Immutable;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Checks a follow-up plan as a whole (rule <c>GOAL-3</c>) and reports every problem, with paths in the
/// region file's spelling relative to the plan: <c>role_question.options[2].answer</c>,
/// <c>goals[3].survey.threshold_percent</c>.
/// </summary>
internal static class FollowUpPlanValidator
{
    /// <summary>Every problem of a plan's parts, in the order of the plan.</summary>
    public static List<DataProblem> Check(RoleQuestion roleQuestion, MunicipalityQuestion? municipalityQuestion, ImmutableArray<EffectGoal> goals)
    {
        var problems = new List<DataProblem>();
        CheckLabel(roleQuestion.Label, "role_question.label", problems);
        if (roleQuestion.Options.IsEmpty)
        {
            problems.Add(new("role_question.options", FollowUpText.Of(nameof(FollowUpTexts.RoleOptionsMissing))));
        }

        CheckOptions([.. roleQuestion.Options.Select((o, i) => (o.Answer, $"role_question.options[{i}].answer", $"options[{i}]"))], problems);

        if (municipalityQuestion is not null
            && CheckLabel(municipalityQuestion.Label, "municipality_question.label", problems)
            && SameLabel(municipalityQuestion.Label, roleQuestion.Label))
        {
            problems.Add(new("municipality_question.label", FollowUpText.Of(nameof(FollowUpTexts.QuestionIsTheRoleQuestion), municipalityQuestion.Label)));
        }

        if (goals.IsEmpty)
        {
            problems.Add(new("goals", FollowUpText.Of(nameof(FollowUpTexts.GoalsMissing))));
        }

        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        HashSet<Role> answerable = [.. roleQuestion.Options.Select(o => o.Role).OfType<Role>()];
        for (int i = 0; i < goals.Length; i++)
        {
            string at = $"goals[{i}]";
            EffectGoal goal = goals[i];
            CheckId(goal.Id, i, ids, problems);
            if (string.IsNullOrWhiteSpace(goal.Text))
            {
                problems.Add(new($"{at}.text", FollowUpText.Of(nameof(FollowUpTexts.EffectGoalTextMissing))));
            }

            if (goal.ShortText is { } shortText)
            {
                if (string.IsNullOrWhiteSpace(shortText))
                {
                    problems.Add(new($"{at}.short_text", FollowUpText.Of(nameof(FollowUpTexts.ShortTextBlank))));
                }
                else if (shortText.Length > EffectGoal.MaxShortTextLength)
                {
                    problems.Add(new($"{at}.short_text", FollowUpText.Of(nameof(FollowUpTexts.ShortTextTooLong), EffectGoal.MaxShortTextLength, shortText.Length)));
                }
            }

            if (goal.Measure is SurveyMeasure survey)
            {
                var found = new List<DataProblem>();
                CheckSurvey(survey, roleQuestion, municipalityQuestion, answerable, found);
                problems.AddRange(found.Select(p => p.Under($"{at}.survey")));
            }
        }

        return problems;
    }

    private static void CheckId(string id, int index, Dictionary<string, int> ids, List<DataProblem> problems)
    {
        string at = $"goals[{index}].id";
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new(at, FollowUpText.Of(nameof(FollowUpTexts.GoalIdMissing))));
        }
        else if (id.Any(char.IsWhiteSpace))
        {
            problems.Add(new(at, FollowUpText.Of(nameof(FollowUpTexts.GoalIdWithWhiteSpace), id)));
        }
        else if (!ids.TryAdd(id, index))
        {
            problems.Add(new(at, FollowUpText.Of(nameof(FollowUpTexts.GoalIdGivenTwice), id, $"goals[{ids[id]}]")));
        }
    }

    private static void CheckSurvey(SurveyMeasure survey, RoleQuestion roleQuestion, MunicipalityQuestion? municipalityQuestion, HashSet<Role> answerable, List<DataProblem> problems)
    {
        if (survey.Roles.IsEmpty)
        {
            problems.Add(new("roles", FollowUpText.Of(nameof(FollowUpTexts.SurveyRolesMissing))));
        }

        var roles = new HashSet<Role>();
        for (int j = 0; j < survey.Roles.Length; j++)
        {
            Role role = survey.Roles[j];
            if (!roles.Add(role))
            {
                problems.Add(new($"roles[{j}]", FollowUpText.Of(nameof(FollowUpTexts.SurveyRoleGivenTwice), role.Code)));
            }
            else if (!answerable.Contains(role))
            {
                problems.Add(new($"roles[{j}]", FollowUpText.Of(nameof(FollowUpTexts.SurveyRoleNotAnAnswer), role.Code)));
            }
        }

        if (CheckLabel(survey.Question, "question", problems))
        {
            if (SameLabel(survey.Question, roleQuestion.Label))
            {
                problems.Add(new("question", FollowUpText.Of(nameof(FollowUpTexts.GoalQuestionIsTheRoleQuestion), survey.Question)));
            }
            else if (municipalityQuestion is not null && SameLabel(survey.Question, municipalityQuestion.Label))
            {
                problems.Add(new("question", FollowUpText.Of(nameof(FollowUpTexts.GoalQuestionIsTheMunicipalityQuestion), survey.Question)));
            }
        }

        (string Field, ImmutableArray<string> Options)[] classes = [("positive", survey.Positive), ("not_positive", survey.NotPositive), ("not_counted", survey.NotCounted)];
        CheckOptions([.. classes.SelectMany(c => c.Options.Select((o, j) => (o, $"{c.Field}[{j}]", $"{c.Field}[{j}]")))], problems);
        if (survey.Positive.IsEmpty)
        {
            problems.Add(new("positive", FollowUpText.Of(nameof(FollowUpTexts.PositiveOptionsMissing))));
        }

        if (survey.NotPositive.IsEmpty)
        {
            problems.Add(new("not_positive", FollowUpText.Of(nameof(FollowUpTexts.NotPositiveOptionsMissing))));
        }

        if (survey.ThresholdPercent is < 1 or > 100)
        {
            problems.Add(new("threshold_percent", FollowUpText.Of(nameof(FollowUpTexts.ThresholdOutOfRange), survey.ThresholdPercent)));
        }
    }

    /// <summary>Checks answer options: none blank, none the same as an earlier one.</summary>
    /// <param name="options">Each option's text, its path, and how a message names it.</param>
    /// <param name="problems">Where problems go.</param>
    private static void CheckOptions((string Text, string Path, string Name)[] options, List<DataProblem> problems)
    {
        var seen = new Dictionary<string, string>(AnswerText.Comparer);
        foreach ((string text, string path, string name) in options)
        {
            if (AnswerText.IsBlank(text))
            {
                problems.Add(new(path, FollowUpText.Of(nameof(FollowUpTexts.OptionBlank))));
            }
            else if (!seen.TryAdd(AnswerText.Normalize(text), name))
            {
                problems.Add(new(path, FollowUpText.Of(nameof(FollowUpTexts.OptionGivenTwice), text, seen[AnswerText.Normalize(text)])));
            }
        }
    }

    /// <summary>Checks a question's label; true when it is usable.</summary>
    private static bool CheckLabel(string label, string path, List<DataProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            problems.Add(new(path, FollowUpText.Of(nameof(FollowUpTexts.QuestionLabelMissing))));
            return false;
        }

        if (label.AsSpan().IndexOfAny('(', ')') >= 0)
        {
            problems.Add(new(path, FollowUpText.Of(nameof(FollowUpTexts.QuestionLabelWithParentheses), label)));
            return false;
        }

        return true;
    }

    private static bool SameLabel(string a, string b) => QuestionHeader.SameLabel(a, b);
}
