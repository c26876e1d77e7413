using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using NodaTime.Text;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions.Files;
using Yrkesresan.Domain.Regions.Official;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// A new region file for a county (<c>yrkesresan region --new --county 22</c>), started from official data: the
/// county's municipalities with their official codes, names and populations (<see cref="OfficialMunicipalities"/>),
/// their sum as the stated total, the national eligibility policy (<see cref="EligibilityPolicy.National"/>) and the
/// largest-remainder rounding, and a placeholder for every value that only the region can know.
/// </summary>
/// <remarks>
/// <para>
/// A placeholder is a string that starts with <c>FILL IN:</c> (or <c>FYLL I:</c> in Swedish) and says what to fill in,
/// e.g. <c>"amount_sek": "FILL IN: the fixed cost of a year in kronor, a whole number"</c>: the first year and amount of
/// the fixed cost, the fee schedule's first day and its four amounts, the eligibility policy's first day, the days the
/// steps and the journey for trainers open, a course (id, name, course days) with the Ny route, and the first year
/// the effect goals are followed up. The region file reader reports each placeholder left as one problem with the code
/// <c>Placeholder</c> ("fill in the fixed cost of a year in kronor, a whole number"), so the file is refused until every
/// one is filled in.
/// </para>
/// <para>
/// The file's <c>follow_up</c> is the directive's four national effect goals (<see cref="FollowUpPlan.National"/>,
/// rule <c>GOAL-3</c>: the default of a new region), written out in full, so that the region can evaluate them at once
/// and change its survey's labels, options or thresholds in its own file.
/// </para>
/// <para>
/// The file is written in the current UI culture (its placeholders and <c>source</c>); the municipalities' names are
/// Swedish in every language. All members are safe to call from several threads at once.
/// </para>
/// </remarks>
public static class RegionFileTemplate
{
    private const string SchemaUrl = "https://raw.githubusercontent.com/yrkesresan/Yrkesresan.Domain/main/docs/schemas/region.schema.json";

    /// <summary>Writes a new region file for a county.</summary>
    /// <param name="county">The county, one of <see cref="OfficialMunicipalities.Counties"/>.</param>
    /// <returns>The file's text: indented JSON, lines ending in <c>\n</c>, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="county"/> is null.</exception>
    public static string ForCounty(County county)
    {
        Guard.Against.Null(county);
        var file = new StringBuilder();
        file.Append("{\n");
        Field(file, 1, "$schema", Quote(SchemaUrl));
        Field(file, 1, "name", Quote(county.Name));
        Field(file, 1, "source", Quote(LocalizedText.Format(OfficialTexts.TemplateSource, PlaceholderMarker())));
        Field(file, 1, "population_total", Number(county.Population));
        file.Append("  \"municipalities\": [\n");
        string date = LocalDatePattern.Iso.Format(OfficialMunicipalities.PopulationDate);
        for (int i = 0; i < county.Municipalities.Length; i++)
        {
            OfficialMunicipality m = county.Municipalities[i];
            file.Append(CultureInfo.InvariantCulture, $"    {{ \"code\": {Quote(m.Code.ToString())}, \"name\": {Quote(m.Name)}, \"population\": {Number(m.Population)}, \"population_date\": {Quote(date)} }}");
            file.Append(i < county.Municipalities.Length - 1 ? ",\n" : "\n");
        }

        file.Append("  ],\n");
        file.Append("  \"fixed_costs\": [\n    {\n");
        Field(file, 3, "valid_from", Fill("$.fixed_costs[0].valid_from"));
        Field(file, 3, "amount_sek", Fill("$.fixed_costs[0].amount_sek"), last: true);
        file.Append("    }\n  ],\n");
        Field(file, 1, "rounding", "{ \"method\": \"largest_remainder\" }");
        file.Append("  \"fee_schedules\": [\n    {\n");
        Field(file, 3, "valid_from", Fill("$.fee_schedules[0].valid_from"));
        file.Append("      \"components\": {\n");
        FeeComponent[] components = [.. FeeComponent.List.OrderBy(c => c.Value)];
        for (int i = 0; i < components.Length; i++)
        {
            FeeComponent component = components[i];
            string amount = Fill($"$.fee_schedules[0].components.{component.Code}.amount_sek");
            string digital = component == FeeComponent.Venue ? "false" : "true";
            Field(file, 4, component.Code, $"{{ \"amount_sek\": {amount}, \"charged_on_digital_days\": {digital} }}", last: i == components.Length - 1);
        }

        file.Append("      }\n    }\n  ],\n");
        EligibilityPolicy national = EligibilityPolicy.National;
        file.Append("  \"eligibility\": [\n    {\n");
        Field(file, 3, "valid_from", Fill("$.eligibility[0].valid_from"));
        Field(file, 3, "work_areas", Strings(national.WorkAreas.Select(a => a.Code)));
        Field(file, 3, "excluded_roles", Strings(national.ExcludedRoles.Select(r => r.Code)));
        Field(file, 3, "excluded_employers", Strings(national.ExcludedEmployers.Select(e => e.Code)));
        file.Append("      \"step_openings\": {\n");
        CareerStep[] steps = [.. CareerStep.List.OrderBy(s => s.Value)];
        for (int i = 0; i < steps.Length; i++)
        {
            Field(file, 4, steps[i].Code, Fill($"$.eligibility[0].step_openings.{steps[i].Code}"), last: i == steps.Length - 1);
        }

        file.Append("      },\n");
        Field(file, 3, "trainer_opening", Fill("$.eligibility[0].trainer_opening"), last: true);
        file.Append("    }\n  ],\n");
        file.Append("  \"courses\": [\n    {\n");
        Field(file, 3, "id", Fill("$.courses[0].id"));
        Field(file, 3, "name", Fill("$.courses[0].name"));
        Field(file, 3, "course_days", Fill("$.courses[0].course_days"), last: true);
        file.Append("    }\n  ],\n");
        file.Append("  \"routes\": [\n    {\n");
        Field(file, 3, "step", Quote(CareerStep.Ny.Code));
        Field(file, 3, "complete", "false");
        Field(file, 3, "stops", "[" + Fill("$.routes[0].stops[0]") + "]", last: true);
        file.Append("    }\n  ],\n");
        FollowUp(file, FollowUpPlan.National);
        file.Append("}\n");
        return file.ToString();
    }

    /// <summary>The <c>follow_up</c> section: one plan from a year to fill in, its role question, municipality question if any, and goals.</summary>
    private static void FollowUp(StringBuilder file, FollowUpPlan plan)
    {
        file.Append("  \"follow_up\": [\n    {\n");
        Field(file, 3, "valid_from", Fill("$.follow_up[0].valid_from"));
        file.Append("      \"role_question\": {\n");
        Field(file, 4, "label", Quote(plan.RoleQuestion.Label));
        file.Append("        \"options\": [\n");
        for (int i = 0; i < plan.RoleQuestion.Options.Length; i++)
        {
            RoleOption option = plan.RoleQuestion.Options[i];
            file.Append(CultureInfo.InvariantCulture, $"          {{ \"answer\": {Quote(option.Answer)}, \"role\": {(option.Role is { } role ? Quote(role.Code) : "null")} }}");
            file.Append(i < plan.RoleQuestion.Options.Length - 1 ? ",\n" : "\n");
        }

        file.Append("        ]\n      },\n");
        if (plan.MunicipalityQuestion is { } municipality)
        {
            Field(file, 3, "municipality_question", $"{{ \"label\": {Quote(municipality.Label)} }}");
        }

        file.Append("      \"goals\": [\n");
        for (int i = 0; i < plan.Goals.Length; i++)
        {
            EffectGoal goal = plan.Goals[i];
            file.Append("        {\n");
            Field(file, 5, "id", Quote(goal.Id));
            Field(file, 5, "text", Quote(goal.Text));
            if (goal.ShortText is { } shortText)
            {
                Field(file, 5, "short_text", Quote(shortText));
            }

            if (goal.Survey is not { } survey)
            {
                Field(file, 5, "measure", Quote(goal.Measure.Code), last: true);
            }
            else
            {
                file.Append("          \"survey\": {\n");
                Field(file, 6, "roles", Strings(survey.Roles.Select(r => r.Code)));
                Field(file, 6, "question", Quote(survey.Question));
                Field(file, 6, "positive", Strings(survey.Positive));
                Field(file, 6, "not_positive", Strings(survey.NotPositive));
                Field(file, 6, "not_counted", Strings(survey.NotCounted));
                Field(file, 6, "threshold_percent", Number(survey.ThresholdPercent), last: true);
                file.Append("          }\n");
            }

            file.Append(i < plan.Goals.Length - 1 ? "        },\n" : "        }\n");
        }

        file.Append("      ]\n    }\n  ]\n");
    }

    private static void Field(StringBuilder file, int depth, string name, string value, bool last = false) =>
        file.Append(' ', depth * 2).Append(Quote(name)).Append(": ").Append(value).Append(last ? "\n" : ",\n");

    private static string Fill(string path) => Quote(Placeholder.For(path));

    /// <summary>The marker of the current UI culture, as a placeholder starts with it, without its colon: "FILL IN".</summary>
    private static string PlaceholderMarker() => LocalizedText.Format(FileTexts.PlaceholderValue, string.Empty).TrimEnd().TrimEnd(':');

    private static string Strings(IEnumerable<string> texts) => "[" + string.Join(", ", texts.Select(Quote)) + "]";

    /// <summary>A JSON string; letters such as å, ä and ö are written as they are, not escaped.</summary>
    private static string Quote(string text) => "\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
