namespace Yrkesresan.Domain.FollowUp;

/// <summary>How a problem of an answers file names the cell it is about, as the file's kind suggests.</summary>
public enum CellReferenceStyle
{
    /// <summary>A CSV file: the row is the line's number and the column its number, e.g. row 7, <c>column 4 (q1a)</c>.</summary>
    ColumnNumber = 1,

    /// <summary>A spreadsheet (.xlsx): the cell's address as the spreadsheet shows it, e.g. <c>D7 (q1a)</c>.</summary>
    SpreadsheetCell = 2,
}
