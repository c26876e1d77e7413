namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>What a cell may hold, checked by the spreadsheet as it is typed (data validation).</summary>
internal enum ValidationKind
{
    /// <summary>One of a list: a drop-down.</summary>
    List,

    /// <summary>A whole number between two bounds.</summary>
    WholeNumber,

    /// <summary>A date between two bounds.</summary>
    Date,

    /// <summary>Anything: only the prompt is shown when a cell is selected.</summary>
    Prompt,
}

/// <summary>
/// A data validation of a range of cells: a drop-down list, or bounds for a whole number or a date, with a prompt
/// shown when a cell is selected and a message shown when a value is refused.
/// </summary>
/// <param name="Range">The cells, e.g. <c>B2:B2000</c>.</param>
/// <param name="Kind">The kind of check.</param>
/// <param name="Formula1">The list (a defined name or a range, e.g. <c>Municipalities</c>) or the lower bound; empty for a prompt.</param>
/// <param name="Formula2">The upper bound; empty for a list.</param>
/// <param name="Prompt">What the cell takes, shown when it is selected.</param>
/// <param name="Error">What a refused value gets.</param>
/// <param name="Refuses">Whether a value outside the list is refused (a stop) or only warned of (the user may keep it).</param>
internal sealed record Validation(string Range, ValidationKind Kind, string Formula1, string Formula2, string Prompt, string Error, bool Refuses = true);
