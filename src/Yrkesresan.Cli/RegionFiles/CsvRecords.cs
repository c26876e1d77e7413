using CsvHelper;
using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// Reads the records of a CSV file with CsvHelper, each with its physical line and, for a record
/// with bad quoting, what is wrong with it. Empty lines are skipped; the caller checks the fields.
/// </summary>
internal static class CsvRecords
{
    /// <summary>Reads the records, in the order of the file.</summary>
    /// <param name="utf8">The file's content: UTF-8 without a byte order mark.</param>
    /// <param name="separator">The field separator.</param>
    /// <returns>The records, read lazily.</returns>
    public static IEnumerable<CsvRecord> Read(ReadOnlyMemory<byte> utf8, char separator)
    {
        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            OnMalformedRecord = record => malformed.TryAdd(record.LineNumber, record.Reason),
        };

        using CsvReader reader = CsvReader.Create(utf8, options);
        while (reader.Read())
        {
            long line = reader.LineNumber;
            (string Code, string Message)? problem = malformed.Remove(line, out CsvMalformedReason reason) ? Describe(reason) : null;
            yield return new CsvRecord(line, FieldsOf(reader), problem?.Message, problem?.Code);
        }
    }

    private static string[] FieldsOf(CsvReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetString(i);
        }

        return fields;
    }

    private static (string Code, string Message) Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => (nameof(CsvTexts.StrayQuote), CsvTexts.StrayQuote),
        CsvMalformedReason.TextAfterClosingQuote => (nameof(CsvTexts.TextAfterClosingQuote), CsvTexts.TextAfterClosingQuote),
        CsvMalformedReason.UnterminatedQuote => (nameof(CsvTexts.UnterminatedQuote), CsvTexts.UnterminatedQuote),
        _ => (nameof(CsvTexts.CsvLineUnreadable), Texts.Format(CsvTexts.CsvLineUnreadable, reason)),
    };
}
