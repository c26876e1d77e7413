using System.CommandLine;

namespace Yrkesresan.Cli.Commands;

/// <summary>The options <c>check</c>, <c>settle</c> and <c>invoice</c> share: <c>--ledger</c> and <c>--region</c>.</summary>
internal static class LedgerOptions
{
    /// <summary>Builds <c>--ledger</c>: the ledger file of course occasions.</summary>
    /// <returns>The option, required.</returns>
    public static Option<string?> Ledger() => new("--ledger")
    {
        Description = "The ledger file of course occasions (.json, see docs/ledger-file.md).",
        HelpName = "FILE",
        Required = true,
    };

    /// <summary>Builds <c>--region</c>: a region file whose municipalities, catalogue and fee schedules the ledger is checked against.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Region() => new("--region")
    {
        Description = "A region file (.json, see docs/region-file.md): its municipalities, course catalogue, fee schedules "
                      + "and fixed costs. Without it: the built-in Norrbotten.",
        HelpName = "FILE",
    };
}
