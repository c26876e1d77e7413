using System.Text.Json;
using Yrkesresan.Domain.Allocation;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes a statement as one indented JSON object:
/// <c>{"total_sek": 950000, "municipalities": [{"code": "2505", "name": "Arvidsjaur", "population": 6157,
/// "share_percent": 2, "amount_sek": 23450, "first_half_sek": 11725, "second_half_sek": 11725}, ...]}</c>,
/// municipalities in ascending code order, names in plain UTF-8 ("Luleå", not "Lule\u00e5").
/// </summary>
internal static class JsonStatementWriter
{
    /// <summary>Writes the statement.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(AllocationReport report, TextWriter output)
    {
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total_sek", report.Statement.Total.WholeKronor);
            json.WriteStartArray("municipalities");
            foreach (FixedCostLine line in report.Statement.Lines)
            {
                json.WriteStartObject();
                json.WriteString("code", line.Code.ToString());
                json.WriteString("name", line.Municipality.Name);
                json.WriteNumber("population", line.Municipality.Population);
                json.WriteNumber("share_percent", line.SharePercent);
                json.WriteNumber("amount_sek", line.Annual.WholeKronor);
                json.WriteNumber("first_half_sek", line.FirstHalf.WholeKronor);
                json.WriteNumber("second_half_sek", line.SecondHalf.WholeKronor);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
