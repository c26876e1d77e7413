using System.CommandLine;

namespace Yrkesresan.Cli.Commands;

/// <summary>The options <c>check</c>, <c>settle</c> and <c>invoice</c> share: <c>--ledger</c> and <c>--region</c>.</summary>
internal static class LedgerOptions
{
    /// <summary>Builds <c>--ledger</c>: the ledger file of course occasions.</summary>
    /// <returns>The option, required.</returns>
    public static Option<string?> Ledger() => new("--ledger")
    {
        Description = CommandLineTexts.LedgerDescription,
        HelpName = CommandTexts.HelpNameFile,
        Required = true,
    };

    /// <summary>Builds <c>--region</c>: a region file whose municipalities, catalogue and fee schedules the ledger is checked against (default: <c>YRKESRESAN_REGION</c>, see <see cref="RegionVariable"/>).</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Region() => new("--region")
    {
        Description = CommandLineTexts.LedgerRegionDescription,
        HelpName = CommandTexts.HelpNameFile,
    };
}
