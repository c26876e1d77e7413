using NodaTime;

namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>What kind of value a written cell holds.</summary>
internal enum SheetCellKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A whole number (an amount, a count, or a date's serial).</summary>
    Number,

    /// <summary>A formula with its value as computed by the tool (the cached value a spreadsheet shows before it recalculates).</summary>
    Formula,

    /// <summary>A number in thousandths, written as a decimal: 883 is 0.883 (shown 88.3 % as a percentage).</summary>
    Thousandths,
}

/// <summary>One cell to write: text, a whole number, a date or a formula with its value, and its look.</summary>
/// <param name="Kind">The kind of value.</param>
/// <param name="Text">The text; for a formula, the formula without <c>=</c>.</param>
/// <param name="Number">The number; for a formula, its value.</param>
/// <param name="Style">The look.</param>
internal sealed record SheetCell(SheetCellKind Kind, string Text, long Number, CellStyle Style)
{
    /// <summary>A text cell.</summary>
    /// <param name="text">The text.</param>
    /// <param name="style">The look.</param>
    /// <returns>The cell.</returns>
    public static SheetCell Of(string text, CellStyle style = CellStyle.Plain) => new(SheetCellKind.Text, text, 0, style);

    /// <summary>A whole number, grouped by thousands.</summary>
    /// <param name="number">The number.</param>
    /// <param name="style">The look.</param>
    /// <returns>The cell.</returns>
    public static SheetCell Integer(long number, CellStyle style = CellStyle.Integer) => new(SheetCellKind.Number, string.Empty, number, style);

    /// <summary>A number shown as it is (no grouping), e.g. a count a person types over.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The cell.</returns>
    public static SheetCell Plain(long number) => new(SheetCellKind.Number, string.Empty, number, CellStyle.Plain);

    /// <summary>Whole kronor.</summary>
    /// <param name="kronor">The amount.</param>
    /// <param name="style">The look: <see cref="CellStyle.Kronor"/> or <see cref="CellStyle.TotalKronor"/>.</param>
    /// <returns>The cell.</returns>
    public static SheetCell Kronor(long kronor, CellStyle style = CellStyle.Kronor) => new(SheetCellKind.Number, string.Empty, kronor, style);

    /// <summary>A date cell, shown <c>yyyy-mm-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The cell.</returns>
    public static SheetCell Date(LocalDate date) => new(SheetCellKind.Number, string.Empty, DateSerial.Of(date), CellStyle.Date);

    /// <summary>A percentage with one decimal, from its tenths of a percent: 883 is 88.3 %, stored as the proportion 0.883, so the value is exactly the figure shown.</summary>
    /// <param name="tenths">The percentage in tenths, e.g. a share rounded down (<c>ExactShare.PercentTenths</c>).</param>
    /// <returns>The cell.</returns>
    public static SheetCell Percent(long tenths) => new(SheetCellKind.Thousandths, string.Empty, tenths, CellStyle.Percent);

    /// <summary>A formula and the value the tool computed for it.</summary>
    /// <param name="formula">The formula without <c>=</c>, e.g. <c>SUM(E3:E16)</c>.</param>
    /// <param name="value">Its value.</param>
    /// <param name="style">The look.</param>
    /// <returns>The cell.</returns>
    public static SheetCell Formula(string formula, long value, CellStyle style) => new(SheetCellKind.Formula, formula, value, style);
}
