using Yrkesresan.Cli.Language;
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
                CsvTexts.NotUtf8)]);
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
                CsvTexts.MunicipalityFileEmpty)]);
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
                    ? Texts.Format(CsvTexts.QuoteTheSeparator, separator)
                    : CsvTexts.FieldForEachColumn;
                problems.Add(new CsvProblem(
                    file,
                    line,
                    RowField,
                    fields.Length == 1
                        ? Texts.Format(CsvTexts.MunicipalityRowOneField, header.FieldCount, hint)
                        : Texts.Format(CsvTexts.MunicipalityRowFields, fields.Length, header.FieldCount, hint)));
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
                Texts.Format(CsvTexts.NoMunicipalities, separator)));
        }

        return problems.Count > 0
            ? CsvFile<Municipality>.Invalid(problems)
            : CsvFile<Municipality>.Valid(municipalities, OfficialNotices(municipalities, firstLines, file));
    }

    /// <summary>
    /// A notice for each row whose code is not one of Statistics Sweden's, or whose name is not its code's: a CSV may
    /// share a total among any parties, so it is accepted, but a mistyped code is worth a look (decision 0026).
    /// </summary>
    private static IEnumerable<CsvProblem> OfficialNotices(List<Municipality> municipalities, Dictionary<MunicipalityCode, long> lines, string file)
    {
        foreach (Municipality municipality in municipalities)
        {
            if (OfficialMunicipalities.CheckPair(municipality.Code, municipality.Name) is DataProblem problem)
            {
                yield return new CsvProblem(file, lines[municipality.Code], problem.Path, problem.Message);
            }
        }
    }

    private static Municipality? ReadRow(string[] fields, CsvHeader header, RowPlace place, Dictionary<MunicipalityCode, long> firstLines, List<CsvProblem> problems)
    {
        int before = problems.Count;

        string codeText = fields[header.Code].Trim();
        MunicipalityCode code = default;
        if (codeText.Length == 0)
        {
            problems.Add(place.Problem("code", CsvTexts.CodeBlank));
        }
        else if (!MunicipalityCode.TryParse(codeText, out code))
        {
            problems.Add(place.Problem("code", Texts.Format(CsvTexts.CodeInvalid, ShownValue.Of(codeText))));
        }
        else if (firstLines.TryGetValue(code, out long firstLine))
        {
            problems.Add(place.Problem("code", Texts.Format(CsvTexts.CodeRepeated, code, firstLine)));
        }
        else
        {
            firstLines.Add(code, place.Line);
        }

        string name = fields[header.Name].Trim();
        if (name.Length == 0)
        {
            problems.Add(place.Problem("name", CsvTexts.NameBlank));
        }
        else if (name.Any(char.IsControl))
        {
            problems.Add(place.Problem("name", CsvTexts.ControlCharacter));
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
            WholeNumberKind.Blank => CsvTexts.PopulationBlank,
            WholeNumberKind.NotAWholeNumber => Texts.Format(CsvTexts.PopulationNotWhole, ShownValue.Of(text)),
            WholeNumberKind.TooLarge => Texts.Format(CsvTexts.PopulationTooLarge, ShownValue.Of(text), SwedishNumberFormat.FormatInteger(MaxPopulation)),
            _ when number.Value < 1 => Texts.Format(CsvTexts.PopulationBelowOne, number.Value),
            _ when number.Value > MaxPopulation => Texts.Format(CsvTexts.PopulationTooLarge, SwedishNumberFormat.FormatInteger(number.Value), SwedishNumberFormat.FormatInteger(MaxPopulation)),
            _ => null,
        };

        if (problem is not null)
        {
            problems.Add(place.Problem(Field, problem));
        }

        return number.Value;
    }

    /// <summary>Where a row is, for its problems.</summary>
    private readonly record struct RowPlace(string File, long Line)
    {
        public CsvProblem Problem(string field, string message) => new(File, Line, field, message);
    }
}
