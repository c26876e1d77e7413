using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// The problems found in a workbook as it is read, kept in the order a person reads the workbook: the whole file
/// first, then by sheet in the workbook's order, by row and by column.
/// </summary>
/// <param name="file">The file as the user named it.</param>
/// <param name="sheetOrder">The workbook's sheets, in its order.</param>
internal sealed class ProblemList(string file, IReadOnlyList<string> sheetOrder)
{
    private readonly List<(int Sheet, CellAddress At, int Order, WorkbookProblem Problem)> items = [];

    /// <summary>How many problems have been found.</summary>
    public int Count => items.Count;

    /// <summary>A problem of the whole file.</summary>
    /// <param name="key">The key of its text in <c>WorkbookTexts</c>.</param>
    /// <param name="values">The text's values.</param>
    public void OfFile(string key, params object?[] values) => Add(-1, default, new WorkbookProblem(file, null, null, key, Message(key, values)));

    /// <summary>A problem of a whole sheet.</summary>
    /// <param name="sheet">The sheet's name as the workbook has it.</param>
    /// <param name="key">The key of its text.</param>
    /// <param name="values">The text's values.</param>
    public void OfSheet(string sheet, string key, params object?[] values) =>
        Add(IndexOf(sheet), default, new WorkbookProblem(file, sheet, null, key, Message(key, values)));

    /// <summary>A problem of a range of cells, e.g. merged cells <c>A3:A4</c>, placed at its first cell.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="range">The range as the workbook writes it.</param>
    /// <param name="first">Its first cell, for the order.</param>
    /// <param name="key">The key of its text.</param>
    /// <param name="values">The text's values.</param>
    public void OfRange(string sheet, string range, CellAddress first, string key, params object?[] values) =>
        Add(IndexOf(sheet), first, new WorkbookProblem(file, sheet, range, key, Message(key, values)));

    /// <summary>A problem of a cell.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="at">The cell.</param>
    /// <param name="key">The key of its text.</param>
    /// <param name="values">The text's values.</param>
    public void OfCell(string sheet, CellAddress at, string key, params object?[] values) =>
        Add(IndexOf(sheet), at, new WorkbookProblem(file, sheet, at.ToString(), key, Message(key, values)));

    /// <summary>A problem the library found in what a cell holds, with the library's code and message.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="at">The cell.</param>
    /// <param name="problem">The library's problem.</param>
    public void OfCell(string sheet, CellAddress at, DataProblem problem) =>
        Add(IndexOf(sheet), at, new WorkbookProblem(file, sheet, at.ToString(), problem.Code, problem.Message));

    /// <summary>A notice (or a problem kept apart) the library gave on what a cell holds, not added to the list.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="at">The cell.</param>
    /// <param name="notice">The library's notice.</param>
    /// <returns>The notice with its file, sheet and cell.</returns>
    public WorkbookProblem Apart(string sheet, CellAddress at, DataProblem notice) => new(file, sheet, at.ToString(), notice.Code, notice.Message);

    /// <summary>Every problem, in the order of the workbook.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<WorkbookProblem> Sorted() =>
        [.. items.OrderBy(i => i.Sheet).ThenBy(i => i.At).ThenBy(i => i.Order).Select(i => i.Problem)];

    private static string Message(string key, object?[] values) => Texts.Format(LedgerLayout.Text(key), values);

    private int IndexOf(string sheet)
    {
        for (int i = 0; i < sheetOrder.Count; i++)
        {
            if (string.Equals(sheetOrder[i], sheet, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return sheetOrder.Count;
    }

    private void Add(int sheet, CellAddress at, WorkbookProblem problem) => items.Add((sheet, at, items.Count, problem));
}
