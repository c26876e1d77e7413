using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// A survey's answers as exported from the learning platform (rule <c>GOAL-4</c>; PP §3): one row per
/// response, one column per question, each question's column found by its label
/// (<see cref="QuestionHeader"/>). The tool builds it from a CSV or an .xlsx file; its problems name the
/// file, the row and the cell in the way <see cref="Style"/> says, and the sheet of a workbook
/// (<see cref="Sheet"/>) as a spreadsheet writes a reference: <c>svar.xlsx: Svar!D7 (q1a): …</c>.
/// </summary>
/// <remarks>
/// <para>
/// The table may hold every column of the export, names and e-mail addresses included: the evaluation
/// reads only the columns of the plan's questions (the role question, the municipality question, the
/// goals' questions), and no message ever shows a cell (rule <c>GOAL-4</c>: the file holds personal
/// data). The table itself is not checked against a plan: <see cref="FollowUpEvaluation"/> does that,
/// and reports every problem at once.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class SurveyAnswers
{
    /// <summary>Creates the table.</summary>
    /// <param name="file">The file's name, as problems show it.</param>
    /// <param name="style">How problems name a cell: by column number (CSV) or by spreadsheet address (.xlsx).</param>
    /// <param name="columns">The columns, each with its number in the file; no number twice.</param>
    /// <param name="rows">The responses, in the order of the file.</param>
    /// <param name="headerRow">The row number of the header, from 1; problems of a missing question name it.</param>
    /// <param name="sheet">
    /// The sheet of a workbook the table was read from, or null (the default; a CSV file). With a sheet, a problem names
    /// the sheet and the cell as a spreadsheet writes a reference, <c>Svar!D7 (q1a)</c>, or the header row's cells,
    /// <c>Svar!A1:M1 (q3)</c>, and has no line of its own.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null, or a column or row is.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is blank, <paramref name="style"/> is not a style, two columns have the same number, or <paramref name="sheet"/> is blank or given with <see cref="CellReferenceStyle.ColumnNumber"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headerRow"/> is less than 1.</exception>
    public SurveyAnswers(string file, CellReferenceStyle style, IEnumerable<AnswerColumn> columns, IEnumerable<AnswerRow> rows, int headerRow = 1, string? sheet = null)
    {
        File = Guard.Against.NullOrWhiteSpace(file, message: "The answers need the name of their file, for problems.");
        Style = Guard.Against.InvalidInput(style, nameof(style), static s => Enum.IsDefined(s), "A cell reference style is one of the enumeration's values.");
        Columns = Lists.NoNulls(columns, nameof(columns));
        Guard.Against.InvalidInput(Columns, nameof(columns), static c => c.Select(x => x.Number).Distinct().Count() == c.Length, "Each column has its own number.");
        Rows = Lists.NoNulls(rows, nameof(rows));
        HeaderRow = Guard.Against.OutOfRange(headerRow, nameof(headerRow), 1, int.MaxValue, "The header's row number counts from 1.");
        if (sheet is not null)
        {
            Guard.Against.InvalidInput(sheet, nameof(sheet), static s => !string.IsNullOrWhiteSpace(s), "A sheet has a name.");
            Guard.Against.InvalidInput(style, nameof(sheet), static s => s == CellReferenceStyle.SpreadsheetCell, "A sheet goes with spreadsheet cell references.");
        }

        Sheet = sheet;
    }

    /// <summary>The file's name, as problems show it.</summary>
    public string File { get; }

    /// <summary>How problems name a cell.</summary>
    public CellReferenceStyle Style { get; }

    /// <summary>The columns, in the order given.</summary>
    public ImmutableArray<AnswerColumn> Columns { get; }

    /// <summary>The responses, in the order given.</summary>
    public ImmutableArray<AnswerRow> Rows { get; }

    /// <summary>The row number of the header.</summary>
    public int HeaderRow { get; }

    /// <summary>The sheet of a workbook the table was read from, or null for a CSV file.</summary>
    public string? Sheet { get; }

    /// <summary>The columns whose header is the question with a label (<see cref="QuestionHeader.Matches"/>): one, none, or (a problem) more.</summary>
    /// <param name="label">The question's label, e.g. <c>q1a</c>.</param>
    /// <returns>The columns, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public ImmutableArray<AnswerColumn> ColumnsOf(string label)
    {
        Guard.Against.Null(label);
        return [.. Columns.Where(c => QuestionHeader.Matches(c.Header, label))];
    }

    /// <summary>The file and its size, e.g. <c>"svar.csv: 60 responses, 12 columns"</c>; never a cell.</summary>
    /// <returns>The table as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}: {Rows.Length} responses, {Columns.Length} columns");

    /// <summary>The line a problem of a row gives: the row's number, or null when the table is a sheet's, whose problems name the sheet and cell instead.</summary>
    internal int? LineOf(int row) => Sheet is null ? row : null;

    /// <summary>How a problem names the header at a question's label: <c>q3</c>, or with a sheet, the header row's cells <c>Svar!A1:M1 (q3)</c>.</summary>
    internal string HeaderReference(string label)
    {
        if (Sheet is null)
        {
            return label;
        }

        string first = string.Create(CultureInfo.InvariantCulture, $"A{HeaderRow}");
        string last = Columns.IsEmpty ? first : Columns.MaxBy(c => c.Number)!.Letters + HeaderRow.ToString(CultureInfo.InvariantCulture);
        return $"{SheetPrefix()}{first}{(last == first ? string.Empty : ":" + last)} ({label})";
    }

    /// <summary>How a problem names a cell of a question's column: <c>column 4 (q1a)</c>, <c>D7 (q1a)</c>, or with a sheet <c>Svar!D7 (q1a)</c>.</summary>
    internal string CellReference(AnswerColumn column, int row, string label) => Style == CellReferenceStyle.SpreadsheetCell
        ? string.Create(CultureInfo.InvariantCulture, $"{SheetPrefix()}{column.Letters}{row} ({label})")
        : FollowUpText.Format(nameof(FollowUpTexts.CsvColumnReference), column.Number, label);

    /// <summary>The sheet as a reference starts with it, <c>Svar!</c> or <c>'Mina svar'!</c> (in quotes unless letters, digits and underscores only); empty without a sheet.</summary>
    private string SheetPrefix()
    {
        if (Sheet is null)
        {
            return string.Empty;
        }

        bool plain = !char.IsAsciiDigit(Sheet[0]) && Sheet.All(c => char.IsLetterOrDigit(c) || c == '_');
        return plain ? Sheet + "!" : "'" + Sheet.Replace("'", "''", StringComparison.Ordinal) + "'!";
    }
}
