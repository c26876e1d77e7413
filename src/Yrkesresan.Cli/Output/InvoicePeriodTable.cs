using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes the invoice basis of a period as a readable table: a heading, one row per occasion, municipality and fee
/// component with the occasion's id, course and days, a total, then what each municipality is billed in all.
/// </summary>
internal static class InvoicePeriodTable
{
    /// <summary>The table's width: ten columns with the course's id.</summary>
    private const int WideWidth = 200;

    /// <summary>Writes the invoice basis.</summary>
    /// <param name="period">The period's invoice bases.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(InvoicePeriod period, TextWriter output)
    {
        output.WriteLine(Texts.Format(OutputTexts.InvoicePeriodHeading, period.RegionName, period.Invoices.Count, Iso(period.From), Iso(period.To)));
        output.WriteLine();
        var table = new Table { Border = TableBorder.Ascii, ShowFooters = true };
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnOccasion)).Footer(new Text(OutputTexts.ColumnTotal)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnCourse)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnFirstDay)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnLastDay)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnCode)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnMunicipality)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnComponent)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnParticipantDays)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnUnitPrice)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnAmount)).RightAligned().Footer(Integer(period.TotalKronor)));
        foreach (var (invoice, line) in period.Lines)
        {
            table.AddRow(new IRenderable[]
            {
                new Text(invoice.Occasion.Id),
                new Text(invoice.Occasion.CourseId),
                new Text(Iso(invoice.Occasion.FirstDate)),
                new Text(Iso(invoice.Occasion.LastDate)),
                new Text(line.Municipality.Code.ToString()),
                new Text(line.Municipality.Name),
                new Text(PeopleWords.Of(line.Component)),
                Integer(line.ParticipantDays),
                Integer(line.UnitPrice.WholeKronor),
                Integer(line.Amount.WholeKronor),
            });
        }

        PlainConsole.Create(output, WideWidth).Write(table);
        output.WriteLine();
        foreach (var billed in period.Lines.GroupBy(l => l.Line.Municipality.Code).OrderBy(g => g.Key))
        {
            Municipality municipality = billed.First().Line.Municipality;
            output.WriteLine($"{municipality.Code} {municipality.Name}: {Sek.Sum(billed.Select(b => b.Line.Amount))}");
        }
    }

    private static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static Text Integer(long value) => new(SwedishNumberFormat.FormatInteger(value));
}
