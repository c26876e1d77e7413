using System.Globalization;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes one eligibility decision for people to read (<c>step --format table</c>): a heading naming
/// the region and the day, the facts of the decision one per line, then every reason with its code:
/// <code>
/// Norrbotten on 2024-06-15: eligible for Van
///
///   Eligible         yes
///   Step             Van
///   Completed years  3
///   Next step        Erfaren, from 2026-03-01
///   Open in region   yes, since 2023-01-01
///
/// Reasons:
///   eligible_by_years: 3 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2026-03-01
///   step_open: Van has been open in the region since 2023-01-01
/// </code>
/// </summary>
internal static class DecisionSummary
{
    /// <summary>Writes the decision.</summary>
    /// <param name="regionName">The region whose policy decided.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(string regionName, EligibilityDecision decision, TextWriter output)
    {
        string verdict = decision.Step is CareerStep step ? $"eligible for {step.DisplayName}" : "not eligible";
        output.WriteLine($"{regionName} on {IsoDate.Format(decision.AsOf)}: {verdict}");
        output.WriteLine();
        Fact(output, "Eligible", YesNo(decision.IsEligible));
        Fact(output, "Step", decision.Step?.DisplayName ?? "none");
        Fact(output, "Completed years", decision.CompletedYears.ToString(CultureInfo.InvariantCulture));
        Fact(output, "Next step", NextStep(decision));
        Fact(output, "Open in region", Opening(decision));
        output.WriteLine();
        output.WriteLine("Reasons:");
        foreach (EligibilityReason reason in decision.Reasons)
        {
            output.WriteLine($"  {reason}");
        }
    }

    private static string NextStep(EligibilityDecision decision) => decision.NextStep switch
    {
        null => "none",
        CareerStep next when decision.NextStepDate is { } begins => $"{next.DisplayName}, from {IsoDate.Format(begins)}",
        CareerStep next => $"{next.DisplayName}, after the end of the calendar",
    };

    private static string Opening(EligibilityDecision decision) =>
        !decision.IsEligible ? "no"
        : decision.StepOpening is not { } opening ? "no, no opening date yet"
        : decision.IsOpenInRegion ? $"yes, since {IsoDate.Format(opening)}"
        : $"no, opens on {IsoDate.Format(opening)}";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static void Fact(TextWriter output, string name, string value) =>
        output.WriteLine($"  {name,-16} {value}");
}
