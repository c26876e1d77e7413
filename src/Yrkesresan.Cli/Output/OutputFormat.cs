namespace Yrkesresan.Cli.Output;

/// <summary>How a command prints its result (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>A readable table with a heading and a total row, numbers in Swedish format.</summary>
    Table,

    /// <summary>CSV: one row per municipality, plain integers, LF line endings.</summary>
    Csv,

    /// <summary>JSON: one object with the total and one entry per municipality.</summary>
    Json,

    /// <summary>A workbook (.xlsx) in the user's language, with its totals as SUM formulas; needs <c>--output FILE</c>.</summary>
    Xlsx,
}
