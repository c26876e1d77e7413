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
        };
        var year = new Option<int?>("--year")
        {
            Description = CommandTexts.InvoiceYearOption,
            HelpName = CommandTexts.HelpNameYear,
            CustomParser = OptionValueParsers.ParseYear,
        };
        var from = new Option<NodaTime.LocalDate?>("--from")
        {
            Description = CommandTexts.InvoiceFromOption,
            HelpName = CommandTexts.HelpNameDate,
            CustomParser = OptionValueParsers.ParseDate,
        };
        var to = new Option<NodaTime.LocalDate?>("--to")
        {
            Description = CommandTexts.InvoiceToOption,
            HelpName = CommandTexts.HelpNameDate,
            CustomParser = OptionValueParsers.ParseDate,
        };
        Option<string?> region = LedgerOptions.Region();
        var format = new Option<OutputFormat?>("--format")
        {
            Description = CommandTexts.InvoiceFormatOption,
            HelpName = "table|csv|json|xlsx",
            CustomParser = OptionValueParsers.ParseFormatOrWorkbook,
        };

        var command = new Command(Name, CommandTexts.InvoiceDescription)
        {
            ledger,
            occasion,
            year,
            from,
            to,
            region,
            format,
        };

        command.SetAction(parseResult => InvoiceAction.Run(
            parseResult.GetValue(ledger)!,
            new InvoiceSelection(parseResult.GetValue(occasion), parseResult.GetValue(year), parseResult.GetValue(from), parseResult.GetValue(to)),
            parseResult.GetValue(region),
            parseResult.GetValue(format) ?? OutputFormat.Table,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
