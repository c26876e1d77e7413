namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>One sheet of a workbook that is read: its name, its cells that hold something, and its merged ranges.</summary>
/// <param name="Name">The sheet's name as the workbook has it.</param>
/// <param name="Cells">The cells, by address.</param>
/// <param name="MergedRanges">The merged ranges as the workbook writes them, e.g. <c>A3:A4</c>.</param>
internal sealed record ReadSheet(string Name, IReadOnlyDictionary<CellAddress, ReadCell> Cells, IReadOnlyList<string> MergedRanges)
{
    /// <summary>The last row that has a cell that is not blank; 0 for an empty sheet.</summary>
    public int LastRow => Cells.Values.Where(c => !c.IsBlank).Select(c => c.Address.Row).DefaultIfEmpty(0).Max();

    /// <summary>The cell at a place, or null when it holds nothing.</summary>
    /// <param name="row">The row, from 1.</param>
    /// <param name="column">The column, from 1.</param>
    /// <returns>The cell, or null.</returns>
    public ReadCell? Cell(int row, int column) =>
        Cells.TryGetValue(new CellAddress(row, column), out ReadCell? cell) && !cell.IsBlank ? cell : null;
}
