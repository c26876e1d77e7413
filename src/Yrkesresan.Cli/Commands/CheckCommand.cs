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
        var command = new Command(Name, CommandTexts.CheckDescription)
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
