using System.Globalization;
using Yrkesresan.Cli.Language;
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
        string verdict = decision.Step is CareerStep step ? Texts.Format(OutputTexts.DecisionEligibleFor, step.DisplayName) : OutputTexts.NotEligible;
        output.WriteLine(Texts.Format(OutputTexts.DecisionHeading, regionName, IsoDate.Format(decision.AsOf), verdict));
        output.WriteLine();
        (string Name, string Value)[] facts =
        [
            (OutputTexts.DecisionEligible, YesNo(decision.IsEligible)),
            (OutputTexts.DecisionStep, decision.Step?.DisplayName ?? OutputTexts.DecisionNone),
            (OutputTexts.DecisionCompletedYears, decision.CompletedYears.ToString(CultureInfo.InvariantCulture)),
            (OutputTexts.DecisionNextStep, NextStep(decision)),
            (OutputTexts.DecisionOpenInRegion, Opening(decision)),
        ];
        int width = facts.Max(f => f.Name.Length) + 1;
        foreach ((string name, string value) in facts)
        {
            output.WriteLine($"  {name.PadRight(width)} {value}");
        }

        output.WriteLine();
        output.WriteLine(OutputTexts.DecisionReasons);
        foreach (EligibilityReason reason in decision.Reasons)
        {
            output.WriteLine($"  {reason}");
        }
    }

    private static string NextStep(EligibilityDecision decision) => decision.NextStep switch
    {
        null => OutputTexts.DecisionNone,
        CareerStep next when decision.NextStepDate is { } begins => Texts.Format(OutputTexts.DecisionNextStepFrom, next.DisplayName, IsoDate.Format(begins)),
        CareerStep next => Texts.Format(OutputTexts.DecisionNextStepAfterCalendar, next.DisplayName),
    };

    private static string Opening(EligibilityDecision decision) =>
        !decision.IsEligible ? OutputTexts.No
        : decision.StepOpening is not { } opening ? OutputTexts.DecisionNoOpeningDate
        : decision.IsOpenInRegion ? Texts.Format(OutputTexts.DecisionOpenSince, IsoDate.Format(opening))
        : Texts.Format(OutputTexts.DecisionOpens, IsoDate.Format(opening));

    private static string YesNo(bool value) => value ? OutputTexts.Yes : OutputTexts.No;
}
