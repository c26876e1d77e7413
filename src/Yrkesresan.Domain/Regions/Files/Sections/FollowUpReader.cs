using System.Text.Json;
using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>
/// Reads a region file's optional <c>follow_up</c>: the follow-up plans of effect goals by the year they take effect
/// (rules <c>GOAL-1</c> to <c>GOAL-6</c>), each with its role question, its municipality question where the survey asks
/// it, and its goals, measured by a question of the survey or from the ledger.
/// </summary>
/// <remarks>
/// This reader checks each field's type; what a plan means (ids, labels, options, roles, thresholds) is
/// <see cref="FollowUpPlan"/>'s to check, and its problems come back at the file's paths. A plan with a field that could
/// not be read is not handed over, so the plan's paths are the file's. That each plan starts on 1 January is
/// <see cref="Region"/>'s rule, reported at the plan's <c>valid_from</c>.
/// </remarks>
/// <param name="context">The file's read context, which collects every problem.</param>
/// <param name="indexes">Where the items handed to the domain types came from in the file.</param>
internal sealed class FollowUpReader(ReadContext context, IndexMap indexes) : SectionReader(context, indexes)
{
    private const string List = "follow_up";

    /// <summary>Reads <c>follow_up</c>.</summary>
    /// <param name="root">The file's root object.</param>
    /// <returns>The plans by date; null when the file has none, none could be read, or two start on one day.</returns>
    public Timeline<FollowUpPlan>? Read(JsonElement root)
    {
        var values = new List<DatedValue<FollowUpPlan>>();
        ForEachItem(root, List, SectionTexts.WhatFollowUpPlans, 1, (item, path, index) =>
        {
            if (ReadPlan(item, path) is (LocalDate from, FollowUpPlan plan))
            {
                Indexes.Add(List, index);
                values.Add(new DatedValue<FollowUpPlan>(from, plan));
            }
        });

        if (values.Count == 0)
        {
            return null;
        }

        try
        {
            return new Timeline<FollowUpPlan>(TimelineWording.FollowUpPlans, values);
        }
        catch (RegionDataException exception)
        {
            Context.ReportDomainProblems(exception.Problems, List, Indexes.ToFile);
            return null;
        }
    }

    private (LocalDate From, FollowUpPlan Plan)? ReadPlan(JsonElement item, string path)
    {
        int before = Context.Count;
        if (!Context.Object(item, path, SectionTexts.WhatAFollowUpPlan, ["valid_from", "role_question", "goals"], ["municipality_question"]))
        {
            return null;
        }

        LocalDate? from = ReadContext.ReadValue(item, path, "valid_from", Context.Date);
        RoleQuestion? roleQuestion = ReadContext.ReadField(item, path, "role_question", ReadRoleQuestion);
        MunicipalityQuestion? municipalityQuestion = ReadContext.ReadField(item, path, "municipality_question", ReadMunicipalityQuestion);
        List<EffectGoal> goals = [];
        string goalsPath = JsonPath.Property(path, "goals");
        if (ReadContext.Field(item, "goals", out JsonElement array) && Context.List(array, goalsPath, 0, SectionTexts.WhatEffectGoals))
        {
            int j = 0;
            foreach (JsonElement goal in array.EnumerateArray())
            {
                if (ReadGoal(goal, JsonPath.Item(goalsPath, j++)) is EffectGoal read)
                {
                    goals.Add(read);
                }
            }
        }

        if (Context.Count > before || from is not LocalDate date || roleQuestion is null)
        {
            return null;
        }

        return Build(() => new FollowUpPlan(roleQuestion, goals, municipalityQuestion), path) is FollowUpPlan plan ? (date, plan) : null;
    }

    private RoleQuestion? ReadRoleQuestion(JsonElement value, string path)
    {
        int before = Context.Count;
        if (!Context.Object(value, path, SectionTexts.WhatARoleQuestion, ["label", "options"], []))
        {
            return null;
        }

        string? label = ReadContext.ReadField(value, path, "label", Context.AnyText);
        var options = new List<RoleOption>();
        string optionsPath = JsonPath.Property(path, "options");
        if (ReadContext.Field(value, "options", out JsonElement array) && Context.List(array, optionsPath, 0, SectionTexts.WhatRoleAnswers))
        {
            int j = 0;
            foreach (JsonElement option in array.EnumerateArray())
            {
                string optionPath = JsonPath.Item(optionsPath, j++);
                if (!Context.Object(option, optionPath, SectionTexts.WhatARoleAnswer, ["answer", "role"], []))
                {
                    continue;
                }

                string? answer = ReadContext.ReadField(option, optionPath, "answer", Context.AnyText);
                if (ReadContext.Field(option, "role", out JsonElement role) && ReadRole(role, JsonPath.Property(optionPath, "role"), out Role? meaning) && answer is not null)
                {
                    options.Add(new RoleOption(answer, meaning));
                }
            }
        }

        return Context.Count > before || label is null ? null : new RoleQuestion(label, options);
    }

    /// <summary>Reads a role code, or JSON null for an answer that means no role.</summary>
    private bool ReadRole(JsonElement value, string path, out Role? role)
    {
        role = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        role = Context.Coded<Role>(value, path, SectionTexts.WhatRole);
        return role is not null;
    }

    private MunicipalityQuestion? ReadMunicipalityQuestion(JsonElement value, string path)
    {
        if (!Context.Object(value, path, SectionTexts.WhatAMunicipalityQuestion, ["label"], []))
        {
            return null;
        }

        return ReadContext.ReadField(value, path, "label", Context.AnyText) is string label ? new MunicipalityQuestion(label) : null;
    }

    private EffectGoal? ReadGoal(JsonElement value, string path)
    {
        int before = Context.Count;
        if (!Context.Object(value, path, SectionTexts.WhatAnEffectGoal, ["id", "text"], ["short_text", "survey", "measure"]))
        {
            return null;
        }

        string? id = ReadContext.ReadField(value, path, "id", Context.AnyText);
        string? text = ReadContext.ReadField(value, path, "text", Context.AnyText);
        string? shortText = ReadContext.ReadField(value, path, "short_text", Context.AnyText);
        bool hasSurvey = ReadContext.Field(value, "survey", out JsonElement survey);
        bool hasMeasure = ReadContext.Field(value, "measure", out JsonElement measure);
        GoalMeasure? read = null;
        if (hasSurvey && hasMeasure)
        {
            Context.Report(path, SectionText.Of(nameof(SectionTexts.GoalMeasureTwice)));
        }
        else if (hasSurvey)
        {
            read = ReadSurvey(survey, JsonPath.Property(path, "survey"));
        }
        else if (hasMeasure)
        {
            read = ReadLedgerMeasure(measure, JsonPath.Property(path, "measure"));
        }
        else
        {
            Context.Report(path, SectionText.Of(nameof(SectionTexts.GoalMeasureMissing)));
        }

        return Context.Count > before || id is null || text is null || read is null ? null : new EffectGoal(id, text, read, shortText);
    }

    private LedgerMeasure? ReadLedgerMeasure(JsonElement value, string path)
    {
        if (Context.AnyText(value, path) is not string code)
        {
            return null;
        }

        if (LedgerMeasure.TryFromCode(code, out LedgerMeasure? measure))
        {
            return measure;
        }

        Context.Report(path, SectionText.Of(nameof(SectionTexts.LedgerMeasureUnknown), code));
        return null;
    }

    private SurveyMeasure? ReadSurvey(JsonElement value, string path)
    {
        int before = Context.Count;
        if (!Context.Object(value, path, SectionTexts.WhatASurveyMeasure, ["roles", "question", "positive", "not_positive"], ["not_counted", "threshold_percent"]))
        {
            return null;
        }

        var roles = new List<Role>();
        string rolesPath = JsonPath.Property(path, "roles");
        if (ReadContext.Field(value, "roles", out JsonElement array) && Context.List(array, rolesPath, 0, SectionTexts.WhatRoles))
        {
            int j = 0;
            foreach (JsonElement role in array.EnumerateArray())
            {
                if (Context.Coded<Role>(role, JsonPath.Item(rolesPath, j++), SectionTexts.WhatRole) is Role found)
                {
                    roles.Add(found);
                }
            }
        }

        string? question = ReadContext.ReadField(value, path, "question", Context.AnyText);
        List<string> positive = ReadOptions(value, path, "positive");
        List<string> notPositive = ReadOptions(value, path, "not_positive");
        List<string> notCounted = ReadOptions(value, path, "not_counted");
        long? threshold = ReadContext.ReadValue(value, path, "threshold_percent", (v, p) => Context.Integer(v, p, int.MinValue, int.MaxValue));
        if (Context.Count > before || question is null)
        {
            return null;
        }

        return new SurveyMeasure(roles, question, positive, notPositive, notCounted, (int?)threshold ?? SurveyMeasure.DefaultThresholdPercent);
    }

    private List<string> ReadOptions(JsonElement value, string path, string field)
    {
        var options = new List<string>();
        string listPath = JsonPath.Property(path, field);
        if (ReadContext.Field(value, field, out JsonElement array) && Context.List(array, listPath, 0, SectionTexts.WhatAnswerOptions))
        {
            int j = 0;
            foreach (JsonElement option in array.EnumerateArray())
            {
                if (Context.AnyText(option, JsonPath.Item(listPath, j++)) is string text)
                {
                    options.Add(text);
                }
            }
        }

        return options;
    }
}
