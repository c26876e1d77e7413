using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// The header line of a municipality CSV: where its <c>code</c>, <c>name</c> and <c>population</c>
/// columns are. Names are matched ignoring case and surrounding whitespace; other columns (such as
/// <c>county</c>) are allowed and ignored.
/// </summary>
/// <param name="FieldCount">The number of columns; every row must have as many fields.</param>
/// <param name="Code">The 0-based index of the <c>code</c> column.</param>
/// <param name="Name">The 0-based index of the <c>name</c> column.</param>
/// <param name="Population">The 0-based index of the <c>population</c> column.</param>
internal sealed record CsvHeader(int FieldCount, int Code, int Name, int Population)
{
    /// <summary>The column names a municipality CSV must have, in the order messages list them.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["code", "name", "population"];

    /// <summary>The problems of the header line's field, as <see cref="CsvProblem.Field"/> names it.</summary>
    public const string Field = CsvColumns.HeaderField;

    /// <summary>Reads the header line, adding a problem for each missing or repeated column.</summary>
    /// <param name="fields">The fields of the header line.</param>
    /// <param name="file">The file, for problems.</param>
    /// <param name="line">The header's line, for problems.</param>
    /// <param name="problems">Where problems go.</param>
    /// <returns>The header, or <see langword="null"/> when it has a problem.</returns>
    public static CsvHeader? Read(IReadOnlyList<string> fields, string file, long line, List<CsvProblem> problems)
    {
        string looksLikeData = fields.Count > 0 && MunicipalityCode.TryParse(fields[0].Trim(), out _)
            ? CsvTexts.HeaderLooksLikeData
            : string.Empty;
        return CsvColumns.Find(fields, RequiredColumns, file, line, problems, looksLikeData) is int[] columns
            ? new CsvHeader(fields.Count, columns[0], columns[1], columns[2])
            : null;
    }
}
