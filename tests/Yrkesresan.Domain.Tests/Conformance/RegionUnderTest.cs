using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Conformance;

/// <summary>
/// The region the conformance suite checks: the region file named by the environment variable
/// <c>YRKESRESAN_REGION</c>, or the built-in Norrbotten when it is not set. A relative path is
/// taken from the repository's top folder (under <c>dotnet test</c> the current folder is the test
/// assembly's, not the shell's), then from the current folder.
/// </summary>
internal static class RegionUnderTest
{
    /// <summary>The environment variable that names the region file.</summary>
    public const string Variable = "YRKESRESAN_REGION";

    private static readonly Lazy<Region> Loaded = new(Load);

    /// <summary>The region; a file that is not valid fails every conformance test with its problems.</summary>
    public static Region Region => Loaded.Value;

    /// <summary>
    /// The calendar years the suite checks: from the region's first year through five years after
    /// the last year any of its dated values changes (the last values stay in force for ever; five
    /// years of them is a sample).
    /// </summary>
    public static IEnumerable<int> Years
    {
        get
        {
            Region region = Region;
            int last = region.FixedCosts[^1].FromYear;
            if (!region.Memberships.IsEmpty)
            {
                last = Math.Max(last, region.Memberships[^1].FromYear);
            }

            if (region.FeeSchedules is { } fees)
            {
                last = Math.Max(last, fees.Values[^1].ValidFrom.Year);
            }

            if (region.Eligibility is { } eligibility)
            {
                last = Math.Max(last, eligibility.Values[^1].ValidFrom.Year);
            }

            return Enumerable.Range(region.FirstYear, last - region.FirstYear + 6);
        }
    }

    private static Region Load()
    {
        string? path = ResolvePath();
        if (path is null)
        {
            return Norrbotten.Region;
        }

        RegionFileResult result = RegionFile.Read(path);
        return result.IsValid
            ? result.Region
            : throw new InvalidOperationException(
                $"The region file {path} is not valid, so the rules cannot be checked on it:\n" + string.Join("\n", result.Problems));
    }

    private static string? ResolvePath()
    {
        string? given = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        if (Path.IsPathRooted(given))
        {
            return given;
        }

        string fromRoot = Repository.PathOf(given);
        if (File.Exists(fromRoot))
        {
            return fromRoot;
        }

        return File.Exists(given)
            ? Path.GetFullPath(given)
            : throw new FileNotFoundException($"{Variable}={given}: no such file, neither from {Repository.Root} nor from {Environment.CurrentDirectory}; give an absolute path.", given);
    }
}
