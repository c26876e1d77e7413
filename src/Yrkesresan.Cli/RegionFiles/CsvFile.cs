using System.Collections.Immutable;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// What reading a CSV file gave: either its rows, with what is accepted but worth a look (notices), or every
/// problem found (never both, so no partly read file is ever used).
/// </summary>
/// <typeparam name="T">What a row is read as, e.g. a municipality.</typeparam>
internal sealed class CsvFile<T>
{
    private CsvFile(ImmutableArray<T> rows, ImmutableArray<CsvProblem> problems, ImmutableArray<CsvProblem> notices)
    {
        Rows = rows;
        Problems = problems;
        Notices = notices;
    }

    /// <summary>The rows, in the order of the file; empty when there are problems.</summary>
    public ImmutableArray<T> Rows { get; }

    /// <summary>Every problem found, in the order of the file; empty when the file is valid.</summary>
    public ImmutableArray<CsvProblem> Problems { get; }

    /// <summary>What a valid file has that is accepted but worth a look, in the order of the file; empty when the file is not valid.</summary>
    public ImmutableArray<CsvProblem> Notices { get; }

    /// <summary>Whether the file is valid.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>A valid file.</summary>
    /// <param name="rows">Its rows: at least one.</param>
    /// <param name="notices">What it has that is accepted but worth a look.</param>
    /// <returns>The result.</returns>
    public static CsvFile<T> Valid(IEnumerable<T> rows, IEnumerable<CsvProblem>? notices = null) => new([.. rows], [], [.. notices ?? []]);

    /// <summary>An invalid file.</summary>
    /// <param name="problems">Every problem found: at least one.</param>
    /// <returns>The result.</returns>
    public static CsvFile<T> Invalid(IEnumerable<CsvProblem> problems)
    {
        ImmutableArray<CsvProblem> array = [.. problems];
        return array.IsEmpty
            ? throw new ArgumentException("An invalid CSV file has at least one problem.", nameof(problems))
            : new CsvFile<T>([], array, []);
    }
}
