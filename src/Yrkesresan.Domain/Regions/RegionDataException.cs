using System.Collections.Immutable;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// Thrown when a region's data breaks the rules. <see cref="Problems"/> lists every problem found,
/// not only the first; no partly built region is ever returned.
/// </summary>
public sealed class RegionDataException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="regionName">The region's name, for the message.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public RegionDataException(string regionName, IEnumerable<string> problems)
        : this(regionName, ToArray(problems))
    {
    }

    private RegionDataException(string regionName, ImmutableArray<string> problems)
        : base($"The data of region '{regionName}' has {problems.Length} problem(s):\n"
               + string.Join("\n", problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, one readable sentence each, in the order of the data.</summary>
    public ImmutableArray<string> Problems { get; }

    private static ImmutableArray<string> ToArray(IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ImmutableArray<string> array = [.. problems];
        return array.IsEmpty
            ? throw new ArgumentException("A region data exception needs at least one problem.", nameof(problems))
            : array;
    }
}
