using System.Globalization;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Cli.Workbooks.LedgerLayout;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// Reads a ledger workbook (<c>docs/ledger-file.md</c>) into a <see cref="Ledger"/> of a region, through the same
/// checks as a JSON ledger: the occasions are built with the library's <see cref="CourseOccasion"/> and
/// <see cref="Ledger"/>, and their problems, which name fields (<c>days[1].date</c>), are placed at the cells that
/// hold them (<c>Kursdagar!B7</c>). Sheets and headings are read in English or Swedish. Every problem is reported at
/// once, and a workbook with any problem gives no ledger. An occasion any of whose cells could not be read is not
/// built, so that it gets no problems that are only knock-ons of its cells'.
/// </summary>
internal sealed class LedgerWorkbookReader
{
    private readonly WorkbookFile workbook;
    private readonly Region region;
    private readonly ProblemList problems;
    private readonly Dictionary<LedgerSheet, ReadSheet> sheets = [];

    private LedgerWorkbookReader(WorkbookFile workbook, string file, Region region)
    {
        this.workbook = workbook;
        this.region = region;
        problems = new ProblemList(file, [.. workbook.Sheets.Select(s => s.Name)]);
    }

    /// <summary>Reads a ledger workbook.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The file as the user named it, for problems.</param>
    /// <param name="region">The region the ledger is checked against.</param>
    /// <returns>The ledger, or every problem.</returns>
    public static LedgerWorkbookResult Read(byte[] content, string file, Region region)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(region);
        if (!WorkbookFile.TryOpen(content, out WorkbookFile? workbook, out NotAWorkbook why))
        {
            var list = new ProblemList(file, []);
            list.OfFile(why switch
            {
                NotAWorkbook.Empty => nameof(WorkbookTexts.WorkbookEmpty),
                NotAWorkbook.Encrypted => nameof(WorkbookTexts.WorkbookEncrypted),
                NotAWorkbook.Text => nameof(WorkbookTexts.WorkbookIsText),
                NotAWorkbook.NotASpreadsheet => nameof(WorkbookTexts.WorkbookNotASpreadsheet),
                _ => nameof(WorkbookTexts.WorkbookUnknownContent),
            });
            return new LedgerWorkbookResult(null, list.Sorted(), []);
        }

        return new LedgerWorkbookReader(workbook!, file, region).Read();
    }

    private LedgerWorkbookResult Read()
    {
        bool complete = true;
        foreach (LedgerSheet kind in LedgerLayout.Sheets)
        {
            complete &= FindSheet(kind);
        }

        OccasionRow[] occasions = sheets.TryGetValue(LedgerSheet.Occasions, out ReadSheet? sheet) ? ReadOccasions(sheet) : [];
        Dictionary<string, OccasionRow>? known = sheets.ContainsKey(LedgerSheet.Occasions)
            ? occasions.Where(o => o.Id is not null).GroupBy(o => o.Id!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            : null;
        DayRow[] days = Rows(LedgerSheet.Days, known, ReadDay);
        ParticipantRow[] participants = Rows(LedgerSheet.Participants, known, ReadParticipant);
        TrainerRow[] trainers = Rows(LedgerSheet.Trainers, known, ReadTrainer);

        var notices = new List<WorkbookProblem>();
        if (complete)
        {
            LedgerAssembly assembly = new(region, problems, sheets);
            Ledger? ledger = assembly.Build(occasions, days, participants, trainers, notices);
            if (ledger is not null && problems.Count == 0)
            {
                return new LedgerWorkbookResult(ledger, [], notices);
            }
        }

        return new LedgerWorkbookResult(null, problems.Sorted(), []);
    }

    /// <summary>Finds a sheet by its name in either language, and checks its headings and that no cells are merged.</summary>
    private bool FindSheet(LedgerSheet kind)
    {
        string[] names = [.. Languages.Select(l => In(NameKey(kind), l))];
        ReadSheet[] found = [.. workbook.Sheets.Where(s => names.Contains(s.Name.Trim(), StringComparer.OrdinalIgnoreCase))];
        if (found.Length == 0)
        {
            string listed = workbook.Sheets.Count == 0 ? LedgerLayout.Text(nameof(WorkbookTexts.WorkbookNoSheets)) : string.Join(", ", workbook.Sheets.Select(s => s.Name));
            problems.OfFile(nameof(WorkbookTexts.WorkbookSheetMissing), Name(kind), OtherName(kind), listed);
            return false;
        }

        if (found.Length > 1)
        {
            problems.OfSheet(found[1].Name, nameof(WorkbookTexts.WorkbookSheetTwice), found[0].Name, found[1].Name);
            return false;
        }

        ReadSheet sheet = found[0];
        bool good = true;
        string[] keys = HeadingKeys(kind);
        for (int column = 1; column <= keys.Length; column++)
        {
            string key = keys[column - 1];
            ReadCell? heading = sheet.Cell(1, column);
            string[] accepted = [.. Languages.Select(l => In(key, l))];
            if (heading is null)
            {
                problems.OfCell(sheet.Name, new CellAddress(1, column), nameof(WorkbookTexts.WorkbookHeaderMissing), LedgerLayout.Text(key), In(key, Other));
                good = false;
            }
            else if (!accepted.Contains(heading.Text.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                problems.OfCell(sheet.Name, heading.Address, nameof(WorkbookTexts.WorkbookHeaderWrong), heading.Text.Trim(), LedgerLayout.Text(key), In(key, Other));
                good = false;
            }
        }

        foreach (string range in sheet.MergedRanges)
        {
            CellAddress first = CellAddress.TryParse(range.Split(':')[0], out CellAddress start) ? start : new CellAddress(1, 1);
            problems.OfRange(sheet.Name, range, first, nameof(WorkbookTexts.WorkbookMerged));
            good = false;
        }

        if (good)
        {
            sheets[kind] = sheet;
        }

        return good;
    }

    private OccasionRow[] ReadOccasions(ReadSheet sheet)
    {
        var reader = new CellReader(sheet, workbook.Date1904, problems);
        var rows = new List<OccasionRow>();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int row in DataRows(sheet, HeadingKeys(LedgerSheet.Occasions).Length))
        {
            bool read = reader.Text(row, OccasionId, Heading(LedgerSheet.Occasions, OccasionId), out string? id);
            read &= reader.Text(row, CourseId, Heading(LedgerSheet.Occasions, CourseId), out string? course);
            read &= reader.Whole(row, Venue, null, out long? venue);
            read &= reader.YesOrNo(row, Waived, out bool waived);
            if (id is not null && !first.TryAdd(id, row))
            {
                problems.OfCell(sheet.Name, new CellAddress(row, OccasionId), nameof(WorkbookTexts.WorkbookOccasionRepeated), id, first[id]);
                read = false;
            }

            rows.Add(new OccasionRow(row, id, course, venue, waived, read));
        }

        return [.. rows];
    }

    private DayRow ReadDay(CellReader reader, int row, string? occasion, bool read)
    {
        read &= reader.Date(row, DayDate, Heading(LedgerSheet.Days, DayDate), out NodaTime.LocalDate date);
        read &= reader.Mode(row, DayMode, Heading(LedgerSheet.Days, DayMode), out Domain.Courses.DeliveryMode? mode);
        return new DayRow(row, occasion, date, mode, read);
    }

    private ParticipantRow ReadParticipant(CellReader reader, int row, string? occasion, bool read)
    {
        read &= reader.Municipality(row, ParticipantMunicipality, Heading(LedgerSheet.Participants, ParticipantMunicipality), region, trainer: false, out MunicipalityCode? code);
        read &= reader.Whole(row, ParticipantCount, Heading(LedgerSheet.Participants, ParticipantCount), out long? count);
        if (count is > int.MaxValue or < int.MinValue)
        {
            problems.OfCell(reader.SheetName, new CellAddress(row, ParticipantCount), nameof(WorkbookTexts.WorkbookNumberTooLarge), count.Value.ToString(CultureInfo.InvariantCulture));
            read = false;
        }

        return new ParticipantRow(row, occasion, code, count, read);
    }

    private TrainerRow ReadTrainer(CellReader reader, int row, string? occasion, bool read)
    {
        read &= reader.Municipality(row, TrainerMunicipality, Heading(LedgerSheet.Trainers, TrainerMunicipality), region, trainer: true, out MunicipalityCode? code);
        read &= reader.Dates(row, TrainerDates, out List<NodaTime.LocalDate>? dates);
        return new TrainerRow(row, occasion, code, dates, read);
    }

    /// <summary>Reads the rows of a sheet of days, participants or trainers: each names an occasion of the occasions sheet.</summary>
    private T[] Rows<T>(LedgerSheet kind, Dictionary<string, OccasionRow>? known, Func<CellReader, int, string?, bool, T> read)
    {
        if (!sheets.TryGetValue(kind, out ReadSheet? sheet))
        {
            return [];
        }

        var reader = new CellReader(sheet, workbook.Date1904, problems);
        var rows = new List<T>();
        foreach (int row in DataRows(sheet, HeadingKeys(kind).Length))
        {
            bool ok = reader.Text(row, 1, Heading(kind, 1), out string? occasion);
            if (occasion is not null && known is not null && !known.ContainsKey(occasion))
            {
                problems.OfCell(sheet.Name, new CellAddress(row, 1), nameof(WorkbookTexts.WorkbookOccasionUnknown), occasion, sheets[LedgerSheet.Occasions].Name);
                ok = false;
            }

            rows.Add(read(reader, row, occasion, ok));
        }

        return [.. rows];
    }

    /// <summary>The rows below the headings with something in one of the sheet's columns.</summary>
    private static IEnumerable<int> DataRows(ReadSheet sheet, int columns)
    {
        int last = sheet.Cells.Keys.Where(a => a.Column <= columns && !sheet.Cells[a].IsBlank).Select(a => a.Row).DefaultIfEmpty(0).Max();
        for (int row = FirstDataRow; row <= last; row++)
        {
            if (Enumerable.Range(1, columns).Any(c => sheet.Cells.TryGetValue(new CellAddress(row, c), out ReadCell? cell) && !cell.IsBlank))
            {
                yield return row;
            }
        }
    }

    private static string Heading(LedgerSheet kind, int column) => LedgerLayout.Text(HeadingKeys(kind)[column - 1]);
}
