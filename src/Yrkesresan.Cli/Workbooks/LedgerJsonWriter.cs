using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses.Occasions;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// Writes a ledger as a ledger file (<c>docs/ledger-file.md</c>) in one canonical layout, as the examples of the
/// documentation are laid out: the fields of an occasion in the order of the format (optional ones only when set),
/// each day, registration and trainer on its own line, two spaces of indent, LF line endings, text in plain UTF-8.
/// The same ledger always gives the same bytes, whether it was read from JSON or from a workbook.
/// </summary>
internal static class LedgerJsonWriter
{
    /// <summary>Writes the ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The file's text.</returns>
    public static string Write(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var json = new StringBuilder();
        json.Append("{\n  \"occasions\": [");
        for (int i = 0; i < ledger.Occasions.Length; i++)
        {
            CourseOccasion occasion = ledger.Occasions[i];
            json.Append(i == 0 ? "\n" : ",\n");
            json.Append("    {\n");
            json.Append(CultureInfo.InvariantCulture, $"      \"id\": {Text(occasion.Id)},\n");
            json.Append(CultureInfo.InvariantCulture, $"      \"course\": {Text(occasion.CourseId)},\n");
            if (occasion.VenueFee is { } venue)
            {
                json.Append(CultureInfo.InvariantCulture, $"      \"venue_fee_sek\": {venue.WholeKronor.ToString(CultureInfo.InvariantCulture)},\n");
            }

            if (occasion.WaivesFee)
            {
                json.Append("      \"waive_fee\": true,\n");
            }

            List(json, "days", occasion.Days.Select(d => $"{{ \"date\": {Date(d.Date)}, \"mode\": {Text(d.Mode.Code)} }}"), last: false);
            List(json, "participants", occasion.Participants.Select(p => $"{{ \"municipality\": {Text(p.Municipality.ToString())}, \"count\": {p.Count.ToString(CultureInfo.InvariantCulture)} }}"), last: false);
            List(json, "trainers", occasion.Trainers.Select(Trainer), last: true);
            json.Append("    }");
        }

        json.Append(ledger.Occasions.IsEmpty ? "]\n}\n" : "\n  ]\n}\n");
        return json.ToString();
    }

    private static string Trainer(TrainerAssignment trainer)
    {
        string municipality = trainer.Municipality is { } code ? Text(code.ToString()) : "null";
        return trainer.Dates is { } dates
            ? $"{{ \"municipality\": {municipality}, \"dates\": [{string.Join(", ", dates.Select(Date))}] }}"
            : $"{{ \"municipality\": {municipality} }}";
    }

    private static void List(StringBuilder json, string name, IEnumerable<string> items, bool last)
    {
        string[] lines = [.. items];
        json.Append(CultureInfo.InvariantCulture, $"      \"{name}\": [");
        json.Append(lines.Length == 0 ? "]" : "\n" + string.Join(",\n", lines.Select(l => "        " + l)) + "\n      ]");
        json.Append(last ? "\n" : ",\n");
    }

    private static string Date(LocalDate date) => $"\"{LocalDatePattern.Iso.Format(date)}\"";

    private static string Text(string text) => "\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"";
}
