using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// Reads what <c>check</c>, <c>settle</c>, <c>invoice</c> and <c>ledger --convert</c> work on: the region (the built-in
/// Norrbotten, or <c>--region FILE</c>, whose default is <c>YRKESRESAN_REGION</c>) and the ledger, a JSON file or a
/// workbook (<see cref="IsWorkbook"/>), checked against it. A file that cannot be opened is a usage error (exit 2); a
/// file that breaks the rules is bad data (exit 1), with every problem listed, after a hint when none of the ledger's
/// municipalities is the region's (<see cref="LedgerRegionHint"/>).
/// </summary>
internal static class LedgerInput
{
    /// <summary>Reads the region and the ledger, reporting what is wrong.</summary>
    /// <param name="regionPath">The <c>--region</c> file, or null for Norrbotten.</param>
    /// <param name="ledgerPath">The <c>--ledger</c> file.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="helpCommand">The command whose help a usage error points to.</param>
    /// <param name="ledger">The ledger, when valid (its notices have been written to <paramref name="error"/>).</param>
    /// <param name="exitCode">The exit code when not valid.</param>
    /// <param name="option">The option that named the ledger, for a usage error.</param>
    /// <returns>Whether the ledger is valid.</returns>
    public static bool TryRead(string? regionPath, string ledgerPath, TextWriter error, string helpCommand, out Ledger ledger, out int exitCode, string option = "--ledger")
    {
        ledger = null!;
        exitCode = ExitCodes.Success;

        // Usage first: both files must exist and be readable, and the region must be a region file,
        // before either file's content is checked.
        if (!TryReadRegionFile(regionPath, error, helpCommand, out byte[]? regionContent, out exitCode))
        {
            return false;
        }

        if (!InputFile.TryRead(option, ledgerPath, out byte[] content, out string? problem))
        {
            exitCode = UsageError.Report(error, problem, helpCommand);
            return false;
        }

        if (!TryParseRegion(regionPath, regionContent, error, out Region region, out exitCode))
        {
            return false;
        }

        if (IsWorkbook(ledgerPath, content))
        {
            LedgerWorkbookResult workbook = LedgerWorkbookReader.Read(content, ledgerPath, region);
            if (!workbook.IsValid)
            {
                if (LedgerRegionHint.ForWorkbook(content, workbook.Problems, region, regionPath) is string workbookHint)
                {
                    error.WriteLine(workbookHint);
                }

                exitCode = Problems.Report(error, workbook.Problems);
                return false;
            }

            Notices.Report(error, workbook.Notices);
            ledger = workbook.Ledger!;
            return true;
        }

        LedgerFileResult file = LedgerFile.Parse(content, ledgerPath, region);
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
        ledger = file.Ledger;
        return true;
    }

    /// <summary>Reads the region alone: <c>--region FILE</c>, or the built-in Norrbotten (<c>ledger --template</c>).</summary>
    /// <param name="regionPath">The <c>--region</c> file, or null for Norrbotten.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="helpCommand">The command whose help a usage error points to.</param>
    /// <param name="region">The region, when valid.</param>
    /// <param name="exitCode">The exit code when not valid.</param>
    /// <returns>Whether the region is valid.</returns>
    public static bool TryReadRegion(string? regionPath, TextWriter error, string helpCommand, out Region region, out int exitCode)
    {
        region = Norrbotten.Region;
        return TryReadRegionFile(regionPath, error, helpCommand, out byte[]? content, out exitCode)
            && TryParseRegion(regionPath, content, error, out region, out exitCode);
    }

    private static bool TryReadRegionFile(string? regionPath, TextWriter error, string helpCommand, out byte[]? content, out int exitCode)
    {
        content = null;
        exitCode = ExitCodes.Success;
        if (regionPath is null)
        {
            return true;
        }

        if (!InputFile.TryRead("--region", regionPath, out byte[] read, out string? problem))
        {
            exitCode = UsageError.Report(error, problem, helpCommand);
            return false;
        }

        if (!InputFile.IsJson(regionPath, read))
        {
            exitCode = UsageError.Report(error, Texts.Format(CommandLineTexts.LedgerRegionIsCsv, regionPath), helpCommand);
            return false;
        }

        content = read;
        return true;
    }

    private static bool TryParseRegion(string? regionPath, byte[]? content, TextWriter error, out Region region, out int exitCode)
    {
        region = Norrbotten.Region;
        exitCode = ExitCodes.Success;
        if (regionPath is null || content is null)
        {
            return true;
        }

        RegionFileResult regionFile = RegionFile.Parse(content, regionPath);
        if (!regionFile.IsValid)
        {
            exitCode = Problems.Report(error, regionFile.Problems);
            return false;
        }

        region = regionFile.Region;
        return true;
    }

    /// <summary>
    /// Whether a ledger is a workbook rather than a JSON file: its name ends in <c>.xlsx</c> (or <c>.xlsm</c>), or its bytes
    /// are a zip file or an OLE compound file (a workbook saved with a password), whatever its name.
    /// </summary>
    /// <param name="path">The file's name.</param>
    /// <param name="content">Its bytes.</param>
    /// <returns>Whether to read it as a workbook.</returns>
    public static bool IsWorkbook(string path, ReadOnlySpan<byte> content) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase)
        || content.StartsWith("PK"u8)
        || content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
}
