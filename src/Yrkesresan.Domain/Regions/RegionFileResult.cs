using System.Collections.Immutable;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// What reading a region file gave: either a complete, valid <see cref="Region"/>, or every
/// problem found in the file, never both.
/// </summary>
public sealed class RegionFileResult
{
    private readonly Region? region;

    private RegionFileResult(Region? region, ImmutableArray<DataFileProblem> problems)
    {
        this.region = region;
        Problems = problems;
    }

    /// <summary>Whether the file is valid, so that <see cref="Region"/> can be used.</summary>
    public bool IsValid => region is not null;

    /// <summary>The region the file describes.</summary>
    /// <exception cref="DataFileException">The file is not valid; the exception lists every problem.</exception>
    public Region Region => region ?? throw new DataFileException(Problems);

    /// <summary>Every problem found, in the order of the file; empty when the file is valid.</summary>
    public ImmutableArray<DataFileProblem> Problems { get; }

    internal static RegionFileResult Valid(Region region) => new(region, []);

    internal static RegionFileResult Invalid(IEnumerable<DataFileProblem> problems) => new(null, [.. problems]);
}
