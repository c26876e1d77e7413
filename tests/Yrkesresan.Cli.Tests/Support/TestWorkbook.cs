using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yrkesresan.Cli.Tests.Support;

/// <summary>
/// A cell of a test workbook, written with the Open XML SDK directly (not with the tool's own writer), so that the
/// reader is tested on workbooks as other programs write them: inline strings, numbers, date cells, formulas,
/// booleans and error values.
/// </summary>
internal abstract record TestCell
{
    /// <summary>Text, as an inline string.</summary>
    public sealed record Text(string Value) : TestCell;

    /// <summary>A number in a cell with no number format.</summary>
    public sealed record Number(double Value) : TestCell;

    /// <summary>A date cell: the serial with the number format yyyy-mm-dd (a fraction is a time of day).</summary>
    public sealed record Date(double Serial) : TestCell;

    /// <summary>A formula and its cached value.</summary>
    public sealed record Formula(string Expression, double Value) : TestCell;

    /// <summary>TRUE or FALSE.</summary>
    public sealed record Boolean(bool Value) : TestCell;

    /// <summary>An error value such as #N/A.</summary>
    public sealed record Error(string Value) : TestCell;

    public static implicit operator TestCell(string text) => new Text(text);

    public static implicit operator TestCell(int number) => new Number(number);

    /// <summary>The date cell of a date written YYYY-MM-DD.</summary>
    public static TestCell On(string date) =>
        new Date((DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) - new DateTime(1899, 12, 30)).TotalDays);
}

/// <summary>
/// A workbook for the tests: sheets in order, each a map of cells by reference (<c>B7</c>), and merged ranges; changed
/// with <see cref="With"/> and friends, and turned into .xlsx bytes by <see cref="ToBytes"/>.
/// </summary>
internal sealed class TestWorkbook
{
    private readonly List<(string Name, SortedDictionary<string, TestCell> Cells, List<string> Merged)> sheets = [];

    /// <summary>Adds a sheet with rows of cells from A1; null leaves a cell empty.</summary>
    public TestWorkbook Sheet(string name, params TestCell?[][] rows)
    {
        var cells = new SortedDictionary<string, TestCell>(StringComparer.Ordinal);
        for (int r = 0; r < rows.Length; r++)
        {
            for (int c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } cell)
                {
                    cells[$"{(char)('A' + c)}{r + 1}"] = cell;
                }
            }
        }

        sheets.Add((name, cells, []));
        return this;
    }

    /// <summary>A copy with a cell set, or emptied when null.</summary>
    public TestWorkbook With(string sheet, string reference, TestCell? cell)
    {
        TestWorkbook copy = Copy();
        var cells = copy.sheets.Single(s => s.Name == sheet).Cells;
        if (cell is null)
        {
            cells.Remove(reference);
        }
        else
        {
            cells[reference] = cell;
        }

        return copy;
    }

    /// <summary>A copy with a whole row of a sheet emptied.</summary>
    public TestWorkbook WithoutRow(string sheet, int row)
    {
        TestWorkbook copy = Copy();
        var cells = copy.sheets.Single(s => s.Name == sheet).Cells;
        foreach (string reference in cells.Keys.Where(k => RowOf(k) == row).ToList())
        {
            cells.Remove(reference);
        }

        return copy;
    }

    /// <summary>A copy without a sheet.</summary>
    public TestWorkbook Without(string sheet)
    {
        TestWorkbook copy = Copy();
        copy.sheets.RemoveAll(s => s.Name == sheet);
        return copy;
    }

    /// <summary>A copy with a sheet renamed.</summary>
    public TestWorkbook Renamed(string sheet, string name)
    {
        TestWorkbook copy = Copy();
        int i = copy.sheets.FindIndex(s => s.Name == sheet);
        copy.sheets[i] = (name, copy.sheets[i].Cells, copy.sheets[i].Merged);
        return copy;
    }

    /// <summary>A copy with a range of a sheet merged.</summary>
    public TestWorkbook Merged(string sheet, string range)
    {
        TestWorkbook copy = Copy();
        copy.sheets.Single(s => s.Name == sheet).Merged.Add(range);
        return copy;
    }

    /// <summary>The workbook's bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            WorkbookPart book = document.AddWorkbookPart();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
            var list = new Sheets();
            uint id = 1;
            foreach ((string name, SortedDictionary<string, TestCell> cells, List<string> merged) in sheets)
            {
                WorksheetPart part = book.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in cells.GroupBy(c => RowOf(c.Key)).OrderBy(g => g.Key))
                {
                    var line = new Row { RowIndex = (uint)row.Key };
                    foreach (var (reference, cell) in row.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
                    {
                        line.Append(ToCell(reference, cell));
                    }

                    data.Append(line);
                }

                var worksheet = new Worksheet(data);
                if (merged.Count > 0)
                {
                    worksheet.Append(new MergeCells(merged.Select(m => new MergeCell { Reference = m })));
                }

                part.Worksheet = worksheet;
                list.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            book.Workbook = new Workbook(list);
        }

        return stream.ToArray();
    }

    private static Cell ToCell(string reference, TestCell cell) => cell switch
    {
        TestCell.Text text => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text.Value))) { CellReference = reference, DataType = CellValues.InlineString },
        TestCell.Number number => new Cell(new CellValue(number.Value)) { CellReference = reference },
        TestCell.Date date => new Cell(new CellValue(date.Serial)) { CellReference = reference, StyleIndex = 1 },
        TestCell.Formula formula => new Cell(new CellFormula(formula.Expression), new CellValue(formula.Value)) { CellReference = reference },
        TestCell.Boolean boolean => new Cell(new CellValue(boolean.Value ? "1" : "0")) { CellReference = reference, DataType = CellValues.Boolean },
        TestCell.Error error => new Cell(new CellValue(error.Value)) { CellReference = reference, DataType = CellValues.Error },
        _ => throw new ArgumentOutOfRangeException(nameof(cell)),
    };

    private static int RowOf(string reference) => int.Parse(new string([.. reference.SkipWhile(char.IsAsciiLetter)]), CultureInfo.InvariantCulture);

    private TestWorkbook Copy()
    {
        var copy = new TestWorkbook();
        foreach (var (name, cells, merged) in sheets)
        {
            copy.sheets.Add((name, new SortedDictionary<string, TestCell>(cells, StringComparer.Ordinal), [.. merged]));
        }

        return copy;
    }
}
