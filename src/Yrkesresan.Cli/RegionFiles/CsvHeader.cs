using System.Globalization;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// The header line of a region file: where its <c>code</c>, <c>name</c> and <c>population</c>
/// columns are. Names are matched ignoring case and surrounding whitespace; other columns (such as
/// <c>county</c>) are allowed and ignored.
/// </summary>
/// <param name="FieldCount">The number of columns; every row must have as many fields.</param>
/// <param name="Code">The 0-based index of the <c>code</c> column.</param>
/// <param name="Name">The 0-based index of the <c>name</c> column.</param>
/// <param name="Population">The 0-based index of the <c>population</c> column.</param>
internal sealed record CsvHeader(int FieldCount, int Code, int Name, int Population)
{
    /// <summary>The column names a region file must have, in the order messages list them.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["code", "name", "population"];

    /// <summary>The problems of the header line's field, as <see cref="CsvProblem.Field"/> names it.</summary>
    public const string Field = "header";

    /// <summary>Reads the header line, adding a problem for each missing or repeated column.</summary>
    /// <param name="fields">The fields of the header line.</param>
    /// <param name="file">The file, for problems.</param>
    /// <param name="line">The header's line, for problems.</param>
    /// <param name="problems">Where problems go.</param>
    /// <returns>The header, or <see langword="null"/> when it has a problem.</returns>
    public static CsvHeader? Read(IReadOnlyList<string> fields, string file, long line, List<CsvProblem> problems)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        bool valid = true;
        for (int i = 0; i < fields.Count; i++)
        {
            string name = Normalize(fields[i]);
            if (!RequiredColumns.Contains(name))
            {
                continue;
            }

            if (indexes.TryGetValue(name, out int first))
            {
                valid = false;
                problems.Add(new CsvProblem(
                    file,
                    line,
                    Field,
                    string.Create(CultureInfo.InvariantCulture, $"the column {name} appears twice (columns {first + 1} and {i + 1}); each column may appear once")));
            }
            else
            {
                indexes[name] = i;
            }
        }

        string[] missing = [.. RequiredColumns.Where(c => !indexes.ContainsKey(c))];
        if (missing.Length > 0)
        {
            valid = false;
            string looksLikeData = fields.Count > 0 && MunicipalityCode.TryParse(fields[0].Trim(), out _)
                ? "; the first line looks like a municipality, but it must be the header"
                : string.Empty;
            problems.Add(new CsvProblem(
                file,
                line,
                Field,
                $"missing column{(missing.Length == 1 ? string.Empty : "s")} {string.Join(", ", missing)}: the header must name the columns code, name and population, in any order{looksLikeData}"));
        }

        return valid ? new CsvHeader(fields.Count, indexes["code"], indexes["name"], indexes["population"]) : null;
    }

    private static string Normalize(string name) => name.Trim().Trim('\uFEFF').Trim().ToLowerInvariant();
}
