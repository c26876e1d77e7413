using NodaTime.Text;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes the invoice basis of a period as JSON: <c>from</c>, <c>to</c>, <c>occasions</c> (how many), <c>total_sek</c>,
/// and <c>lines</c> with the fields of <see cref="InvoicePeriodCsv.Header"/>; amounts are whole kronor as integers.
/// </summary>
internal static class InvoicePeriodJson
{
    /// <summary>Writes the invoice basis.</summary>
    /// <param name="period">The period's invoice bases.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(InvoicePeriod period, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("from", LocalDatePattern.Iso.Format(period.From));
            json.WriteString("to", LocalDatePattern.Iso.Format(period.To));
            json.WriteNumber("occasions", period.Invoices.Count);
            json.WriteNumber("total_sek", period.TotalKronor);
            json.WriteStartArray("lines");
            foreach (var (invoice, line) in period.Lines)
            {
                json.WriteStartObject();
                json.WriteString("occasion", invoice.Occasion.Id);
                json.WriteString("course", invoice.Occasion.CourseId);
                json.WriteString("first_date", LocalDatePattern.Iso.Format(invoice.Occasion.FirstDate));
                json.WriteString("last_date", LocalDatePattern.Iso.Format(invoice.Occasion.LastDate));
                InvoiceJson.WriteLineFields(json, line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
}
