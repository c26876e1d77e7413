using System.Text.Json;
using System.Text.RegularExpressions;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// A placeholder: a string that starts with <c>FILL IN:</c> or <c>FYLL I:</c> (in either case, after any white space),
/// standing where a value only the region can know is still to be given. A new region file (<see cref="RegionFileTemplate"/>)
/// has one for each such value; the readers recognise one wherever a value is expected and report it as work left
/// (code <c>Placeholder</c>): "fill in the fixed cost of a year in kronor, a whole number".
/// </summary>
internal static partial class Placeholder
{
    /// <summary>The markers a placeholder starts with, in English and Swedish: recognised whatever the current language.</summary>
    public static string[] Markers => ["FILL IN:", "FYLL I:"];

    /// <summary>Whether a value is a placeholder.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is a string that starts with a marker.</returns>
    public static bool Is(JsonElement value) => value.ValueKind == JsonValueKind.String && Is(value.GetString()!);

    /// <summary>Whether a text is a placeholder.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it starts with a marker, after any white space, in either case.</returns>
    public static bool Is(string text)
    {
        ReadOnlySpan<char> start = text.AsSpan().TrimStart();
        foreach (string marker in Markers)
        {
            if (start.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The placeholder for the value at a path, in the current UI culture: "FILL IN: " and what to fill in.</summary>
    /// <param name="path">The value's JSON path; it must be one <see cref="Describe"/> knows.</param>
    /// <returns>The placeholder.</returns>
    public static string For(string path) =>
        LocalizedText.Format(FileTexts.PlaceholderValue, Describe(path) ?? throw new ArgumentException($"No placeholder is described for {path}.", nameof(path)));

    /// <summary>The problem of a placeholder found at a path: "fill in" and what the value is.</summary>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="expected">What the reader expected there, for a path with no description of its own (e.g. "a whole number").</param>
    /// <returns>The problem's text, code <c>Placeholder</c>.</returns>
    public static LocalizedText Problem(string path, string expected) =>
        FileText.Of(nameof(FileTexts.Placeholder), Describe(path) ?? expected);

    /// <summary>What the value at a path of a region file is, for a placeholder there, in the current UI culture.</summary>
    /// <param name="path">The JSON path, e.g. <c>$.fixed_costs[0].amount_sek</c>.</param>
    /// <returns>The description, or null for a path a new region file has no placeholder at.</returns>
    public static string? Describe(string path)
    {
        string field = Indexes().Replace(path, "[]");
        const string Openings = "$.eligibility[].step_openings.";
        const string Components = "$.fee_schedules[].components.";
        if (field.StartsWith(Openings, StringComparison.Ordinal))
        {
            return CareerStep.TryFromCode(field[Openings.Length..], out CareerStep? step)
                ? LocalizedText.Format(FileTexts.PlaceholderStepOpening, step.DisplayName)
                : null;
        }

        return field switch
        {
            "$.name" => FileTexts.PlaceholderRegionName,
            "$.fixed_costs[].valid_from" => FileTexts.PlaceholderFixedCostFrom,
            "$.fixed_costs[].amount_sek" => FileTexts.PlaceholderFixedCostAmount,
            "$.fee_schedules[].valid_from" => FileTexts.PlaceholderFeeScheduleFrom,
            Components + "venue.amount_sek" => FileTexts.PlaceholderVenueAmount,
            Components + "trainer_pot.amount_sek" => FileTexts.PlaceholderTrainerPotAmount,
            Components + "course_material.amount_sek" => FileTexts.PlaceholderCourseMaterialAmount,
            Components + "buffer.amount_sek" => FileTexts.PlaceholderBufferAmount,
            "$.eligibility[].valid_from" => FileTexts.PlaceholderEligibilityFrom,
            "$.eligibility[].trainer_opening" => FileTexts.PlaceholderTrainerOpening,
            "$.courses[].id" => FileTexts.PlaceholderCourseId,
            "$.courses[].name" => FileTexts.PlaceholderCourseName,
            "$.courses[].course_days" => FileTexts.PlaceholderCourseDays,
            "$.routes[].stops[]" => FileTexts.PlaceholderRouteStop,
            "$.follow_up[].valid_from" => FileTexts.PlaceholderFollowUpFrom,
            _ => null,
        };
    }

    [GeneratedRegex(@"\[[0-9]+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Indexes();
}
