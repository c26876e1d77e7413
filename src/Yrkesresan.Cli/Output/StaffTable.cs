using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Yrkesresan.Cli.Language;
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
        string people = decisions.Count == 1 ? OutputTexts.StaffOnePerson : Texts.Format(OutputTexts.StaffPeople, decisions.Count);
        output.WriteLine(Texts.Format(OutputTexts.StaffHeading, regionName, IsoDate.Format(asOf), people, eligible));
        output.WriteLine();

        var table = new Table { Border = TableBorder.Ascii, ShowRowSeparators = true };
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnId)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnStep)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnYears)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnNextStep)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnOpenInRegion)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnReasons)));
        foreach ((string id, EligibilityDecision decision) in decisions)
        {
            // Text, not markup: an id with [brackets] is printed as it is.
            table.AddRow(new IRenderable[]
            {
                new Text(id),
                new Text(decision.Step?.DisplayName ?? OutputTexts.NotEligible),
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
        CareerStep next => $"{next.DisplayName} {IsoDate.Format(decision.NextStepDate) ?? OutputTexts.StaffNoDate}",
    };

    private static string Opening(EligibilityDecision decision) =>
        !decision.IsEligible ? "-"
        : decision.StepOpening is not { } opening ? OutputTexts.StaffNoDateYet
        : decision.IsOpenInRegion ? Texts.Format(OutputTexts.StaffOpenSince, IsoDate.Format(opening))
        : Texts.Format(OutputTexts.StaffOpens, IsoDate.Format(opening));
}
