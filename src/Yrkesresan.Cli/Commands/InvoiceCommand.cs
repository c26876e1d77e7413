using System.CommandLine;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan invoice</c>: its options and help texts.</summary>
internal static class InvoiceCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "invoice";

    /// <summary>Builds the command.</summary>
    /// <returns>The command, its action set.</returns>
    public static Command Create()
    {
        Option<string?> ledger = LedgerOptions.Ledger();
        var occasion = new Option<string?>("--occasion")
        {
            Description = "The id of the course occasion to invoice, as the ledger gives it.",
            HelpName = "ID",
            Required = true,
        };
        Option<string?> region = LedgerOptions.Region();
        var format = new Option<OutputFormat?>("--format")
        {
            Description = "How to print the invoice basis: a readable table (the default), CSV or JSON; one line per municipality and fee component.",
            HelpName = "table|csv|json",
            CustomParser = OptionValueParsers.ParseFormat,
        };

        var command = new Command(
            Name,
            "Print the invoice basis (fakturaunderlag) of one course occasion: for each municipality that registered "
            + "participants, one line per fee component with participant days, unit price and amount, honouring the "
            + "occasion's own venue amount and fee waiver. The ledger is checked first, as 'check' does.")
        {
            ledger,
            occasion,
            region,
            format,
        };

        command.SetAction(parseResult => InvoiceAction.Run(
            parseResult.GetValue(ledger)!,
            parseResult.GetValue(occasion)!,
            parseResult.GetValue(region),
            parseResult.GetValue(format) ?? OutputFormat.Table,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
