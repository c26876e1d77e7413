using System.Globalization;
using CsvHelper;
using Yrkesresan.Domain.Fees;

namespace Yrkesresan.Cli.Output;

/// <summary>Writes an occasion's invoice basis as CSV: one row per municipality and fee component.</summary>
internal static class InvoiceCsv
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header = ["code", "name", "component", "participant_days", "unit_price_sek", "amount_sek"];

    /// <summary>Writes the invoice basis.</summary>
    /// <param name="invoice">The invoice basis.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(OccasionInvoice invoice, TextWriter output)
    {
        using CsvWriter csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (InvoiceLine line in invoice.Lines)
        {
            csv.WriteRecord(
            [
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
