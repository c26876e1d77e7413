using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>
/// One sheet of a workbook being written (<see cref="WorkbookBuilder"/>): its rows of cells from row 1 down, the rows
/// frozen at the top, the columns' widths (fitted to their content unless set), and its data validations.
/// </summary>
internal sealed class SheetBuilder
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;
    private readonly List<SheetCell?[]> rows = [];
    private readonly Dictionary<int, double> widths = [];
    private readonly Dictionary<int, CellStyle> columnStyles = [];
    private readonly List<Validation> validations = [];
    private readonly List<(int Row, int FirstColumn, int LastColumn)> merges = [];

    /// <summary>Creates a sheet.</summary>
    /// <param name="name">The sheet's name: at most 31 characters, none of <c>[]:*?/\</c>.</param>
    public SheetBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 31 || name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
        {
            throw new ArgumentException($"'{name}' cannot name a sheet.", nameof(name));
        }

        Name = name;
    }

    /// <summary>The sheet's name.</summary>
    public string Name { get; }

    /// <summary>Whether the sheet is hidden (the lists a drop-down shows).</summary>
    public bool Hidden { get; init; }

    /// <summary>How many rows at the top stay in view when the sheet scrolls (the title and the heading).</summary>
    public int FrozenRows { get; set; }

    /// <summary>The number of the next row <see cref="Add"/> writes.</summary>
    public int NextRow => rows.Count + 1;

    /// <summary>The cells written, by row from 1 and column from 1; null where a row has no cell.</summary>
    public IReadOnlyList<SheetCell?[]> Rows => rows;

    /// <summary>The data validations.</summary>
    public IReadOnlyList<Validation> Validations => validations;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">Its cells from column A; null leaves a cell empty.</param>
    /// <returns>The row's number.</returns>
    public int Add(params SheetCell?[] cells)
    {
        rows.Add(cells);
        return rows.Count;
    }

    /// <summary>Sets a column's width, in characters, instead of fitting it to its content.</summary>
    /// <param name="column">The column, from 1.</param>
    /// <param name="width">The width.</param>
    public void Width(int column, double width) => widths[column] = width;

    /// <summary>Gives a column's empty cells a look, so that what is typed there takes it (a date typed in a date column is shown as one).</summary>
    /// <param name="column">The column, from 1.</param>
    /// <param name="style">The look.</param>
    public void ColumnStyle(int column, CellStyle style) => columnStyles[column] = style;

    /// <summary>Merges the cells of a row from one column to another, for a text that spans them (a title, an introduction).</summary>
    /// <param name="row">The row.</param>
    /// <param name="firstColumn">The first column.</param>
    /// <param name="lastColumn">The last column.</param>
    public void Merge(int row, int firstColumn, int lastColumn) => merges.Add((row, firstColumn, lastColumn));

    /// <summary>Adds a data validation.</summary>
    /// <param name="validation">The validation.</param>
    public void Validate(Validation validation) => validations.Add(validation);

    /// <summary>The sheet as the workbook stores it.</summary>
    /// <param name="sharedStrings">The workbook's shared strings: a text's index, adding it when new.</param>
    /// <returns>The worksheet.</returns>
    internal Worksheet ToWorksheet(Func<string, int> sharedStrings)
    {
        var worksheet = new Worksheet();

        // Printed on landscape pages as wide as the table, as many pages down as it needs.
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(Views());
        if (Columns() is { } columns)
        {
            worksheet.Append(columns);
        }

        var data = new SheetData();
        for (int r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            if (Height(r + 1) is double height)
            {
                row.Height = height;
                row.CustomHeight = true;
            }

            for (int c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } cell)
                {
                    row.Append(ToCell(cell, new CellAddress(r + 1, c + 1), sharedStrings));
                }
            }

            data.Append(row);
        }

        worksheet.Append(data);
        if (merges.Count > 0)
        {
            var merged = new MergeCells { Count = (uint)merges.Count };
            foreach ((int row, int first, int last) in merges)
            {
                merged.Append(new MergeCell { Reference = $"{new CellAddress(row, first)}:{new CellAddress(row, last)}" });
            }

            worksheet.Append(merged);
        }

        if (validations.Count > 0)
        {
            var list = new DataValidations { Count = (uint)validations.Count };
            foreach (Validation validation in validations)
            {
                list.Append(ToDataValidation(validation));
            }

            worksheet.Append(list);
        }

        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    /// <summary>
    /// The height of a row that spreadsheets do not fit by themselves on opening: a title's, in its larger font, and a row
    /// of wrapped text, as many lines as its longest text needs in its column (or merged columns); null for the others.
    /// </summary>
    private double? Height(int row)
    {
        SheetCell?[] cells = rows[row - 1];
        double? height = cells.Any(c => c?.Style == CellStyle.Title) ? 21 : null;
        for (int c = 0; c < cells.Length; c++)
        {
            if (cells[c] is { Style: CellStyle.Wrapped } cell)
            {
                double width = merges.Where(m => m.Row == row && m.FirstColumn == c + 1)
                    .Select(m => Enumerable.Range(m.FirstColumn, m.LastColumn - m.FirstColumn + 1).Sum(WidthOf))
                    .DefaultIfEmpty(WidthOf(c + 1)).First();
                int lines = (int)Math.Ceiling(cell.Text.Length / Math.Max(1, width - 1));
                height = Math.Max(height ?? 0, Math.Max(1, lines) * 15);
            }
        }

        return height;
    }

    private double WidthOf(int column) => widths.TryGetValue(column, out double set) ? set : Fitted(column);

    private static Cell ToCell(SheetCell cell, CellAddress address, Func<string, int> sharedStrings)
    {
        var result = new Cell { CellReference = address.ToString() };
        if (cell.Style != CellStyle.Plain)
        {
            result.StyleIndex = (uint)cell.Style;
        }

        switch (cell.Kind)
        {
            case SheetCellKind.Text:
                result.DataType = CellValues.SharedString;
                result.CellValue = new CellValue(sharedStrings(cell.Text));
                break;
            case SheetCellKind.Formula:
                result.CellFormula = new CellFormula(cell.Text);
                result.CellValue = new CellValue(cell.Number.ToString(CultureInfo.InvariantCulture));
                break;
            case SheetCellKind.Thousandths:
                result.CellValue = new CellValue(Thousandths(cell.Number));
                break;
            default:
                result.CellValue = new CellValue(cell.Number.ToString(CultureInfo.InvariantCulture));
                break;
        }

        return result;
    }

    /// <summary>A number of thousandths as a decimal, exactly: 883 is <c>0.883</c>, 1000 is <c>1.000</c>, -5 is <c>-0.005</c>.</summary>
    private static string Thousandths(long value) =>
        string.Create(CultureInfo.InvariantCulture, $"{(value < 0 ? "-" : string.Empty)}{Math.Abs(value) / 1000}.{Math.Abs(value) % 1000:000}");

    private static DataValidation ToDataValidation(Validation validation)
    {
        var result = new DataValidation
        {
            AllowBlank = true,
            ShowInputMessage = true,
            Prompt = validation.Prompt,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = validation.Range },
        };

        if (validation.Kind == ValidationKind.Prompt)
        {
            return result;
        }

        result.Type = validation.Kind switch
        {
            ValidationKind.List => DataValidationValues.List,
            ValidationKind.WholeNumber => DataValidationValues.Whole,
            _ => DataValidationValues.Date,
        };
        result.ShowErrorMessage = true;
        result.ErrorStyle = validation.Refuses ? DataValidationErrorStyleValues.Stop : DataValidationErrorStyleValues.Warning;
        result.Error = validation.Error;
        if (validation.Kind != ValidationKind.List)
        {
            result.Operator = DataValidationOperatorValues.Between;
        }

        result.Append(new Formula1(validation.Formula1));
        if (validation.Formula2.Length > 0)
        {
            result.Append(new Formula2(validation.Formula2));
        }

        return result;
    }

    private SheetViews Views()
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (FrozenRows > 0)
        {
            string topLeft = new CellAddress(FrozenRows + 1, 1).ToString();
            view.Append(new Pane { VerticalSplit = FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return new SheetViews(view);
    }

    private Columns? Columns()
    {
        int count = new[] { rows.Count == 0 ? 0 : rows.Max(r => r.Length), widths.Keys.DefaultIfEmpty(0).Max(), columnStyles.Keys.DefaultIfEmpty(0).Max() }.Max();
        if (count == 0)
        {
            return null;
        }

        var columns = new Columns();
        for (int c = 1; c <= count; c++)
        {
            double width = WidthOf(c);
            var entry = new Column { Min = (uint)c, Max = (uint)c, Width = width, CustomWidth = true };
            if (columnStyles.TryGetValue(c, out CellStyle style))
            {
                entry.Style = (uint)style;
            }

            columns.Append(entry);
        }

        return columns;
    }

    /// <summary>A column's width fitted to its widest cell as shown (titles, which run over the next cells, and wrapped text left out), with room for a drop-down's button.</summary>
    private double Fitted(int column)
    {
        double widest = 0;
        foreach (SheetCell?[] row in rows)
        {
            if (column <= row.Length && row[column - 1] is { } cell && cell.Style is not (CellStyle.Title or CellStyle.Wrapped or CellStyle.Note or CellStyle.Label))
            {
                double bold = cell.Style is CellStyle.Header or CellStyle.TotalLabel or CellStyle.TotalKronor or CellStyle.TotalInteger ? 1.1 : 1;
                widest = Math.Max(widest, Shown(cell).Length * bold);
            }
        }

        return Math.Clamp(Math.Ceiling(widest) + 3, MinWidth, MaxWidth);
    }

    private static string Shown(SheetCell cell) => cell switch
    {
        { Kind: SheetCellKind.Text } => cell.Text,
        { Style: CellStyle.Date } => "yyyy-mm-dd",
        { Style: CellStyle.Kronor or CellStyle.TotalKronor } => SwedishNumberFormat.FormatInteger(cell.Number) + " kr",
        { Style: CellStyle.Integer or CellStyle.TotalInteger } => SwedishNumberFormat.FormatInteger(cell.Number),
        { Style: CellStyle.Percent } => "100.0%",
        _ => cell.Number.ToString(CultureInfo.InvariantCulture),
    };
}
