using System.Text.Json;
using NodaTime;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>Reads a region file's <c>eligibility</c>: the eligibility policies and step calendar by date (rules <c>STEP-5</c>, <c>STEP-6</c>, <c>STEP-8</c>).</summary>
/// <param name="context">The file's read context, which collects every problem.</param>
/// <param name="indexes">Where the items handed to the domain types came from in the file.</param>
internal sealed class EligibilityReader(ReadContext context, IndexMap indexes) : SectionReader(context, indexes)
{
    /// <summary>Reads <c>eligibility</c>.</summary>
    /// <param name="root">The file's root object.</param>
    /// <returns>The policies by date; null when none could be read.</returns>
    public Timeline<EligibilityPolicy>? Read(JsonElement root) =>
        ReadTimeline(root, "eligibility", TimelineWording.EligibilityPolicies, SectionTexts.WhatEligibilityPolicies, ReadPolicy);

    private EligibilityPolicy? ReadPolicy(JsonElement item, string path)
    {
        int before = Context.Count;
        if (!Context.Object(
                item,
                path,
                SectionTexts.WhatAnEligibilityPolicy,
                ["valid_from", "work_areas", "excluded_roles", "excluded_employers", "step_openings"],
                ["trainer_opening"]))
        {
            return null;
        }

        List<WorkArea> areas = ReadCodes<WorkArea>(item, path, "work_areas", SectionTexts.WhatWorkArea, SectionTexts.WhatWorkAreas);
        List<Role> roles = ReadCodes<Role>(item, path, "excluded_roles", SectionTexts.WhatRole, SectionTexts.WhatRoles);
        List<EmployerKind> employers = ReadCodes<EmployerKind>(item, path, "excluded_employers", SectionTexts.WhatEmployerKind, SectionTexts.WhatEmployerKinds);
        var openings = new Dictionary<CareerStep, LocalDate?>();
        string openingsPath = JsonPath.Property(path, "step_openings");
        if (ReadContext.Field(item, "step_openings", out JsonElement steps)
            && Context.Object(steps, openingsPath, SectionTexts.WhatTheStepOpenings, [], [.. CareerStep.List.OrderBy(s => s.Value).Select(s => s.Code)]))
        {
            foreach (JsonProperty property in steps.EnumerateObject())
            {
                if (CareerStep.TryFromCode(property.Name, out CareerStep? step)
                    && Context.DateOrNull(property.Value, JsonPath.Property(openingsPath, property.Name), out LocalDate? opens))
                {
                    openings[step] = opens;
                }
            }
        }

        LocalDate? trainerOpening = null;
        if (ReadContext.Field(item, "trainer_opening", out JsonElement trainers))
        {
            Context.DateOrNull(trainers, JsonPath.Property(path, "trainer_opening"), out trainerOpening);
        }

        if (Context.Count > before)
        {
            return null;
        }

        return Build(() => new EligibilityPolicy(areas, roles, employers, openings, trainerOpening), path);
    }

    private List<T> ReadCodes<T>(JsonElement item, string path, string field, string what, string plural)
        where T : CodedValue<T>
    {
        var result = new List<T>();
        string listPath = JsonPath.Property(path, field);
        if (ReadContext.Field(item, field, out JsonElement array) && Context.List(array, listPath, 0, plural))
        {
            int j = 0;
            foreach (JsonElement value in array.EnumerateArray())
            {
                if (Context.Coded<T>(value, JsonPath.Item(listPath, j), what) is T found)
                {
                    result.Add(found);
                }

                j++;
            }
        }

        return result;
    }
}
