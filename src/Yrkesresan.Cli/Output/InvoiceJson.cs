using System.Text.Json;
using Yrkesresan.Domain.Fees;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes an occasion's invoice basis as JSON: <c>occasion</c>, <c>course</c>, <c>waive_fee</c>,
/// <c>venue_fee_sek</c> (null when the schedule's applies), <c>total_sek</c>, and <c>lines</c> with the
/// fields of <see cref="InvoiceCsv.Header"/>; amounts are whole kronor as integers.
/// </summary>
internal static class InvoiceJson
{
    /// <summary>Writes the invoice basis.</summary>
    /// <param name="invoice">The invoice basis.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(OccasionInvoice invoice, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("occasion", invoice.Occasion.Id);
            json.WriteString("course", invoice.Occasion.CourseId);
            json.WriteBoolean("waive_fee", invoice.Occasion.WaivesFee);
            if (invoice.Occasion.VenueFee is { } venue)
            {
                json.WriteNumber("venue_fee_sek", venue.WholeKronor);
            }
            else
            {
                json.WriteNull("venue_fee_sek");
            }

            json.WriteNumber("total_sek", invoice.Total.WholeKronor);
            json.WriteStartArray("lines");
            foreach (InvoiceLine line in invoice.Lines)
            {
                json.WriteStartObject();
                WriteLineFields(json, line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>The fields of one invoice line, as <c>docs/cli.md</c> pins them: code, name, component, participant days, unit price and amount.</summary>
    /// <param name="json">The writer, inside the line's object.</param>
    /// <param name="line">The line.</param>
    internal static void WriteLineFields(Utf8JsonWriter json, InvoiceLine line)
    {
        json.WriteString("code", line.Municipality.Code.ToString());
        json.WriteString("name", line.Municipality.Name);
        json.WriteString("component", line.Component.Code);
        json.WriteNumber("participant_days", line.ParticipantDays);
        json.WriteNumber("unit_price_sek", line.UnitPrice.WholeKronor);
        json.WriteNumber("amount_sek", line.Amount.WholeKronor);
    }
}
