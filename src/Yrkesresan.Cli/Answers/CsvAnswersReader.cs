using System.Collections.Immutable;
using Yrkesresan.Cli.RegionFiles;
using Yrkesresan.Domain;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Cli.Answers;

/// <summary>
/// Reads a survey's answers exported as CSV by the learning platform (Moodle's and Totara's feedback activity): a
/// header row of the columns (<c>(q1a) question text</c>, or the label alone; a named export starts with the person's
/// name and e-mail address), then one row per response. Comma or semicolon separated (the one more frequent outside
/// quotes in the header row), UTF-8 with or without a byte order mark, read with CsvHelper.
/// </summary>
/// <remarks>
/// <para>
/// A row is numbered by the line it starts on, as an editor shows it (a free-text answer in quotes may span lines), and
/// a cell by its column's number (<see cref="CellReferenceStyle.ColumnNumber"/>). Empty lines are skipped.
/// </para>
/// <para>
/// Every problem of the file is reported: a file that is not text or not UTF-8, an empty file, a header without
/// responses, a row whose quoting is broken or whose cells are not one per column (likely a separator inside an unquoted
/// cell, which would shift every answer after it: such a row is left out of the table, and reported). No problem shows a
/// cell's text.
/// </para>
/// </remarks>
internal sealed class CsvAnswersReader : IAnswersReader
{
    /// <inheritdoc/>
    public AnswersRead Read(ReadOnlyMemory<byte> content, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadOnlyMemory<byte> utf8 = Utf8Text.WithoutByteOrderMark(content);
        if (utf8.Span.IndexOf((byte)0) is int zero and >= 0)
        {
            return Refused(AnswersText.Problem(file, LineOf(utf8.Span, zero), AnswersText.Encoding, nameof(AnswersTexts.AnswersNotText)));
        }

        if (Utf8Text.FirstInvalidLine(utf8.Span) is long badLine)
        {
            return Refused(AnswersText.Problem(file, badLine, AnswersText.Encoding, nameof(AnswersTexts.AnswersNotUtf8)));
        }

        char separator = CsvSeparator.Detect(utf8.Span);
        var shape = new TableShape(
            file,
            CellReferenceStyle.ColumnNumber,
            null,
            () => AnswersText.Problem(file, 1, AnswersText.Header, nameof(AnswersTexts.AnswersFileEmpty)),
            header => AnswersText.Problem(file, header, AnswersText.Header, nameof(AnswersTexts.AnswersNoResponses)),
            (row, columns) => row.Cells.Count == columns
                ? null
                : AnswersText.Problem(file, row.Number, AnswersText.Row, nameof(AnswersTexts.AnswersRowCells), row.Cells.Count, columns, separator));
        return AnswersTable.Read(shape, Rows(utf8, separator, file));
    }

    /// <summary>The records that are not blank lines, each with the problem of its quoting: the first is the header's.</summary>
    private static IEnumerable<TableRow> Rows(ReadOnlyMemory<byte> utf8, char separator, string file)
    {
        string part = AnswersText.Header;
        foreach (CsvRecord record in CsvRecords.Read(utf8, separator))
        {
            if (record.IsBlank)
            {
                continue;
            }

            int line = checked((int)record.Line);
            yield return new TableRow(
                line,
                record.Fields,
                record.Malformed is string problem ? [new DataFileProblem(file, line, part, record.MalformedCode!, problem)] : []);
            part = AnswersText.Row;
        }
    }

    private static AnswersRead Refused(DataFileProblem problem) => new(null, ImmutableArray.Create(problem));

    /// <summary>The line (from 1) of a byte offset.</summary>
    private static long LineOf(ReadOnlySpan<byte> text, int offset) => text[..offset].Count((byte)'\n') + 1;
}
