using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>
/// Writes a workbook (.xlsx) with the Open XML SDK: its sheets in order, the names that drop-down lists refer to, the
/// tool's stylesheet (<see cref="Stylesheets"/>) and shared strings. The same content always gives the same bytes:
/// the parts are stored with one fixed time, so a workbook the tool writes into the repository changes only when its
/// content does.
/// </summary>
internal sealed class WorkbookBuilder
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<SheetBuilder> sheets = [];
    private readonly List<(string Name, string Formula)> names = [];

    /// <summary>Adds a sheet after the others.</summary>
    /// <param name="name">The sheet's name.</param>
    /// <param name="hidden">Whether the sheet is hidden.</param>
    /// <returns>The sheet, to fill.</returns>
    public SheetBuilder AddSheet(string name, bool hidden = false)
    {
        var sheet = new SheetBuilder(name) { Hidden = hidden };
        sheets.Add(sheet);
        return sheet;
    }

    /// <summary>Names a range, e.g. <c>Municipalities</c> for <c>'Lists'!$A$2:$A$15</c>, for drop-down lists to refer to.</summary>
    /// <param name="name">The name.</param>
    /// <param name="formula">The range, with its sheet.</param>
    public void DefineName(string name, string formula) => names.Add((name, formula));

    /// <summary>The workbook's bytes.</summary>
    /// <returns>The .xlsx file.</returns>
    public byte[] ToBytes()
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // Parts are given their relationship ids, which the SDK would otherwise draw at random.
            WorkbookPart workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Stylesheets.Create();
            var strings = new List<string>();
            var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
            int Shared(string text)
            {
                if (!indexes.TryGetValue(text, out int index))
                {
                    index = strings.Count;
                    strings.Add(text);
                    indexes.Add(text, index);
                }

                return index;
            }

            var sheetList = new Sheets();
            uint id = 1;
            foreach (SheetBuilder sheet in sheets)
            {
                WorksheetPart part = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{id}");
                part.Worksheet = sheet.ToWorksheet(Shared);
                var entry = new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet.Name };
                if (sheet.Hidden)
                {
                    entry.State = SheetStateValues.Hidden;
                }

                sheetList.Append(entry);
            }

            var sharedStrings = new SharedStringTable { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count };
            foreach (string text in strings)
            {
                sharedStrings.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = sharedStrings;

            var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheetList);
            if (names.Count > 0)
            {
                workbook.Append(new DefinedNames(names.Select(n => new DefinedName(n.Formula) { Name = n.Name })));
            }

            // Formulas carry the tool's values; a spreadsheet computes them again when it opens the file.
            workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
            workbookPart.Workbook = workbook;
        }

        return WithFixedTimes(package.ToArray());
    }

    /// <summary>The same package, its parts in the same order, each stored with the same fixed time.</summary>
    private static byte[] WithFixedTimes(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry entry in source.Entries)
            {
                ZipArchiveEntry copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using Stream from = entry.Open();
                using Stream to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
