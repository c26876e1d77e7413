using System.Globalization;
using System.Text;

namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>
/// A cell's place on a sheet, counted from 1 as a spreadsheet shows it: row 7, column 2 is <c>B7</c>. Spreadsheets
/// name columns A to Z, then AA to ZZ, then AAA to XFD (16 384 columns).
/// </summary>
/// <param name="Row">The row, from 1.</param>
/// <param name="Column">The column, from 1 (A).</param>
internal readonly record struct CellAddress(int Row, int Column) : IComparable<CellAddress>
{
    /// <summary>The last column a spreadsheet has: XFD.</summary>
    public const int MaxColumn = 16_384;

    /// <summary>The last row a spreadsheet has.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>The column's letters, e.g. <c>B</c>.</summary>
    public string ColumnName => ColumnLetters(Column);

    /// <summary>The letters of a column: 1 is <c>A</c>, 27 is <c>AA</c>.</summary>
    /// <param name="column">The column, from 1.</param>
    /// <returns>The letters.</returns>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    /// <summary>Reads a reference such as <c>B7</c> (letters in either case, then the row; no <c>$</c>).</summary>
    /// <param name="reference">The reference.</param>
    /// <param name="address">The cell, when read.</param>
    /// <returns>Whether it is a cell reference within a sheet's bounds.</returns>
    public static bool TryParse(string? reference, out CellAddress address)
    {
        address = default;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        int i = 0;
        int column = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }

            i++;
        }

        if (i == 0 || i == reference.Length
            || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out int row)
            || row < 1 || row > MaxRow)
        {
            return false;
        }

        address = new CellAddress(row, column);
        return true;
    }

    /// <summary>A sheet's name as a formula or a problem writes it: in single quotes unless it is letters, digits and underscores only; a quote in it doubled.</summary>
    /// <param name="sheet">The sheet's name.</param>
    /// <returns>The name, quoted where needed, e.g. <c>Deltagare</c> or <c>'Course days'</c>.</returns>
    public static string SheetName(string sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        bool plain = sheet.Length > 0 && !char.IsAsciiDigit(sheet[0]) && sheet.All(c => char.IsLetterOrDigit(c) || c == '_');
        return plain ? sheet : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";
    }

    /// <summary>The reference, e.g. <c>B7</c>.</summary>
    /// <returns>The reference.</returns>
    public override string ToString() => ColumnName + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The absolute reference, e.g. <c>$B$7</c>.</summary>
    /// <returns>The reference.</returns>
    public string Absolute() => $"${ColumnName}${Row.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Orders cells by row, then column: the order a sheet is read in.</summary>
    /// <param name="other">The other cell.</param>
    /// <returns>The order.</returns>
    public int CompareTo(CellAddress other) => Row != other.Row ? Row.CompareTo(other.Row) : Column.CompareTo(other.Column);
}
