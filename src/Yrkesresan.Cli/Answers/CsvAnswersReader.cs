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
        using IEnumerator<CsvRecord> records = CsvRecords.Read(utf8, separator).GetEnumerator();
        if (!NextNonBlank(records))
        {
            return Refused(AnswersText.Problem(file, 1, AnswersText.Header, nameof(AnswersTexts.AnswersFileEmpty)));
        }

        var problems = new List<DataFileProblem>();
        CsvRecord header = records.Current;
        if (header.Malformed is string headerProblem)
        {
            problems.Add(new DataFileProblem(file, checked((int)header.Line), AnswersText.Header, header.MalformedCode!, headerProblem));
        }

        var rows = new List<AnswerRow>();
        int responses = 0;
        while (NextNonBlank(records))
        {
            CsvRecord record = records.Current;
            responses++;
            if (record.Malformed is string problem)
            {
                problems.Add(new DataFileProblem(file, checked((int)record.Line), AnswersText.Row, record.MalformedCode!, problem));
            }
            else if (record.Fields.Length != header.Fields.Length)
            {
                problems.Add(AnswersText.Problem(file, record.Line, AnswersText.Row, nameof(AnswersTexts.AnswersRowCells), record.Fields.Length, header.Fields.Length, separator));
            }
            else
            {
                rows.Add(new AnswerRow(checked((int)record.Line), record.Fields));
            }
        }

        if (responses == 0)
        {
            problems.Add(AnswersText.Problem(file, header.Line, AnswersText.Header, nameof(AnswersTexts.AnswersNoResponses)));
            return new AnswersRead(null, [.. problems]);
        }

        var answers = new SurveyAnswers(
            file,
            CellReferenceStyle.ColumnNumber,
            header.Fields.Select((text, i) => new AnswerColumn(i + 1, text)),
            rows,
            checked((int)header.Line));
        return new AnswersRead(answers, [.. problems]);
    }

    private static AnswersRead Refused(DataFileProblem problem) => new(null, ImmutableArray.Create(problem));

    /// <summary>Moves to the next record that is not a line of only white space.</summary>
    private static bool NextNonBlank(IEnumerator<CsvRecord> records)
    {
        while (records.MoveNext())
        {
            if (!records.Current.IsBlank)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line (from 1) of a byte offset.</summary>
    private static long LineOf(ReadOnlySpan<byte> text, int offset) => text[..offset].Count((byte)'\n') + 1;
}
