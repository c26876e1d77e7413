namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>
/// The few looks a cell of the tool's workbooks has, in the order of the workbook's cell formats
/// (<see cref="Stylesheets"/>): the value is the format's index.
/// </summary>
internal enum CellStyle : uint
{
    /// <summary>Plain: text as it is, a number as the spreadsheet shows it.</summary>
    Plain = 0,

    /// <summary>A column's heading: bold, on a light grey fill, wrapped.</summary>
    Header = 1,

    /// <summary>A sheet's title row: bold and larger.</summary>
    Title = 2,

    /// <summary>A date, shown <c>yyyy-mm-dd</c> (2023-02-07) in every language.</summary>
    Date = 3,

    /// <summary>Whole kronor, grouped by thousands and followed by kr (<c>#,##0 "kr"</c>: 950 000 kr in Swedish, 950,000 kr in English).</summary>
    Kronor = 4,

    /// <summary>A whole number, grouped by thousands (<c>#,##0</c>).</summary>
    Integer = 5,

    /// <summary>The label of a total row: bold.</summary>
    TotalLabel = 6,

    /// <summary>A total in kronor: bold, as <see cref="Kronor"/>.</summary>
    TotalKronor = 7,

    /// <summary>A total whole number: bold, as <see cref="Integer"/>.</summary>
    TotalInteger = 8,

    /// <summary>Text that wraps within its column (instructions).</summary>
    Wrapped = 9,

    /// <summary>A note under a table: italic.</summary>
    Note = 10,

    /// <summary>Plain text that runs over the empty cells to its right, left out when a column's width is fitted (a label under a table).</summary>
    Label = 11,

    /// <summary>A percentage with one decimal (<c>0.0%</c>: 88.3% in English, 88,3% in Swedish), its value a proportion (0.883).</summary>
    Percent = 12,
}
