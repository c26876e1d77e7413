using System.Collections.Immutable;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// What reading a region file gave: either its municipalities, or every problem found (never
/// both, so no partly read region is ever used).
/// </summary>
internal sealed class MunicipalityCsvFile
{
    private MunicipalityCsvFile(ImmutableArray<Municipality> municipalities, ImmutableArray<CsvProblem> problems)
    {
        Municipalities = municipalities;
        Problems = problems;
    }

    /// <summary>The municipalities, in the order of the file; empty when there are problems.</summary>
    public ImmutableArray<Municipality> Municipalities { get; }

    /// <summary>Every problem found, in the order of the file; empty when the file is valid.</summary>
    public ImmutableArray<CsvProblem> Problems { get; }

    /// <summary>Whether the file is valid.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>A valid file.</summary>
    /// <param name="municipalities">Its municipalities: at least one.</param>
    /// <returns>The result.</returns>
    public static MunicipalityCsvFile Valid(IEnumerable<Municipality> municipalities) => new([.. municipalities], []);

    /// <summary>An invalid file.</summary>
    /// <param name="problems">Every problem found: at least one.</param>
    /// <returns>The result.</returns>
    public static MunicipalityCsvFile Invalid(IEnumerable<CsvProblem> problems)
    {
        ImmutableArray<CsvProblem> array = [.. problems];
        return array.IsEmpty
            ? throw new ArgumentException("An invalid region file has at least one problem.", nameof(problems))
            : new MunicipalityCsvFile([], array);
    }
}
