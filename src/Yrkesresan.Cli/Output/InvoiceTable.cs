using System.Globalization;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
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
        output.WriteLine($"{regionName}: invoice basis of occasion {occasion.Id} ({occasion.CourseId})");
        output.WriteLine("Days: " + string.Join(", ", occasion.Days.Select(d => $"{LocalDatePattern.Iso.Format(d.Date)} {d.Mode.Code}")));
        if (occasion.WaivesFee)
        {
            output.WriteLine("The fee is waived: nothing is charged.");
        }
        else if (occasion.VenueFee is { } venue)
        {
            output.WriteLine($"Own venue amount: {venue} per participant and on-site day.");
        }

        output.WriteLine();
        var table = new Table { Border = TableBorder.Ascii, ShowFooters = true };
        table.AddColumn(new TableColumn("Code").Footer("Total"));
        table.AddColumn(new TableColumn("Municipality"));
        table.AddColumn(new TableColumn("Component"));
        table.AddColumn(new TableColumn(new Text("Part. days")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Unit (kr)")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Amount (kr)")).RightAligned().Footer(Integer(invoice.Total.WholeKronor)));
        foreach (InvoiceLine line in invoice.Lines)
        {
            table.AddRow(new IRenderable[]
            {
                new Text(line.Municipality.Code.ToString()),
                new Text(line.Municipality.Name),
                new Text(line.Component.Code),
                Integer(line.ParticipantDays),
                Integer(line.UnitPrice.WholeKronor),
                Integer(line.Amount.WholeKronor),
            });
        }

        PlainConsole.Create(output).Write(table);
        output.WriteLine();
        foreach (var municipality in invoice.Municipalities)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{municipality.Code} {municipality.Name}: {invoice.AmountFor(municipality.Code)}"));
        }
    }

    private static Text Integer(long value) => new(SwedishNumberFormat.FormatInteger(value));
}
