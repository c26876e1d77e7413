using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>Why a file could not be opened as a workbook.</summary>
internal enum NotAWorkbook
{
    /// <summary>The file is empty.</summary>
    Empty,

    /// <summary>An OLE compound file: a workbook saved with a password (encrypted), or an old Excel 97–2003 .xls.</summary>
    Encrypted,

    /// <summary>Text, such as CSV or JSON, not a workbook.</summary>
    Text,

    /// <summary>A zip file that is not a spreadsheet (a Word document, a damaged workbook).</summary>
    NotASpreadsheet,

    /// <summary>Neither text nor a zip file.</summary>
    Unknown,
}

/// <summary>
/// Reads a workbook (.xlsx) with the Open XML SDK into its sheets and cells (<see cref="ReadSheet"/>): texts from the
/// shared strings, numbers, booleans, errors, formulas, whether a number is shown as a date, the 1904 date system
/// of old Mac workbooks, and merged ranges. What the values mean is for the caller to judge.
/// </summary>
/// <param name="Sheets">The sheets in the workbook's order, hidden ones included.</param>
/// <param name="Date1904">Whether dates count from 1904 (<see cref="DateSerial"/>).</param>
internal sealed record WorkbookFile(IReadOnlyList<ReadSheet> Sheets, bool Date1904)
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>How a part's XML is read: no DTD (a workbook has none; a DTD could expand entities without end).</summary>
    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Prohibit, CloseInput = false };

    /// <summary>Opens a workbook from its bytes.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="workbook">The workbook, when it is one.</param>
    /// <param name="why">Why it is not, otherwise.</param>
    /// <returns>Whether the bytes are a workbook.</returns>
    public static bool TryOpen(byte[] content, out WorkbookFile? workbook, out NotAWorkbook why)
    {
        ArgumentNullException.ThrowIfNull(content);
        workbook = null;
        why = NotAWorkbook.Unknown;
        if (content.Length == 0)
        {
            why = NotAWorkbook.Empty;
            return false;
        }

        if (content.AsSpan().StartsWith(Ole))
        {
            why = NotAWorkbook.Encrypted;
            return false;
        }

        if (!content.AsSpan().StartsWith("PK"u8))
        {
            why = IsText(content) ? NotAWorkbook.Text : NotAWorkbook.Unknown;
            return false;
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            if (document.WorkbookPart?.Workbook is not { } book)
            {
                why = NotAWorkbook.NotASpreadsheet;
                return false;
            }

            workbook = Read(document.WorkbookPart, book);
            return true;
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException or XmlException
                                              or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            why = NotAWorkbook.NotASpreadsheet;
            return false;
        }
    }

    private static bool IsText(byte[] content)
    {
        try
        {
            string text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            return !text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\uFEFF'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static WorkbookFile Read(WorkbookPart part, Workbook book)
    {
        string[] shared = part.SharedStringTablePart is { } strings ? SharedStrings(strings) : [];
        bool[] dateFormats = DateFormats(part.WorkbookStylesPart?.Stylesheet);
        bool date1904 = book.WorkbookProperties?.Date1904?.Value ?? false;
        var sheets = new List<ReadSheet>();
        foreach (Sheet sheet in book.Sheets?.Elements<Sheet>() ?? [])
        {
            string name = sheet.Name?.Value ?? string.Empty;
            if (sheet.Id?.Value is { } id && part.TryGetPartById(id, out OpenXmlPart? found) && found is WorksheetPart worksheet)
            {
                sheets.Add(ReadWorksheet(name, worksheet, shared, dateFormats));
            }
            else
            {
                // A chart sheet, or a sheet whose part is missing: no cells.
                sheets.Add(new ReadSheet(name, new Dictionary<CellAddress, ReadCell>(), []));
            }
        }

        return new WorkbookFile(sheets, date1904);
    }

    /// <summary>
    /// The shared strings, read as a stream of XML (a survey's export has a string per name and e-mail address): each
    /// item's text, or its rich-text runs, without the phonetic guides (rPh) of East Asian text.
    /// </summary>
    private static string[] SharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        StringBuilder? item = null;
        int phonetic = 0;
        using Stream stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, XmlSettings);
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && IsSpreadsheetMl(reader))
            {
                switch (reader.LocalName)
                {
                    case "si":
                        item = new StringBuilder();
                        if (reader.IsEmptyElement)
                        {
                            strings.Add(string.Empty);
                            item = null;
                        }

                        break;
                    case "rPh" when !reader.IsEmptyElement:
                        phonetic++;
                        break;
                    case "t" when item is not null && phonetic == 0:
                        item.Append(reader.ReadElementContentAsString());
                        continue;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && IsSpreadsheetMl(reader))
            {
                if (reader.LocalName == "si" && item is not null)
                {
                    strings.Add(item.ToString());
                    item = null;
                }
                else if (reader.LocalName == "rPh")
                {
                    phonetic--;
                }
            }

            reader.Read();
        }

        return [.. strings];
    }

    /// <summary>
    /// A worksheet's cells and merged ranges, read as a stream of XML rather than as a document (the Open XML SDK's own
    /// element reader took ten times as long), so that a sheet of a hundred thousand rows takes the memory of its values
    /// and a few seconds at most.
    /// </summary>
    private static ReadSheet ReadWorksheet(string name, WorksheetPart part, string[] shared, bool[] dateFormats)
    {
        var cells = new Dictionary<CellAddress, ReadCell>();
        var merged = new List<string>();
        int rowNumber = 0;
        int column = 0;
        RawCell? cell = null;
        int phonetic = 0;

        void Keep()
        {
            var address = new CellAddress(rowNumber, column);
            if (ReadOne(cell!, address, shared, dateFormats) is { } read)
            {
                cells[address] = read;
            }

            cell = null;
        }

        using Stream stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, XmlSettings);
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && IsSpreadsheetMl(reader))
            {
                switch (reader.LocalName)
                {
                    case "row":
                        rowNumber = uint.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out uint index) && index is > 0 and <= CellAddress.MaxRow ? (int)index : rowNumber + 1;
                        column = 0;
                        break;
                    case "c":
                        column = CellAddress.TryParse(reader.GetAttribute("r"), out CellAddress at) ? at.Column : column + 1;
                        cell = new RawCell(reader.GetAttribute("t"), reader.GetAttribute("s"));
                        if (reader.IsEmptyElement)
                        {
                            Keep();
                        }

                        break;
                    case "f" when cell is not null:
                        cell.Formula = reader.ReadElementContentAsString();
                        continue;
                    case "v" when cell is not null:
                        cell.Value = reader.ReadElementContentAsString();
                        continue;
                    case "is" when cell is not null:
                        cell.Inline = new StringBuilder();
                        break;
                    case "rPh" when !reader.IsEmptyElement:
                        phonetic++;
                        break;
                    case "t" when cell?.Inline is not null && phonetic == 0:
                        cell.Inline.Append(reader.ReadElementContentAsString());
                        continue;
                    case "mergeCell" when reader.GetAttribute("ref") is { Length: > 0 } range:
                        merged.Add(range);
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && IsSpreadsheetMl(reader))
            {
                if (reader.LocalName == "c" && cell is not null)
                {
                    Keep();
                }
                else if (reader.LocalName == "rPh")
                {
                    phonetic--;
                }
            }

            reader.Read();
        }

        return new ReadSheet(name, cells, merged);
    }

    /// <summary>Whether the reader is at an element of SpreadsheetML, transitional or strict (not of an extension).</summary>
    private static bool IsSpreadsheetMl(XmlReader reader) =>
        reader.NamespaceURI is "http://schemas.openxmlformats.org/spreadsheetml/2006/main" or "http://purl.oclc.org/ooxml/spreadsheetml/main";

    private static ReadCell? ReadOne(RawCell cell, CellAddress address, string[] shared, bool[] dateFormats)
    {
        string? formula = cell.Formula;
        string value = cell.Value ?? string.Empty;
        bool isDate = uint.TryParse(cell.Style, NumberStyles.None, CultureInfo.InvariantCulture, out uint style) && style < dateFormats.Length && dateFormats[style];
        switch (cell.Type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < shared.Length
                    ? new ReadCell(address, ReadCellKind.Text, shared[i], formula, false)
                    : new ReadCell(address, ReadCellKind.Error, "#REF!", formula, false);
            case "inlineStr":
                return new ReadCell(address, ReadCellKind.Text, cell.Inline?.ToString() ?? value, formula, false);
            case "str":
                return new ReadCell(address, ReadCellKind.Text, value, formula, false);
            case "b":
                return new ReadCell(address, ReadCellKind.Boolean, value.Trim(), formula, false);
            case "e":
                return new ReadCell(address, ReadCellKind.Error, value, formula, false);
            case "d":
                // An ISO 8601 date cell (rare; strict workbooks): its date as text, without a midnight time.
                int time = value.IndexOf('T', StringComparison.Ordinal);
                return new ReadCell(address, ReadCellKind.Text, time > 0 && value[(time + 1)..].TrimStart('0', ':', '.').Length == 0 ? value[..time] : value, formula, false);
        }

        if (value.Length == 0)
        {
            // A cell with a style and nothing else, or a formula whose value was never computed.
            return formula is null ? null : new ReadCell(address, ReadCellKind.Text, string.Empty, formula, false);
        }

        return new ReadCell(address, ReadCellKind.Number, value, formula, isDate);
    }

    /// <summary>What a cell element holds, gathered as the reader passes it: its type (<c>t</c>), style (<c>s</c>), formula, value and inline text.</summary>
    private sealed class RawCell(string? type, string? style)
    {
        public string? Type { get; } = type;

        public string? Style { get; } = style;

        public string? Formula { get; set; }

        public string? Value { get; set; }

        public StringBuilder? Inline { get; set; }
    }

    /// <summary>For each cell format of the stylesheet, whether its number format shows a date.</summary>
    private static bool[] DateFormats(Stylesheet? stylesheet)
    {
        if (stylesheet?.CellFormats is not { } formats)
        {
            return [];
        }

        var custom = (stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(n => n.NumberFormatId?.Value is not null)
            .GroupBy(n => n.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty);
        return [.. formats.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value is uint id && IsDateFormat(id, custom))];
    }

    private static bool IsDateFormat(uint id, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(id, out string? code))
        {
            return IsDateCode(code);
        }

        // The built-in date formats (times of day alone, 18–21 and 45–47, are not dates).
        return id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58);
    }

    /// <summary>Whether a format code shows a date: it has a day or a year, outside quoted text, escapes and brackets.</summary>
    internal static bool IsDateCode(string code)
    {
        var plain = new StringBuilder();
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '"')
            {
                int end = code.IndexOf('"', i + 1);
                i = end < 0 ? code.Length : end;
            }
            else if (c == '[')
            {
                int end = code.IndexOf(']', i + 1);
                i = end < 0 ? code.Length : end;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        string section = plain.ToString().Split(';')[0];
        return section.Contains('y', StringComparison.Ordinal) || section.Contains('d', StringComparison.Ordinal);
    }
}
