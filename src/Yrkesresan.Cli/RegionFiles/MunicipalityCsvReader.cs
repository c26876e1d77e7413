using System.Globalization;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// Reads a region file: a CSV file with a header line naming the columns <c>code</c>, <c>name</c>
/// and <c>population</c> (other columns are ignored), then one line per municipality. Every
/// problem of the file is reported at once, by line and column; a file with any problem gives no
/// municipalities at all.
/// </summary>
/// <remarks>
/// The file is UTF-8, with or without a byte order mark, separated by commas or semicolons
/// (told apart by the header line). Fields may be quoted; populations may group their digits by
/// spaces ("2 697"). Empty lines are skipped.
/// </remarks>
internal static class MunicipalityCsvReader
{
    /// <summary>The largest population a row may state. No municipality comes near it, and it keeps the sum of any file's populations far from overflowing.</summary>
    public const long MaxPopulation = 1_000_000_000;

    private const string RowField = "row";

    /// <summary>Reads a region file's content.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The file's path as the user gave it, for problems.</param>
    /// <returns>The municipalities, or every problem found.</returns>
    public static CsvFile<Municipality> Read(ReadOnlyMemory<byte> content, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadOnlyMemory<byte> utf8 = Utf8Text.WithoutByteOrderMark(content);
        if (Utf8Text.FirstInvalidLine(utf8.Span) is long badLine)
        {
            return CsvFile<Municipality>.Invalid([new CsvProblem(
                file,
                badLine,
                "encoding",
                "the line is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")")]);
        }

        char separator = CsvSeparator.Detect(utf8.Span);
        using IEnumerator<CsvRecord> records = CsvRecords.Read(utf8, separator).GetEnumerator();
        var problems = new List<CsvProblem>();
        if (!records.MoveNext())
        {
            return CsvFile<Municipality>.Invalid([new CsvProblem(
                file,
                1,
                CsvHeader.Field,
                "the file is empty; it needs a header line naming the columns code, name and population, then one line per municipality")]);
        }

        CsvRecord headerRecord = records.Current;
        long headerLine = headerRecord.Line;
        if (headerRecord.Malformed is string headerProblem)
        {
            problems.Add(new CsvProblem(file, headerLine, CsvHeader.Field, headerProblem));
        }

        CsvHeader? header = CsvHeader.Read(headerRecord.Fields, file, headerLine, problems);
        if (header is null)
        {
            // Without the columns, no row can be checked; the header's problems are the whole story.
            return CsvFile<Municipality>.Invalid(problems);
        }

        var municipalities = new List<Municipality>();
        var firstLines = new Dictionary<MunicipalityCode, long>();
        int rows = 0;
        while (records.MoveNext())
        {
            CsvRecord record = records.Current;
            long line = record.Line;
            string[] fields = record.Fields;
            if (record.IsBlank)
            {
                continue; // a line of nothing but spaces is an empty line
            }

            rows++;
            if (record.Malformed is string problem)
            {
                problems.Add(new CsvProblem(file, line, RowField, problem));
            }
            else if (fields.Length != header.FieldCount)
            {
                string hint = fields.Length > header.FieldCount
                    ? $"; a name with a '{separator}' in it must be quoted, e.g. \"Kommun{separator} A\""
                    : "; every line needs a field for each column, empty or not";
                problems.Add(new CsvProblem(
                    file,
                    line,
                    RowField,
                    string.Create(CultureInfo.InvariantCulture, $"the line has {Fields(fields.Length)} but the header has {header.FieldCount}{hint}")));
            }
            else if (ReadRow(fields, header, new RowPlace(file, line), firstLines, problems) is Municipality municipality)
            {
                municipalities.Add(municipality);
            }
        }

        if (rows == 0)
        {
            problems.Add(new CsvProblem(
                file,
                headerLine,
                CsvHeader.Field,
                $"the file has a header but no municipalities; add one line per municipality after it, e.g. 2580{separator}Luleå{separator}78346"));
        }

        return problems.Count > 0 ? CsvFile<Municipality>.Invalid(problems) : CsvFile<Municipality>.Valid(municipalities);
    }

    private static Municipality? ReadRow(string[] fields, CsvHeader header, RowPlace place, Dictionary<MunicipalityCode, long> firstLines, List<CsvProblem> problems)
    {
        int before = problems.Count;

        string codeText = fields[header.Code].Trim();
        MunicipalityCode code = default;
        if (codeText.Length == 0)
        {
            problems.Add(place.Problem("code", "blank; every municipality needs its four-digit code, e.g. 2580"));
        }
        else if (!MunicipalityCode.TryParse(codeText, out code))
        {
            problems.Add(place.Problem("code", $"'{ShownValue.Of(codeText)}' is not a municipality code: a code is exactly four digits, e.g. 2580 or 0114, and not 0000"));
        }
        else if (firstLines.TryGetValue(code, out long firstLine))
        {
            problems.Add(place.Problem("code", string.Create(CultureInfo.InvariantCulture, $"{code} appears again; it is first on line {firstLine}, and each municipality may appear once")));
        }
        else
        {
            firstLines.Add(code, place.Line);
        }

        string name = fields[header.Name].Trim();
        if (name.Length == 0)
        {
            problems.Add(place.Problem("name", "blank; every municipality needs a name"));
        }
        else if (name.Any(char.IsControl))
        {
            problems.Add(place.Problem("name", "holds a line break or another control character; is a closing quote missing?"));
        }

        long population = ReadPopulation(fields[header.Population], place, problems);

        return problems.Count == before ? new Municipality(code, name, population) : null;
    }

    private static long ReadPopulation(string text, RowPlace place, List<CsvProblem> problems)
    {
        const string Field = "population";
        WholeNumber number = WholeNumber.Parse(text);
        string? problem = number.Kind switch
        {
            WholeNumberKind.Blank => "blank; give the number of inhabitants, e.g. 78346 or 78 346",
            WholeNumberKind.NotAWholeNumber => $"'{ShownValue.Of(text)}' is not a whole number of inhabitants, e.g. 78346 or 78 346",
            WholeNumberKind.TooLarge => $"{ShownValue.Of(text)} is too large; the most a municipality may have here is {SwedishNumberFormat.FormatInteger(MaxPopulation)}",
            _ when number.Value < 1 => string.Create(CultureInfo.InvariantCulture, $"must be at least 1, not {number.Value}; a municipality that does not take part is left out of the file"),
            _ when number.Value > MaxPopulation => $"{SwedishNumberFormat.FormatInteger(number.Value)} is too large; the most a municipality may have here is {SwedishNumberFormat.FormatInteger(MaxPopulation)}",
            _ => null,
        };

        if (problem is not null)
        {
            problems.Add(place.Problem(Field, problem));
        }

        return number.Value;
    }

    private static string Fields(int count) =>
        count == 1 ? "1 field" : string.Create(CultureInfo.InvariantCulture, $"{count} fields");

    /// <summary>Where a row is, for its problems.</summary>
    private readonly record struct RowPlace(string File, long Line)
    {
        public CsvProblem Problem(string field, string message) => new(File, Line, field, message);
    }
}
