using System.Text;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests.Workbooks;

/// <summary>One malformed ledger workbook: its name, its bytes, and the exact problems it gets (English).</summary>
internal sealed record MalformedWorkbook(string Name, Func<byte[]> Content, string[] Problems)
{
    public override string ToString() => Name;
}

/// <summary>
/// The malformed ledger workbooks, each built with the Open XML SDK from <see cref="TestLedgerWorkbooks.English"/> (or
/// from nothing), and the problems the reader gives for it, as <c>ledger.xlsx: SHEET!CELL: message</c>.
/// </summary>
internal static class MalformedLedgerWorkbookCases
{
    private const string F = "ledger.xlsx";

    private static TestWorkbook Base => TestLedgerWorkbooks.English;

    public static IReadOnlyList<MalformedWorkbook> All { get; } =
    [
        new("a text in a count cell", () => Base.With("Participants", "C2", "fyra").ToBytes(),
            [$"{F}: Participants!C2: \"fyra\" is text, not a whole number"]),
        new("a number with decimals in a count cell", () => Base.With("Participants", "C2", new TestCell.Number(4.5)).ToBytes(),
            [$"{F}: Participants!C2: 4.5 has decimals; a whole number is needed"]),
        new("a formula in a count cell", () => Base.With("Participants", "C2", new TestCell.Formula("2+2", 4)).ToBytes(),
            [$"{F}: Participants!C2: a formula (=2+2); type the value itself"]),
        new("an error value in a count cell", () => Base.With("Participants", "C2", new TestCell.Error("#N/A")).ToBytes(),
            [$"{F}: Participants!C2: an error value (#N/A); type the value itself"]),
        new("a truth value in a count cell", () => Base.With("Participants", "C2", new TestCell.Boolean(true)).ToBytes(),
            [$"{F}: Participants!C2: TRUE is a truth value (TRUE or FALSE), which this column does not take"]),
        new("a count too large for any ledger", () => Base.With("Participants", "C2", new TestCell.Number(1e15)).ToBytes(),
            [$"{F}: Participants!C2: 1000000000000000 is too large"]),
        new("a count of zero", () => Base.With("Participants", "C2", 0).ToBytes(),
            [$"{F}: Participants!C2: must be at least 1, not 0: a registration is of one participant or more"]),
        new("a count above the most one registration may count", () => Base.With("Participants", "C2", 10_001).ToBytes(),
            [$"{F}: Participants!C2: must be at most 10000, not 10001"]),
        new("an unknown municipality name near a known one", () => Base.With("Participants", "B3", "Bodenn").ToBytes(),
            [$"{F}: Participants!B3: \"Bodenn\" is not one of Norrbotten's municipalities; did you mean Boden?"]),
        new("an unknown municipality name", () => Base.With("Participants", "B3", "Stockholm").ToBytes(),
            [$"{F}: Participants!B3: \"Stockholm\" is not one of Norrbotten's municipalities"]),
        new("the code of a municipality of another region", () => Base.With("Participants", "B3", "2480").ToBytes(),
            [$"{F}: Participants!B3: 2480 is not the code of one of Norrbotten's municipalities"]),
        new("an empty municipality cell in a filled row", () => Base.With("Participants", "B2", null).ToBytes(),
            [$"{F}: Participants!B2: empty; every row needs a value in the column \"Municipality\""]),
        new("an empty trainer municipality", () => Base.With("Trainers", "B3", null).ToBytes(),
            [$"{F}: Trainers!B3: empty; give the trainer's municipality, or external for a trainer from outside the region's municipalities"]),
        new("a date that is not a working day", () => Base.With("Course days", "B2", TestCell.On("2023-06-23")).ToBytes(),
            [$"{F}: 'Course days'!B2: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)"]),
        new("a date typed 7/2", () => Base.With("Course days", "B2", "7/2").ToBytes(),
            [$"{F}: 'Course days'!B2: \"7/2\" is not a date; pick a date, or type it YYYY-MM-DD (a date is not guessed)"]),
        new("a date as a number without a date format", () => Base.With("Course days", "B2", 44964).ToBytes(),
            [$"{F}: 'Course days'!B2: 44964 is a number, not a date; format the cell as a date, or type the date YYYY-MM-DD"]),
        new("a date with a time of day", () => Base.With("Course days", "B2", new TestCell.Date(44964.5)).ToBytes(),
            [$"{F}: 'Course days'!B2: a date with a time of day (2023-02-07 12:00); a course day is a date alone"]),
        new("a date serial of no calendar day", () => Base.With("Course days", "B2", new TestCell.Date(-3)).ToBytes(),
            [$"{F}: 'Course days'!B2: -3 is not a date of the calendar"]),
        new("course days out of order", () => Base.With("Course days", "B3", TestCell.On("2023-10-12")).ToBytes(),
            [$"{F}: 'Course days'!B4: 2023-10-11 does not come after the day before it (2023-10-12); course days are in strictly increasing order (COURSE-6)",
             $"{F}: Trainers!C4: 2023-10-10 is not one of the occasion's days"]),
        new("an unknown delivery mode", () => Base.With("Course days", "C2", "hybrid").ToBytes(),
            [$"{F}: 'Course days'!C2: \"hybrid\" is not on site or digital"]),
        new("a day row of an occasion that does not exist", () => Base.With("Course days", "A5", "okand").With("Course days", "B5", TestCell.On("2023-11-14")).With("Course days", "C5", "digital").ToBytes(),
            [$"{F}: 'Course days'!A5: no occasion \"okand\" on the sheet Occasions"]),
        new("an occasion without course days", () => Base.WithoutRow("Course days", 2).ToBytes(),
            [$"{F}: Occasions!A2: an occasion has at least one course day (COURSE-3)"]),
        new("more course days than the catalogue's course has", () => Base.With("Course days", "A5", "vanlig").With("Course days", "B5", TestCell.On("2023-02-08")).With("Course days", "C5", "digital").ToBytes(),
            [$"{F}: Occasions!A2: the course 'samtal-och-delaktighet' has 1 course day in the region's catalogue, so an occasion of it has 1 date, not 2 (COURSE-6)"]),
        new("a duplicate occasion id", () => Base.With("Occasions", "A4", "vanlig").With("Occasions", "B4", "samtal-och-delaktighet").ToBytes(),
            [$"{F}: Occasions!A4: the occasion \"vanlig\" is already on row 2; each occasion has its own id"]),
        new("an occasion id with a space", () => Base.With("Occasions", "A2", "van lig").With("Course days", "A2", "van lig").With("Participants", "A2", "van lig").With("Participants", "A3", "van lig").With("Trainers", "A2", "van lig").With("Trainers", "A3", "van lig").ToBytes(),
            [$"{F}: Occasions!A2: 'van lig' contains whitespace; an id has none"]),
        new("a negative own venue amount", () => Base.With("Occasions", "C3", -5).ToBytes(),
            [$"{F}: Occasions!C3: -5 kr is negative"]),
        new("a fee waiver that is neither yes nor no", () => Base.With("Occasions", "D2", "kanske").ToBytes(),
            [$"{F}: Occasions!D2: \"kanske\" is not yes or no; leave it empty for no"]),
        new("a trainer date that is not a day of the occasion", () => Base.With("Trainers", "C4", TestCell.On("2023-10-12")).ToBytes(),
            [$"{F}: Trainers!C4: 2023-10-12 is not one of the occasion's days"]),
        new("trainer dates that are not dates", () => Base.With("Trainers", "C4", "10/10, 11/10").ToBytes(),
            [$"{F}: Trainers!C4: \"10/10, 11/10\" is not a list of dates written YYYY-MM-DD and separated by commas"]),
        new("a missing sheet", () => Base.Without("Trainers").ToBytes(),
            [$"{F}: the sheet Trainers is missing (in the other language: Utbildare); the workbook's sheets are Occasions, Course days, Participants"]),
        new("a sheet in both languages", () => Base.Renamed("Trainers", "Utbildare").Sheet("Deltagare", ["Kurstillfälle", "Kommun", "Antal"]).ToBytes(),
            [$"{F}: Deltagare: both Participants and Deltagare are sheets of the workbook; keep one"]),
        new("a renamed header", () => Base.With("Participants", "C1", "Antal deltagare").ToBytes(),
            [$"{F}: Participants!C1: the heading is \"Antal deltagare\"; this column must be \"Count\" (or \"Antal\")"]),
        new("a missing header", () => Base.With("Trainers", "C1", null).ToBytes(),
            [$"{F}: Trainers!C1: the heading is missing; this column must be \"Dates taught\" (or \"Undervisade dagar\")"]),
        new("merged cells", () => Base.With("Course days", "A4", null).Merged("Course days", "A3:A4").ToBytes(),
            [$"{F}: 'Course days'!A3:A4: merged cells; unmerge them and give each cell its own value"]),
        new("an empty file", () => [],
            [$"{F}: the file is empty; a ledger workbook is an Excel workbook (.xlsx)"]),
        new("a workbook of one empty sheet", () => new TestWorkbook().Sheet("Sheet1").ToBytes(),
            [$"{F}: the sheet Occasions is missing (in the other language: Kurstillfällen); the workbook's sheets are Sheet1",
             $"{F}: the sheet Course days is missing (in the other language: Kursdagar); the workbook's sheets are Sheet1",
             $"{F}: the sheet Participants is missing (in the other language: Deltagare); the workbook's sheets are Sheet1",
             $"{F}: the sheet Trainers is missing (in the other language: Utbildare); the workbook's sheets are Sheet1"]),
        new("a workbook without sheets", () => new TestWorkbook().ToBytes(),
            [$"{F}: the sheet Occasions is missing (in the other language: Kurstillfällen); the workbook's sheets are none",
             $"{F}: the sheet Course days is missing (in the other language: Kursdagar); the workbook's sheets are none",
             $"{F}: the sheet Participants is missing (in the other language: Deltagare); the workbook's sheets are none",
             $"{F}: the sheet Trainers is missing (in the other language: Utbildare); the workbook's sheets are none"]),
        new("a .xlsx that is really a CSV", () => Encoding.UTF8.GetBytes("occasion,municipality,count\nvanlig,Luleå,4\n"),
            [$"{F}: the file is text (CSV or JSON), not a workbook; save it from the spreadsheet program as an Excel workbook (.xlsx), or name a JSON ledger .json"]),
        new("a workbook saved with a password", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]],
            [$"{F}: the file is a workbook saved with a password (or an old Excel 97-2003 .xls), which cannot be read; save it without a password as an Excel workbook (.xlsx)"]),
        new("a zip file that is not a workbook", () => ZipOf("readme.txt", "not a workbook"),
            [$"{F}: the file is a zip file but not a workbook that can be read; save it as an Excel workbook (.xlsx)"]),
        new("a binary file that is not a workbook", () => [0x00, 0x01, 0x02, 0xFF, 0xFE],
            [$"{F}: the file is not a workbook; a ledger workbook is an Excel workbook (.xlsx)"]),
        new("problems on every sheet at once", () => Base.With("Trainers", "B2", "Lulea").With("Occasions", "D3", "x").With("Participants", "C4", "två").With("Course days", "C3", "p").ToBytes(),
            [$"{F}: Occasions!D3: \"x\" is not yes or no; leave it empty for no",
             $"{F}: 'Course days'!C3: \"p\" is not on site or digital",
             $"{F}: Participants!C4: \"två\" is text, not a whole number",
             $"{F}: Trainers!B2: \"Lulea\" is not one of Norrbotten's municipalities; did you mean Luleå?"]),
    ];

    private static byte[] ZipOf(string name, string text)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }

        return stream.ToArray();
    }
}
