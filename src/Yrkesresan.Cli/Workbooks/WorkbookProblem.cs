using Yrkesresan.Cli.Workbooks.Xlsx;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// A problem (or a notice) of a workbook: the file, where in it (a sheet and a cell, a sheet, or the whole file), a
/// stable code and the message in the user's language, printed as <c>ledger.xlsx: Deltagare!B7: message</c>.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Sheet">The sheet, or null for the whole file.</param>
/// <param name="Cell">The cell, or null for the whole sheet.</param>
/// <param name="Code">What is wrong, as a code that is the same in every language: the key of the message's text, the tool's or the library's.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record WorkbookProblem(string File, string? Sheet, string? Cell, string Code, string Message)
{
    /// <summary>Where the problem is, as a spreadsheet writes a reference: <c>Deltagare!B7</c>, <c>'Course days'!B7</c>, <c>Deltagare</c>, or empty.</summary>
    public string Place => Sheet is null ? string.Empty : Cell is null ? CellAddress.SheetName(Sheet) : $"{CellAddress.SheetName(Sheet)}!{Cell}";

    /// <summary>The problem as one line.</summary>
    /// <returns>E.g. <c>ledger.xlsx: Deltagare!B7: "Lulea" is not one of Norrbotten's municipalities; did you mean Luleå?</c>.</returns>
    public override string ToString() => Sheet is null ? $"{File}: {Message}" : $"{File}: {Place}: {Message}";
}
