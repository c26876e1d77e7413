using Spectre.Console;
using Spectre.Console.Rendering;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes a statement as a readable table: a heading naming the region, the year and the total;
/// one row per municipality with numbers in Swedish format ("298 397") right-aligned; a total row.
/// </summary>
/// <remarks>
/// The table is rendered by Spectre.Console without colours, ANSI codes or terminal detection, at
/// a fixed width and with ASCII borders (<see cref="PlainConsole"/>), so the output is the same on every machine and in a pipe.
/// </remarks>
internal static class TableStatementWriter
{
    /// <summary>Writes the statement.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(AllocationReport report, TextWriter output)
    {
        IAnsiConsole console = PlainConsole.Create(output);

        FixedCostStatement statement = report.Statement;
        output.WriteLine(Heading(report));
        output.WriteLine();
        console.Write(Table(statement));
        output.WriteLine();
        output.WriteLine(Texts.Format(OutputTexts.AllocationFooter, statement.Kronor.Policy.Name));
    }

    /// <summary>The heading line, e.g. "Norrbotten 2026: fixed cost 950 000 kr shared among 14 municipalities by population".</summary>
    /// <param name="report">The report.</param>
    /// <returns>The heading.</returns>
    public static string Heading(AllocationReport report)
    {
        FixedCostStatement statement = report.Statement;
        string region = report.Year is int year ? $"{report.RegionName} {year}" : report.RegionName;
        string total = report.TotalGiven ? $"{statement.Total} (--total)" : Texts.Format(OutputTexts.AllocationFixedCost, statement.Total);
        return Texts.Format(OutputTexts.AllocationHeading, region, total, statement.Lines.Length);
    }

    private static Table Table(FixedCostStatement statement)
    {
        var table = new Table { Border = TableBorder.Ascii, ShowFooters = true };
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnCode)).Footer(new Text(OutputTexts.ColumnTotal)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnMunicipality)));
        table.AddColumn(Number(OutputTexts.ColumnPopulation, statement.PopulationTotal));
        table.AddColumn(Number(OutputTexts.ColumnShare, statement.Lines.Sum(l => l.SharePercent)));
        table.AddColumn(Number(OutputTexts.ColumnAmount, Sek.Sum(statement.Lines.Select(l => l.Annual)).WholeKronor));
        table.AddColumn(Number(OutputTexts.ColumnFirstHalf, Sek.Sum(statement.Lines.Select(l => l.FirstHalf)).WholeKronor));
        table.AddColumn(Number(OutputTexts.ColumnSecondHalf, Sek.Sum(statement.Lines.Select(l => l.SecondHalf)).WholeKronor));

        foreach (FixedCostLine line in statement.Lines)
        {
            // Text, not markup: a name with [brackets] is printed as it is.
            table.AddRow(new IRenderable[]
            {
                new Text(line.Code.ToString()),
                new Text(line.Municipality.Name),
                Integer(line.Municipality.Population),
                Integer(line.SharePercent),
                Integer(line.Annual.WholeKronor),
                Integer(line.FirstHalf.WholeKronor),
                Integer(line.SecondHalf.WholeKronor),
            });
        }

        return table;
    }

    private static TableColumn Number(string heading, long total) =>
        new TableColumn(new Text(heading)).RightAligned().Footer(Integer(total));

    private static Text Integer(long value) => new(SwedishNumberFormat.FormatInteger(value));
}
