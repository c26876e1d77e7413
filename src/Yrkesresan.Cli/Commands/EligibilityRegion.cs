using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// The region whose eligibility policy <c>step</c> and <c>steps</c> decide by: the built-in Norrbotten,
/// or a region file given with <c>--region</c>; and its policy on the as-of date.
/// </summary>
internal static class EligibilityRegion
{
    /// <summary>Reads the <c>--region</c> file, if one is given (or named by <c>YRKESRESAN_REGION</c>, see <see cref="RegionVariable"/>).</summary>
    /// <param name="path">The file as the user gave it, or <see langword="null"/> for the built-in Norrbotten.</param>
    /// <param name="file">The file as read, which may have problems; <see langword="null"/> without <paramref name="path"/>.</param>
    /// <param name="usageProblem">
    /// Why the file cannot be used, a usage error: it does not exist, is a directory, cannot be read,
    /// or is a municipality CSV, which has no eligibility policy.
    /// </param>
    /// <returns>Whether the region can be read.</returns>
    public static bool TryRead(string? path, out RegionFileResult? file, [NotNullWhen(false)] out string? usageProblem)
    {
        file = null;
        usageProblem = null;
        if (path is null)
        {
            return true;
        }

        if (!InputFile.TryRead("--region", path, out byte[] content, out usageProblem))
        {
            return false;
        }

        if (!InputFile.IsJson(path, content))
        {
            usageProblem = Texts.Format(CommandLineTexts.EligibilityRegionIsCsv, path);
            return false;
        }

        file = RegionFile.Parse(content, path);
        return true;
    }

    /// <summary>The region's eligibility policy on the as-of date.</summary>
    /// <param name="region">The region.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="asOfGiven">Whether the date came from <c>--as-of</c> rather than the clock, for the message.</param>
    /// <param name="policy">The policy, when there is one.</param>
    /// <param name="usageProblem">Otherwise why not, a usage error: the date is before the region's first policy, which the message names.</param>
    /// <returns>Whether the region has a policy on the date.</returns>
    public static bool TryPolicyOn(Region region, LocalDate asOf, bool asOfGiven, [NotNullWhen(true)] out EligibilityPolicy? policy, [NotNullWhen(false)] out string? usageProblem)
    {
        policy = null;
        usageProblem = null;
        if (region.Eligibility is not { } policies)
        {
            // A region file always has one; only a region built in code can lack it.
            usageProblem = Texts.Format(CommandLineTexts.NoEligibilityPolicy, region.Name);
            return false;
        }

        if (policies.TryOn(asOf, out policy))
        {
            return true;
        }

        string first = LocalDatePattern.Iso.Format(policies.FirstDate);
        string which = asOfGiven ? "--as-of" : CommandLineTexts.AsOfToday;
        usageProblem = Texts.Format(CommandLineTexts.PolicyStartsLater, region.Name, first, LocalDatePattern.Iso.Format(asOf), which);
        return false;
    }
}
