using System.Globalization;
using CsvHelper;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes a staff list's decisions as CSV: the header
/// <c>id,eligible,step,completed_years,next_step,next_step_date,open_in_region,reasons</c>, then one
/// row per person in the order of the staff file. Booleans are <c>true</c>/<c>false</c>, a step or
/// date that is null is an empty field, <c>reasons</c> is the reason codes joined by <c>;</c>;
/// comma separated, UTF-8 without a byte order mark, LF line endings, a field quoted only when it needs it.
/// </summary>
internal static class DecisionCsv
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header =
        ["id", "eligible", "step", "completed_years", "next_step", "next_step_date", "open_in_region", "reasons"];

    /// <summary>Writes the decisions.</summary>
    /// <param name="decisions">The decisions, in the order of the staff file.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IEnumerable<StaffDecision> decisions, TextWriter output)
    {
        using CsvWriter csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach ((string id, EligibilityDecision decision) in decisions)
        {
            csv.WriteRecord(
            [
                id,
                Boolean(decision.IsEligible),
                decision.Step?.Code ?? string.Empty,
                decision.CompletedYears.ToString(CultureInfo.InvariantCulture),
                decision.NextStep?.Code ?? string.Empty,
                IsoDate.Format(decision.NextStepDate) ?? string.Empty,
                Boolean(decision.IsOpenInRegion),
                string.Join(';', decision.Reasons.Select(r => r.Code.Code)),
            ]);
        }

        csv.Flush();
    }

    private static string Boolean(bool value) => value ? "true" : "false";
}
