using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Cli.Output;

/// <summary>Writes an occasion's invoice basis as a readable table: the occasion, then one row per municipality and fee component.</summary>
internal static class InvoiceTable
{
    /// <summary>Writes the invoice basis.</summary>
    /// <param name="regionName">The region's name, for the heading.</param>
    /// <param name="invoice">The invoice basis.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(string regionName, OccasionInvoice invoice, TextWriter output)
    {
        var occasion = invoice.Occasion;
        output.WriteLine(Texts.Format(OutputTexts.InvoiceHeading, regionName, occasion.Id, occasion.CourseId));
        output.WriteLine(Texts.Format(OutputTexts.InvoiceDays, string.Join(", ", occasion.Days.Select(d => $"{LocalDatePattern.Iso.Format(d.Date)} {PeopleWords.Of(d.Mode)}"))));
        if (occasion.WaivesFee)
        {
            output.WriteLine(OutputTexts.InvoiceWaived);
        }
        else if (occasion.VenueFee is { } venue)
        {
            output.WriteLine(Texts.Format(OutputTexts.InvoiceOwnVenueAmount, venue));
        }

        output.WriteLine();
        var table = new Table { Border = TableBorder.Ascii, ShowFooters = true };
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnCode)).Footer(new Text(OutputTexts.ColumnTotal)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnMunicipality)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnComponent)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnParticipantDays)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnUnitPrice)).RightAligned());
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnAmount)).RightAligned().Footer(Integer(invoice.Total.WholeKronor)));
        foreach (InvoiceLine line in invoice.Lines)
        {
            table.AddRow(new IRenderable[]
            {
                new Text(line.Municipality.Code.ToString()),
                new Text(line.Municipality.Name),
                new Text(PeopleWords.Of(line.Component)),
                Integer(line.ParticipantDays),
                Integer(line.UnitPrice.WholeKronor),
                Integer(line.Amount.WholeKronor),
            });
        }

        PlainConsole.Create(output).Write(table);
        output.WriteLine();
        foreach (var municipality in invoice.Municipalities)
        {
            output.WriteLine($"{municipality.Code} {municipality.Name}: {invoice.AmountFor(municipality.Code)}");
        }
    }

    private static Text Integer(long value) => new(SwedishNumberFormat.FormatInteger(value));
}
