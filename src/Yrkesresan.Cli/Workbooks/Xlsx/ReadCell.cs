namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>What kind of value a cell of a workbook that is read holds.</summary>
internal enum ReadCellKind
{
    /// <summary>Text (a shared or inline string, or a formula's text result).</summary>
    Text,

    /// <summary>A number; a date is a number with a date format (<see cref="ReadCell.IsDate"/>).</summary>
    Number,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>An error value such as <c>#N/A</c>.</summary>
    Error,
}

/// <summary>One cell of a sheet as a workbook stores it.</summary>
/// <param name="Address">Where it is.</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Text">The value as stored: the text; a number in invariant spelling (<c>4</c>, <c>4.5</c>, <c>44964</c>); <c>1</c> or <c>0</c> for a boolean; the error (<c>#N/A</c>).</param>
/// <param name="Formula">The formula without <c>=</c> when the cell holds one (empty when a shared formula's text is elsewhere), otherwise null.</param>
/// <param name="IsDate">Whether the cell's number format shows a date.</param>
internal sealed record ReadCell(CellAddress Address, ReadCellKind Kind, string Text, string? Formula, bool IsDate)
{
    /// <summary>Whether the cell shows nothing: empty text and no formula.</summary>
    public bool IsBlank => Kind == ReadCellKind.Text && Formula is null && string.IsNullOrWhiteSpace(Text);
}
