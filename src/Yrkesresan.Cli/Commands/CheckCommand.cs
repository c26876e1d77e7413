using System.CommandLine;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan check</c>: its options and help texts.</summary>
internal static class CheckCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "check";

    /// <summary>Builds the command.</summary>
    /// <returns>The command, its action set.</returns>
    public static Command Create()
    {
        Option<string?> ledger = LedgerOptions.Ledger();
        Option<string?> region = LedgerOptions.Region();
        var command = new Command(
            Name,
            "Check a ledger file of course occasions against the rules and the region: municipalities of the region, "
            + "course days on Swedish working days in increasing order, trainer dates among the occasion's days, "
            + "counts of at least one, a fee schedule on every day. Exit 0 with a summary, or 1 with every problem.")
        {
            ledger,
            region,
        };

        command.SetAction(parseResult => CheckAction.Run(
            parseResult.GetValue(ledger)!,
            parseResult.GetValue(region),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
