using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// Finds the columns a CSV file must have in its header line. Names are matched ignoring case and
/// surrounding whitespace (and a byte order mark), in any order; other columns are allowed and ignored.
/// </summary>
internal static class CsvColumns
{
    /// <summary>The problems of the header line, as <see cref="CsvProblem.Field"/> names them.</summary>
    public const string HeaderField = "header";

    /// <summary>Finds the required columns, adding a problem for each repeated column and one for the missing ones.</summary>
    /// <param name="fields">The fields of the header line.</param>
    /// <param name="required">The names of the required columns, lower case.</param>
    /// <param name="file">The file, for problems.</param>
    /// <param name="line">The header's line, for problems.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="missingHint">Said after the message about missing columns, e.g. "; the first line looks like a municipality, but it must be the header"; may be empty.</param>
    /// <returns>The 0-based index of each required column, in the order of <paramref name="required"/>; <see langword="null"/> when the header has a problem.</returns>
    public static int[]? Find(IReadOnlyList<string> fields, IReadOnlyList<string> required, string file, long line, List<CsvProblem> problems, string missingHint)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        bool valid = true;
        for (int i = 0; i < fields.Count; i++)
        {
            string name = Normalize(fields[i]);
            if (!required.Contains(name))
            {
                continue;
            }

            if (indexes.TryGetValue(name, out int first))
            {
                valid = false;
                problems.Add(new CsvProblem(
                    file,
                    line,
                    HeaderField,
                    Texts.Format(CsvTexts.ColumnTwice, name, first + 1, i + 1)));
            }
            else
            {
                indexes[name] = i;
            }
        }

        string[] missing = [.. required.Where(c => !indexes.ContainsKey(c))];
        if (missing.Length > 0)
        {
            valid = false;
            problems.Add(new CsvProblem(
                file,
                line,
                HeaderField,
                Texts.Format(missing.Length == 1 ? CsvTexts.ColumnMissing : CsvTexts.ColumnsMissing, string.Join(", ", missing), Listing(required), missingHint)));
        }

        return valid ? [.. required.Select(c => indexes[c])] : null;
    }

    /// <summary>Names in a sentence: "code, name and population".</summary>
    /// <param name="names">The names: at least one.</param>
    /// <returns>The listing.</returns>
    public static string Listing(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : Texts.Format(CsvTexts.ColumnListingLast, string.Join(", ", names.Take(names.Count - 1)), names[^1]);

    private static string Normalize(string name) => name.Trim().Trim('\uFEFF').Trim().ToLowerInvariant();
}
