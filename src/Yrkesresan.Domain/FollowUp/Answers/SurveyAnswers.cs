using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// A survey's answers as exported from the learning platform (rule <c>GOAL-4</c>; PP §3): one row per
/// response, one column per question, each question's column found by its label
/// (<see cref="QuestionHeader"/>). The tool builds it from a CSV or an .xlsx file; its problems name the
/// file, the row and the cell in the way <see cref="Style"/> says.
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
    /// <exception cref="ArgumentNullException">An argument is null, or a column or row is.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is blank, <paramref name="style"/> is not a style, or two columns have the same number.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headerRow"/> is less than 1.</exception>
    public SurveyAnswers(string file, CellReferenceStyle style, IEnumerable<AnswerColumn> columns, IEnumerable<AnswerRow> rows, int headerRow = 1)
    {
        File = Guard.Against.NullOrWhiteSpace(file, message: "The answers need the name of their file, for problems.");
        Style = Guard.Against.InvalidInput(style, nameof(style), static s => Enum.IsDefined(s), "A cell reference style is one of the enumeration's values.");
        Columns = Lists.NoNulls(columns, nameof(columns));
        Guard.Against.InvalidInput(Columns, nameof(columns), static c => c.Select(x => x.Number).Distinct().Count() == c.Length, "Each column has its own number.");
        Rows = Lists.NoNulls(rows, nameof(rows));
        HeaderRow = Guard.Against.OutOfRange(headerRow, nameof(headerRow), 1, int.MaxValue, "The header's row number counts from 1.");
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

    /// <summary>How a problem names a cell of a question's column: <c>column 4 (q1a)</c> or <c>D7 (q1a)</c>.</summary>
    internal string CellReference(AnswerColumn column, int row, string label) => Style == CellReferenceStyle.SpreadsheetCell
        ? string.Create(CultureInfo.InvariantCulture, $"{column.Letters}{row} ({label})")
        : FollowUpText.Format(nameof(FollowUpTexts.CsvColumnReference), column.Number, label);
}
