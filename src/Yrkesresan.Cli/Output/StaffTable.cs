using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes a staff list's decisions for people to read (<c>steps --format table</c>): a heading naming
/// the region, the day and how many are eligible, then a table with one row per person in the order
/// of the staff file: the step (or "not eligible"), the completed years, the next step and the day it
/// begins, whether the step is open in the region (and since or from when), and the reason codes, one
/// per line (<c>--format json</c> gives the messages too).
/// </summary>
/// <remarks>The table is laid out by <see cref="PlainConsole"/>: ASCII borders, no colours, at most 120 columns.</remarks>
internal static class StaffTable
{
    /// <summary>Writes the decisions.</summary>
    /// <param name="regionName">The region whose policy decided.</param>
    /// <param name="asOf">The day of the decisions.</param>
    /// <param name="decisions">The decisions, in the order of the staff file.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(string regionName, NodaTime.LocalDate asOf, IReadOnlyList<StaffDecision> decisions, TextWriter output)
    {
        int eligible = decisions.Count(d => d.Decision.IsEligible);
        string people = decisions.Count == 1 ? "1 person" : string.Create(CultureInfo.InvariantCulture, $"{decisions.Count} people");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{regionName} on {IsoDate.Format(asOf)}: {people}, {eligible} eligible"));
        output.WriteLine();

        var table = new Table { Border = TableBorder.Ascii, ShowRowSeparators = true };
        table.AddColumn("Id");
        table.AddColumn("Step");
        table.AddColumn(new TableColumn("Years").RightAligned());
        table.AddColumn("Next step");
        table.AddColumn("Open in region");
        table.AddColumn("Reasons");
        foreach ((string id, EligibilityDecision decision) in decisions)
        {
            // Text, not markup: an id with [brackets] is printed as it is.
            table.AddRow(new IRenderable[]
            {
                new Text(id),
                new Text(decision.Step?.DisplayName ?? "not eligible"),
                new Text(decision.CompletedYears.ToString(CultureInfo.InvariantCulture)),
                new Text(NextStep(decision)),
                new Text(Opening(decision)),
                new Text(string.Join('\n', decision.Reasons.Select(r => r.Code.Code))),
            });
        }

        PlainConsole.Create(output).Write(table);
    }

    private static string NextStep(EligibilityDecision decision) => decision.NextStep switch
    {
        null => "-",
        CareerStep next => $"{next.DisplayName} {IsoDate.Format(decision.NextStepDate) ?? "(no date)"}",
    };

    private static string Opening(EligibilityDecision decision) =>
        !decision.IsEligible ? "-"
        : decision.StepOpening is not { } opening ? "no, no date yet"
        : decision.IsOpenInRegion ? $"yes, {IsoDate.Format(opening)}"
        : $"no, opens {IsoDate.Format(opening)}";
}
