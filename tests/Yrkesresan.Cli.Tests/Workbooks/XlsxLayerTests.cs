using NodaTime;
using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Cli.Workbooks.Xlsx;

namespace Yrkesresan.Cli.Tests.Workbooks;

/// <summary>
/// The tool's thin layer over the Open XML SDK: cell references, date serials in both date systems, which number
/// formats are dates, a writer whose workbooks pass the SDK's schema validation and give the same bytes for the same
/// content, and a reader that reads what other programs write (inline strings, booleans, errors, formulas, merges).
/// </summary>
public sealed class XlsxLayerTests
{
    [Theory]
    [InlineData(1, 1, "A1")]
    [InlineData(7, 2, "B7")]
    [InlineData(3, 26, "Z3")]
    [InlineData(3, 27, "AA3")]
    [InlineData(1048576, 16384, "XFD1048576")]
    [Trait("Contract", "workbook files")]
    public void A_cell_reference_is_its_column_letters_and_row_and_reads_back(int row, int column, string reference)
    {
        Assert.Equal(reference, new CellAddress(row, column).ToString());
        Assert.True(CellAddress.TryParse(reference.ToLowerInvariant(), out CellAddress read));
        Assert.Equal(new CellAddress(row, column), read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("B")]
    [InlineData("B0")]
    [InlineData("XFE1")]
    [InlineData("A1048577")]
    [InlineData("$B$7")]
    [Trait("Contract", "workbook files")]
    public void What_is_not_a_cell_reference_is_not_read_as_one(string text) => Assert.False(CellAddress.TryParse(text, out _));

    [Fact]
    [Trait("Contract", "workbook files")]
    public void Sheet_names_are_quoted_where_a_spreadsheet_quotes_them()
    {
        Assert.Equal("Deltagare", CellAddress.SheetName("Deltagare"));
        Assert.Equal("Kurstillfällen", CellAddress.SheetName("Kurstillfällen"));
        Assert.Equal("'Course days'", CellAddress.SheetName("Course days"));
        Assert.Equal("'It''s'", CellAddress.SheetName("It's"));
    }

    [Theory]
    [InlineData(2023, 2, 7, 44964)]
    [InlineData(1900, 3, 1, 61)]
    [InlineData(2000, 1, 1, 36526)]
    [InlineData(9999, 12, 31, 2958465)]
    [Trait("Contract", "workbook files")]
    public void A_date_is_its_serial_in_the_1900_date_system_and_back(int year, int month, int day, int serial)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(serial, DateSerial.Of(date));
        Assert.True(DateSerial.TryDate(serial, false, out LocalDate back));
        Assert.Equal(date, back);
    }

    [Fact]
    [Trait("Contract", "workbook files")]
    public void Serials_before_the_day_that_never_was_and_in_the_1904_system_are_read_as_spreadsheets_show_them()
    {
        Assert.True(DateSerial.TryDate(1, false, out LocalDate first));
        Assert.Equal(new LocalDate(1900, 1, 1), first);
        Assert.True(DateSerial.TryDate(59, false, out LocalDate february));
        Assert.Equal(new LocalDate(1900, 2, 28), february);
        Assert.False(DateSerial.TryDate(60, false, out _));
        Assert.False(DateSerial.TryDate(0, false, out _));
        Assert.True(DateSerial.TryDate(43502, true, out LocalDate mac));
        Assert.Equal(new LocalDate(2023, 2, 7), mac);
    }

    [Theory]
    [InlineData("yyyy-mm-dd", true)]
    [InlineData("d/m/yyyy", true)]
    [InlineData("[$-41D]d mmmm yyyy", true)]
    [InlineData("#,##0 \"kr\"", false)]
    [InlineData("0.00", false)]
    [InlineData("h:mm", false)]
    [InlineData("\"day\" 0", false)]
    [Trait("Contract", "workbook files")]
    public void A_number_format_shows_a_date_when_it_has_a_day_or_a_year(string code, bool isDate) => Assert.Equal(isDate, WorkbookFile.IsDateCode(code));

    [Fact]
    [Trait("Contract", "workbook files")]
    public void A_written_workbook_passes_schema_validation_and_the_same_content_gives_the_same_bytes()
    {
        static byte[] Write()
        {
            var book = new WorkbookBuilder();
            SheetBuilder sheet = book.AddSheet("Tabell");
            sheet.Add(SheetCell.Of("Rubrik", CellStyle.Title));
            sheet.Add(SheetCell.Of("Kommun", CellStyle.Header), SheetCell.Of("Belopp", CellStyle.Header), SheetCell.Of("Datum", CellStyle.Header));
            sheet.Add(SheetCell.Of("Luleå"), SheetCell.Kronor(298_397), SheetCell.Date(new LocalDate(2023, 2, 7)));
            sheet.Add(SheetCell.Of("Summa", CellStyle.TotalLabel), SheetCell.Formula("SUM(B3:B3)", 298_397, CellStyle.TotalKronor));
            sheet.FrozenRows = 2;
            sheet.Validate(new Validation("A3:A9", ValidationKind.List, "Names", string.Empty, "Pick", "No"));
            sheet.Merge(1, 1, 3);
            book.AddSheet("Listor", hidden: true).Add(SheetCell.Of("Luleå"));
            book.DefineName("Names", "Listor!$A$1:$A$1");
            return book.ToBytes();
        }

        byte[] first = Write();
        XlsxWorkbook book = XlsxWorkbook.Open(first);

        Assert.Equal(first, Write());
        Assert.Empty(book.SchemaErrors);
        Assert.Equal(new XlsxCell("298397", "SUM(B3:B3)", "#,##0 \"kr\""), book.Sheet("Tabell")["B4"]);
        Assert.Equal(new XlsxCell("44964", null, "yyyy-mm-dd"), book.Sheet("Tabell")["C3"]);
        Assert.True(book.Sheet("Listor").Hidden);
    }

    [Fact]
    [Trait("Contract", "workbook files")]
    public void The_reader_reads_inline_strings_numbers_dates_booleans_errors_formulas_and_merges_as_other_programs_write_them()
    {
        byte[] content = new TestWorkbook()
            .Sheet("S", ["text", 4, TestCell.On("2023-02-07"), new TestCell.Boolean(true), new TestCell.Error("#DIV/0!"), new TestCell.Formula("1+1", 2)])
            .Merged("S", "A2:B2")
            .ToBytes();

        Assert.True(WorkbookFile.TryOpen(content, out WorkbookFile? workbook, out _));
        ReadSheet sheet = Assert.Single(workbook!.Sheets);
        Assert.Equal(new ReadCell(new CellAddress(1, 1), ReadCellKind.Text, "text", null, false), sheet.Cell(1, 1));
        Assert.Equal(new ReadCell(new CellAddress(1, 2), ReadCellKind.Number, "4", null, false), sheet.Cell(1, 2));
        Assert.Equal(new ReadCell(new CellAddress(1, 3), ReadCellKind.Number, "44964", null, true), sheet.Cell(1, 3));
        Assert.Equal(ReadCellKind.Boolean, sheet.Cell(1, 4)!.Kind);
        Assert.Equal(new ReadCell(new CellAddress(1, 5), ReadCellKind.Error, "#DIV/0!", null, false), sheet.Cell(1, 5));
        Assert.Equal("1+1", sheet.Cell(1, 6)!.Formula);
        Assert.Equal(["A2:B2"], sheet.MergedRanges);
        Assert.False(workbook.Date1904);
    }

    [Fact]
    [Trait("Contract", "workbook files")]
    public void The_reader_streams_the_XML_as_written_rich_text_phonetic_guides_empty_cells_and_rows_without_references()
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        string strings =
            $"""<sst xmlns="{Main}" count="3" uniqueCount="3"><si><r><t>Lu</t></r><r><rPr><b/></rPr><t>leå</t></r><rPh sb="0" eb="1"><t>ルレオ</t></rPh></si><si/><si><t xml:space="preserve"> Piteå </t></si></sst>""";
        string sheet =
            $"""<worksheet xmlns="{Main}"><sheetData><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"/><c t="s"><v>2</v></c><c t="inlineStr"><is><r><t>Bo</t></r><r><t>den</t></r></is></c></row><row><c t="s"><v>1</v></c><c><f t="shared" si="0"/><v>3</v></c><c t="str"><f>A2&amp;""</f><v>Luleå</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells></worksheet>""";
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            var worksheet = book.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>("rId1");
            worksheet.FeedData(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(sheet)));
            book.AddNewPart<DocumentFormat.OpenXml.Packaging.SharedStringTablePart>("rId2").FeedData(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(strings)));
            book.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = "rId1", SheetId = 1, Name = "Svar" }));
        }

        Assert.True(WorkbookFile.TryOpen(stream.ToArray(), out WorkbookFile? workbook, out _));
        ReadSheet read = Assert.Single(workbook!.Sheets);
        Assert.Equal(
            [
                new ReadCell(new CellAddress(2, 1), ReadCellKind.Text, "Luleå", null, false),
                new ReadCell(new CellAddress(2, 3), ReadCellKind.Text, " Piteå ", null, false),
                new ReadCell(new CellAddress(2, 4), ReadCellKind.Text, "Boden", null, false),
                new ReadCell(new CellAddress(3, 1), ReadCellKind.Text, string.Empty, null, false),
                new ReadCell(new CellAddress(3, 2), ReadCellKind.Number, "3", string.Empty, false),
                new ReadCell(new CellAddress(3, 3), ReadCellKind.Text, "Luleå", "A2&\"\"", false),
            ],
            read.Cells.Values.OrderBy(c => c.Address));
        Assert.Equal(["A2:A3"], read.MergedRanges);
    }
}
