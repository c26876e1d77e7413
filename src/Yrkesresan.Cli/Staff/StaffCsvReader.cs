using System.Globalization;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.RegionFiles;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Staff;

/// <summary>
/// Reads a staff file for <c>yrkesresan steps</c>: a CSV file with a header line naming the columns
/// <c>id</c>, <c>role</c>, <c>work_area</c>, <c>employer</c> and <c>periods</c> (in any order; other
/// columns are ignored), then one line per person. Every problem of the file is reported at once,
/// by line and column; a file with any problem gives no people at all.
/// </summary>
/// <remarks>
/// <para>
/// The file is UTF-8, with or without a byte order mark, and comma separated (a semicolon separates
/// the periods of one person). Fields may be quoted; spaces around a value are ignored. Empty lines
/// are skipped.
/// </para>
/// <list type="bullet">
/// <item><description><c>id</c>: not blank, each id once.</description></item>
/// <item><description><c>role</c>: the exact code of a <see cref="Role"/>, e.g. <c>socialsekreterare</c>; the problem of another
/// value names the nearest code when one is near (<see cref="NearestCode"/>).</description></item>
/// <item><description><c>work_area</c>: a <see cref="WorkArea"/> code, any other word, or empty for none (<see cref="PersonWorkArea.FromText"/>);
/// another word near a code (<c>utredninng</c>) is taken as written, with a notice naming the code.</description></item>
/// <item><description><c>employer</c>: <c>kommun</c> or <c>annan</c>; empty is <c>kommun</c>.</description></item>
/// <item><description><c>periods</c>: one or more periods (<see cref="PeriodText"/>) separated by <c>;</c>.</description></item>
/// </list>
/// </remarks>
internal static class StaffCsvReader
{
    /// <summary>The column names a staff file must have, in the order messages list them.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "role", "work_area", "employer", "periods"];

    private const char Separator = ',';
    private const char PeriodSeparator = ';';
    private const string RowField = "row";

    /// <summary>Reads a staff file's content.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The file's path as the user gave it, for problems.</param>
    /// <returns>The people, in the order of the file, with the notices of a valid file, or every problem found.</returns>
    public static CsvFile<StaffMember> Read(ReadOnlyMemory<byte> content, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadOnlyMemory<byte> utf8 = Utf8Text.WithoutByteOrderMark(content);
        if (Utf8Text.FirstInvalidLine(utf8.Span) is long badLine)
        {
            return CsvFile<StaffMember>.Invalid([new CsvProblem(
                file,
                badLine,
                "encoding",
                CsvTexts.NotUtf8)]);
        }

        using IEnumerator<CsvRecord> records = CsvRecords.Read(utf8, Separator).GetEnumerator();
        if (!records.MoveNext())
        {
            return CsvFile<StaffMember>.Invalid([new CsvProblem(
                file,
                1,
                CsvColumns.HeaderField,
                Texts.Format(StaffTexts.StaffFileEmpty, CsvColumns.Listing(Columns)))]);
        }

        var problems = new List<CsvProblem>();
        CsvRecord header = records.Current;
        if (header.Malformed is string headerProblem)
        {
            problems.Add(new CsvProblem(file, header.Line, CsvColumns.HeaderField, headerProblem));
        }

        string hint = header.Fields.Length == 1 && header.Fields[0].Contains(PeriodSeparator, StringComparison.Ordinal)
            ? StaffTexts.HeaderLooksSemicolonSeparated
            : string.Empty;
        if (CsvColumns.Find(header.Fields, Columns, file, header.Line, problems, hint) is not int[] columns)
        {
            // Without the columns, no row can be checked; the header's problems are the whole story.
            return CsvFile<StaffMember>.Invalid(problems);
        }

        var staff = new List<StaffMember>();
        var notices = new List<CsvProblem>();
        var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
        int rows = 0;
        while (records.MoveNext())
        {
            CsvRecord record = records.Current;
            if (record.IsBlank)
            {
                continue;
            }

            rows++;
            if (record.Malformed is string problem)
            {
                problems.Add(new CsvProblem(file, record.Line, RowField, problem));
            }
            else if (record.Fields.Length != header.Fields.Length)
            {
                problems.Add(new CsvProblem(
                    file,
                    record.Line,
                    RowField,
                    Texts.Format(StaffTexts.StaffRowFields, record.Fields.Length, header.Fields.Length)));
            }
            else if (ReadRow(new Row(file, record.Line, record.Fields, columns), firstLines, problems, notices) is StaffMember member)
            {
                staff.Add(member);
            }
        }

        if (rows == 0)
        {
            problems.Add(new CsvProblem(
                file,
                header.Line,
                CsvColumns.HeaderField,
                StaffTexts.NoPeople));
        }

        return problems.Count > 0 ? CsvFile<StaffMember>.Invalid(problems) : CsvFile<StaffMember>.Valid(staff, notices);
    }

    private static StaffMember? ReadRow(Row row, Dictionary<string, long> firstLines, List<CsvProblem> problems, List<CsvProblem> notices)
    {
        int before = problems.Count;
        string id = ReadId(row, firstLines, problems);
        Role? role = ReadRole(row, problems);
        PersonWorkArea workArea = ReadWorkArea(row, notices);
        EmployerKind? employer = ReadEmployer(row, problems);
        List<ProfessionPeriod> periods = ReadPeriods(row, problems);
        return problems.Count == before
            ? new StaffMember(id, new Person(role!, employer!, new ProfessionalHistory(periods), workArea))
            : null;
    }

    private static string ReadId(Row row, Dictionary<string, long> firstLines, List<CsvProblem> problems)
    {
        string id = row.Value(0);
        if (id.Length == 0)
        {
            problems.Add(row.Problem(0, StaffTexts.IdBlank));
        }
        else if (id.Any(char.IsControl))
        {
            problems.Add(row.Problem(0, CsvTexts.ControlCharacter));
        }
        else if (firstLines.TryGetValue(id, out long firstLine))
        {
            problems.Add(row.Problem(0, Texts.Format(StaffTexts.IdRepeated, ShownValue.Of(id), firstLine)));
        }
        else
        {
            firstLines.Add(id, row.Line);
        }

        return id;
    }

    private static Role? ReadRole(Row row, List<CsvProblem> problems)
    {
        string text = row.Value(1);
        if (Role.TryFromCode(text, out Role? role))
        {
            return role;
        }

        string? nearest = text.Length == 0 ? null : NearestCode.To(text, Role.List.OrderBy(r => r.Value).Select(r => r.Code));
        problems.Add(row.Problem(1, text.Length == 0 ? Texts.Format(StaffTexts.RoleBlank, Role.AllCodes())
            : nearest is null ? Texts.Format(StaffTexts.RoleUnknown, ShownValue.Of(text), Role.AllCodes())
            : Texts.Format(StaffTexts.RoleUnknownNear, ShownValue.Of(text), nearest, Role.AllCodes())));
        return null;
    }

    /// <summary>
    /// The work area, as <see cref="PersonWorkArea.FromText"/> reads it whatever it is; another word near a known
    /// code is taken as written (the decision does not change), with a notice naming the code.
    /// </summary>
    private static PersonWorkArea ReadWorkArea(Row row, List<CsvProblem> notices)
    {
        string text = row.Value(2);
        PersonWorkArea workArea = PersonWorkArea.FromText(text);
        if (workArea.OtherWord is not null
            && NearestCode.To(text, WorkArea.List.OrderBy(a => a.Value).Select(a => a.Code)) is string nearest)
        {
            notices.Add(row.Problem(2, Texts.Format(StaffTexts.WorkAreaUnknownNear, ShownValue.Of(text), nearest)));
        }

        return workArea;
    }

    private static EmployerKind? ReadEmployer(Row row, List<CsvProblem> problems)
    {
        string text = row.Value(3);
        if (text.Length == 0)
        {
            return EmployerKind.Kommun;
        }

        if (EmployerKind.TryFromCode(text, out EmployerKind? employer))
        {
            return employer;
        }

        problems.Add(row.Problem(3, Texts.Format(StaffTexts.EmployerUnknown, ShownValue.Of(text), EmployerKind.AllCodes())));
        return null;
    }

    private static List<ProfessionPeriod> ReadPeriods(Row row, List<CsvProblem> problems)
    {
        string text = row.Value(4);
        var periods = new List<ProfessionPeriod>();
        if (text.Length == 0)
        {
            problems.Add(row.Problem(4, StaffTexts.PeriodsBlank));
            return periods;
        }

        string[] items = text.Split(PeriodSeparator, StringSplitOptions.TrimEntries);
        if (items.Any(item => item.Length == 0))
        {
            problems.Add(row.Problem(4, StaffTexts.PeriodEmpty));
        }

        foreach (string item in items.Where(item => item.Length > 0))
        {
            if (PeriodText.TryParse(item, out ProfessionPeriod period, out string? problem))
            {
                periods.Add(period);
            }
            else
            {
                problems.Add(row.Problem(4, problem));
            }
        }

        return periods;
    }

    /// <summary>A row of the file, for reading its fields and reporting their problems.</summary>
    /// <param name="File">The file, for problems.</param>
    /// <param name="Line">The row's line.</param>
    /// <param name="Fields">The row's fields.</param>
    /// <param name="Columns">The index of each column of <see cref="StaffCsvReader.Columns"/> in the fields.</param>
    private readonly record struct Row(string File, long Line, string[] Fields, int[] Columns)
    {
        /// <summary>The value of a column, trimmed.</summary>
        public string Value(int column) => Fields[Columns[column]].Trim();

        /// <summary>A problem of a column's value.</summary>
        public CsvProblem Problem(int column, string message) => new(File, Line, StaffCsvReader.Columns[column], message);
    }
}
