using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain;

/// <summary>
/// Thrown when a data file (a region file, <see cref="Regions.RegionFile.Load(string)"/>, or a ledger
/// file, <see cref="Courses.Occasions.LedgerFile.Load(string, Regions.Region)"/>) is not valid.
/// <see cref="Problems"/> lists every problem found; nothing partly read is ever returned.
/// </summary>
/// <remarks>The message is written in the UI culture current when the exception is made (English, or Swedish for a Swedish culture).</remarks>
public sealed class DataFileException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DataFileException(IEnumerable<DataFileProblem> problems)
        : this(ToArray(problems))
    {
    }

    private DataFileException(ImmutableArray<DataFileProblem> problems)
        : base(LocalizedText.Format(LibraryTexts.DataFileHasProblems, problems[0].File, problems.Length) + "\n" + string.Join("\n", problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order of the file.</summary>
    public ImmutableArray<DataFileProblem> Problems { get; }

    private static ImmutableArray<DataFileProblem> ToArray(IEnumerable<DataFileProblem> problems)
    {
        ImmutableArray<DataFileProblem> array = [.. Guard.Against.Null(problems)];
        Guard.Against.NullOrEmpty(array, nameof(problems), "A data file exception needs at least one problem.");
        return array;
    }
}
