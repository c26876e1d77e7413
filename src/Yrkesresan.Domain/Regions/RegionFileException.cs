using System.Collections.Immutable;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// Thrown by <see cref="RegionFile.Load(string)"/> when a region file is not valid. <see cref="Problems"/>
/// lists every problem found; no partly read region is ever returned.
/// </summary>
public sealed class RegionFileException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public RegionFileException(IEnumerable<RegionFileProblem> problems)
        : this(ToArray(problems))
    {
    }

    private RegionFileException(ImmutableArray<RegionFileProblem> problems)
        : base($"The region file {problems[0].File} has {problems.Length} problem(s):\n" + string.Join("\n", problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order of the file.</summary>
    public ImmutableArray<RegionFileProblem> Problems { get; }

    private static ImmutableArray<RegionFileProblem> ToArray(IEnumerable<RegionFileProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ImmutableArray<RegionFileProblem> array = [.. problems];
        return array.IsEmpty
            ? throw new ArgumentException("A region file exception needs at least one problem.", nameof(problems))
            : array;
    }
}
