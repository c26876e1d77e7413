using System.Globalization;
using CsvHelper;
using NodaTime.Text;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes the invoice basis of a period as CSV: one row per occasion, municipality and fee component, each carrying
/// its occasion, course and first and last day, then the fields of <see cref="InvoiceCsv.Header"/>.
/// </summary>
internal static class InvoicePeriodCsv
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header = ["occasion", "course", "first_date", "last_date", .. InvoiceCsv.Header];

    /// <summary>Writes the invoice basis.</summary>
    /// <param name="period">The period's invoice bases.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(InvoicePeriod period, TextWriter output)
    {
        using CsvWriter csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (var (invoice, line) in period.Lines)
        {
            csv.WriteRecord(
            [
                invoice.Occasion.Id,
                invoice.Occasion.CourseId,
                LocalDatePattern.Iso.Format(invoice.Occasion.FirstDate),
                LocalDatePattern.Iso.Format(invoice.Occasion.LastDate),
                line.Municipality.Code.ToString(),
                line.Municipality.Name,
                line.Component.Code,
                line.ParticipantDays.ToString(CultureInfo.InvariantCulture),
                line.UnitPrice.WholeKronor.ToString(CultureInfo.InvariantCulture),
                line.Amount.WholeKronor.ToString(CultureInfo.InvariantCulture),
            ]);
        }

        csv.Flush();
    }
}
