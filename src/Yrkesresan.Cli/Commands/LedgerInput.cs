using Yrkesresan.Cli.Language;
using Yrkesresan.Domain;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// Reads what <c>check</c>, <c>settle</c> and <c>invoice</c> work on: the region (the built-in Norrbotten,
/// or <c>--region FILE</c>, whose default is <c>YRKESRESAN_REGION</c>) and the ledger file, checked against it. A
/// file that cannot be opened is a usage error (exit 2); a file that breaks the rules is bad data (exit 1), with every
/// problem listed, after a hint when none of the ledger's municipalities is the region's (<see cref="LedgerRegionHint"/>).
/// </summary>
internal static class LedgerInput
{
    /// <summary>Reads the region and the ledger, reporting what is wrong.</summary>
    /// <param name="regionPath">The <c>--region</c> file, or null for Norrbotten.</param>
    /// <param name="ledgerPath">The <c>--ledger</c> file.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="helpCommand">The command whose help a usage error points to.</param>
    /// <param name="file">The ledger file as read, when valid: the ledger and its notices.</param>
    /// <param name="exitCode">The exit code when not valid.</param>
    /// <returns>Whether the ledger is valid.</returns>
    public static bool TryRead(string? regionPath, string ledgerPath, TextWriter error, string helpCommand, out LedgerFileResult file, out int exitCode)
    {
        file = null!;
        exitCode = ExitCodes.Success;

        // Usage first: both files must exist and be readable, and the region must be a region file,
        // before either file's content is checked.
        byte[]? regionContent = null;
        if (regionPath is not null)
        {
            if (!InputFile.TryRead("--region", regionPath, out regionContent, out string? regionProblem))
            {
                exitCode = UsageError.Report(error, regionProblem, helpCommand);
                return false;
            }

            if (!InputFile.IsJson(regionPath, regionContent))
            {
                exitCode = UsageError.Report(error, Texts.Format(CommandLineTexts.LedgerRegionIsCsv, regionPath), helpCommand);
                return false;
            }
        }

        if (!InputFile.TryRead("--ledger", ledgerPath, out byte[] content, out string? problem))
        {
            exitCode = UsageError.Report(error, problem, helpCommand);
            return false;
        }

        Region region = Norrbotten.Region;
        if (regionPath is not null)
        {
            RegionFileResult regionFile = RegionFile.Parse(regionContent, regionPath);
            if (!regionFile.IsValid)
            {
                exitCode = Problems.Report(error, regionFile.Problems);
                return false;
            }

            region = regionFile.Region;
        }

        file = LedgerFile.Parse(content, ledgerPath, region);
        if (!file.IsValid)
        {
            if (LedgerRegionHint.For(content, file.Problems, region, regionPath) is string hint)
            {
                error.WriteLine(hint);
            }

            exitCode = Problems.Report(error, file.Problems);
            return false;
        }

        Notices.Report(error, file.Notices);

        return true;
    }
}
