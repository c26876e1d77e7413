using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Workbooks.Xlsx;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// The shape every result workbook's table has (<c>--format xlsx</c>): a title row naming the region, the year and the
/// rules; a heading row in the user's language; one row per line; and a total row whose totals are <c>SUM</c>
/// formulas carrying the tool's own totals as their values, so a spreadsheet shows the tool's figure and how it adds
/// up. The title and the headings stay in view as the table scrolls.
/// </summary>
internal sealed class ResultSheet
{
    /// <summary>The row of the headings.</summary>
    public const int HeadingRow = 2;

    /// <summary>The first row of lines.</summary>
    public const int FirstRow = 3;

    private ResultSheet(SheetBuilder sheet) => Sheet = sheet;

    /// <summary>The sheet.</summary>
    public SheetBuilder Sheet { get; }

    /// <summary>Starts a table on a new sheet.</summary>
    /// <param name="book">The workbook.</param>
    /// <param name="name">The sheet's name.</param>
    /// <param name="title">The title: the heading of the table output.</param>
    /// <param name="rules">The rules that made the figures, e.g. <c>FEE-1–FEE-3</c>.</param>
    /// <param name="headings">The columns' headings.</param>
    /// <returns>The table, to add lines to.</returns>
    public static ResultSheet Start(WorkbookBuilder book, string name, string title, string rules, params string[] headings)
    {
        SheetBuilder sheet = book.AddSheet(name);
        sheet.Add(SheetCell.Of(Texts.Format(WorkbookTexts.WorkbookTitleRules, title, rules), CellStyle.Title));
        sheet.Add([.. headings.Select(h => SheetCell.Of(h, CellStyle.Header))]);
        sheet.FrozenRows = HeadingRow;
        return new ResultSheet(sheet);
    }

    /// <summary>Adds a line.</summary>
    /// <param name="cells">Its cells.</param>
    /// <returns>The row's number.</returns>
    public int Line(params SheetCell?[] cells) => Sheet.Add(cells);

    /// <summary>
    /// Adds the total row after the lines: the label in column A, and in each column given a <c>SUM</c> of the lines
    /// above with the tool's total as its value (a plain 0 when there are no lines).
    /// </summary>
    /// <param name="label">The label, "Total".</param>
    /// <param name="totals">The columns (from 1), the tool's total of each, and their look.</param>
    /// <returns>The row's number.</returns>
    public int Totals(string label, params (int Column, long Total, CellStyle Style)[] totals)
    {
        int last = Sheet.NextRow - 1;
        var cells = new SheetCell?[totals.Max(t => t.Column)];
        cells[0] = SheetCell.Of(label, CellStyle.TotalLabel);
        foreach ((int column, long total, CellStyle style) in totals)
        {
            string letter = CellAddress.ColumnLetters(column);
            cells[column - 1] = last < FirstRow
                ? SheetCell.Integer(total, style)
                : SheetCell.Formula($"SUM({letter}{FirstRow}:{letter}{last})", total, style);
        }

        return Sheet.Add(cells);
    }

    /// <summary>Adds a note under the table, after an empty row.</summary>
    /// <param name="text">The note.</param>
    public void Note(string text)
    {
        Sheet.Add();
        Sheet.Add(SheetCell.Of(text, CellStyle.Note));
    }
}
