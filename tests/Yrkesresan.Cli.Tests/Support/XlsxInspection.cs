using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Yrkesresan.Cli.Tests.Support;

/// <summary>One cell of a workbook the tool wrote, as the tests look at it.</summary>
/// <param name="Value">The value: the text of a text cell, otherwise the number as stored.</param>
/// <param name="Formula">The formula, or null.</param>
/// <param name="NumberFormat">The cell's number format code, or empty for the general format.</param>
internal sealed record XlsxCell(string Value, string? Formula, string NumberFormat)
{
    public long Number => long.Parse(Value, CultureInfo.InvariantCulture);
}

/// <summary>A sheet of a workbook the tool wrote: its cells by reference, frozen rows, validations.</summary>
internal sealed record XlsxSheet(string Name, bool Hidden, IReadOnlyDictionary<string, XlsxCell> Cells, int FrozenRows, IReadOnlyList<(string Range, string Type, string Formula1, string Formula2)> Validations)
{
    public XlsxCell this[string reference] => Cells[reference];

    /// <summary>The texts of a row from column A, until the first empty cell.</summary>
    public string[] Row(int row) => [.. Enumerable.Range(0, 26).Select(c => $"{(char)('A' + c)}{row}").TakeWhile(Cells.ContainsKey).Select(r => Cells[r].Value)];

    /// <summary>
    /// The value of a formula computed again from the cells it names, for the formulas the tool writes: <c>SUM(E3:E16)</c>,
    /// <c>G3+D3-F3</c>, and <c>SUMIF(sheet!$F$3:$F$9,B3,sheet!$J$3:$J$9)</c> over another sheet.
    /// </summary>
    public long Recompute(string reference, XlsxWorkbook book)
    {
        string formula = Cells[reference].Formula!;
        Match sum = Regex.Match(formula, @"^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$");
        if (sum.Success)
        {
            int from = int.Parse(sum.Groups[2].Value, CultureInfo.InvariantCulture);
            int to = int.Parse(sum.Groups[4].Value, CultureInfo.InvariantCulture);
            return Enumerable.Range(from, to - from + 1).Sum(r => Cells.TryGetValue($"{sum.Groups[1].Value}{r}", out XlsxCell? c) ? c.Number : 0);
        }

        Match net = Regex.Match(formula, @"^([A-Z]+\d+)\+([A-Z]+\d+)-([A-Z]+\d+)$");
        if (net.Success)
        {
            return Cells[net.Groups[1].Value].Number + Cells[net.Groups[2].Value].Number - Cells[net.Groups[3].Value].Number;
        }

        Match sumIf = Regex.Match(formula, @"^SUMIF\((.+)!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+),([A-Z]+\d+),.+!\$([A-Z]+)\$\d+:\$[A-Z]+\$\d+\)$");
        if (sumIf.Success)
        {
            XlsxSheet other = book.Sheet(sumIf.Groups[1].Value.Trim('\''));
            string criterion = Cells[sumIf.Groups[5].Value].Value;
            int from = int.Parse(sumIf.Groups[3].Value, CultureInfo.InvariantCulture);
            int to = int.Parse(sumIf.Groups[4].Value, CultureInfo.InvariantCulture);
            return Enumerable.Range(from, to - from + 1)
                .Where(r => other.Cells.TryGetValue($"{sumIf.Groups[2].Value}{r}", out XlsxCell? c) && c.Value == criterion)
                .Sum(r => other.Cells[$"{sumIf.Groups[6].Value}{r}"].Number);
        }

        throw new InvalidOperationException($"No recomputation for ={formula}");
    }
}

/// <summary>A workbook the tool wrote, opened with the Open XML SDK for the tests: sheets, defined names, validation errors.</summary>
internal sealed class XlsxWorkbook
{
    private XlsxWorkbook(IReadOnlyList<XlsxSheet> sheets, IReadOnlyDictionary<string, string> names, IReadOnlyList<string> errors, bool recalculates)
    {
        Sheets = sheets;
        Names = names;
        SchemaErrors = errors;
        RecalculatesOnLoad = recalculates;
    }

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>The defined names and the ranges they name.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>What the SDK's validator finds wrong with the file against the Office schemas: nothing, for a good file.</summary>
    public IReadOnlyList<string> SchemaErrors { get; }

    /// <summary>Whether the workbook asks a spreadsheet to compute every formula again when it opens.</summary>
    public bool RecalculatesOnLoad { get; }

    public XlsxSheet Sheet(string name) => Sheets.Single(s => s.Name == name);

    /// <summary>The values of a list a defined name names, read from its sheet.</summary>
    public string[] List(string name)
    {
        Match range = Regex.Match(Names[name], @"^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$");
        XlsxSheet sheet = Sheet(range.Groups[1].Value);
        int from = int.Parse(range.Groups[3].Value, CultureInfo.InvariantCulture);
        int to = int.Parse(range.Groups[4].Value, CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(from, to - from + 1).Select(r => sheet.Cells[$"{range.Groups[2].Value}{r}"].Value)];
    }

    /// <summary>The uncompressed parts of a package, by name, to compare two workbooks whatever their compression.</summary>
    public static SortedDictionary<string, string> Parts(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            parts[entry.FullName] = reader.ReadToEnd();
        }

        return parts;
    }

    public static XlsxWorkbook Open(string path) => Open(File.ReadAllBytes(path));

    public static XlsxWorkbook Open(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        WorkbookPart part = document.WorkbookPart!;
        string[] shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        Stylesheet styles = part.WorkbookStylesPart!.Stylesheet;
        var formats = (styles.NumberingFormats?.Elements<NumberingFormat>() ?? []).ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value!);
        string[] cellFormats = [.. styles.CellFormats!.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value switch
        {
            null or 0 => string.Empty,
            3 => "#,##0",
            uint id => formats[id],
        })];
        var sheets = new List<XlsxSheet>();
        foreach (Sheet sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            var cells = new Dictionary<string, XlsxCell>();
            foreach (Cell cell in worksheet.Descendants<Cell>())
            {
                string value = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)] : cell.CellValue?.Text ?? string.Empty;
                cells[cell.CellReference!] = new XlsxCell(value, cell.CellFormula?.Text, cellFormats[(int)(cell.StyleIndex?.Value ?? 0)]);
            }

            Pane? pane = worksheet.Descendants<Pane>().SingleOrDefault();
            int frozen = pane?.State?.Value == PaneStateValues.Frozen ? (int)pane.VerticalSplit!.Value : 0;
            var validations = worksheet.Descendants<DataValidation>()
                .Select(v => (v.SequenceOfReferences!.InnerText!, v.Type?.InnerText ?? "none", v.Formula1?.Text ?? string.Empty, v.Formula2?.Text ?? string.Empty))
                .ToList();
            sheets.Add(new XlsxSheet(sheet.Name!, sheet.State?.Value == SheetStateValues.Hidden, cells, frozen, validations));
        }

        var names = (part.Workbook.DefinedNames?.Elements<DefinedName>() ?? []).ToDictionary(n => n.Name!.Value!, n => n.Text);
        string[] errors = [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
        bool recalculates = part.Workbook.CalculationProperties?.FullCalculationOnLoad?.Value ?? false;
        return new XlsxWorkbook(sheets, names, errors, recalculates);
    }
}
