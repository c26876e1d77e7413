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
            Description = CommandTexts.InvoiceOccasionOption,
            HelpName = "ID",
            Required = true,
        };
        Option<string?> region = LedgerOptions.Region();
        var format = new Option<OutputFormat?>("--format")
        {
            Description = CommandTexts.InvoiceFormatOption,
            HelpName = "table|csv|json",
            CustomParser = OptionValueParsers.ParseFormat,
        };

        var command = new Command(Name, CommandTexts.InvoiceDescription)
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
