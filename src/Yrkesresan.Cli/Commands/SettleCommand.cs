using System.CommandLine;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan settle</c>: its options and help texts.</summary>
internal static class SettleCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "settle";

    /// <summary>Builds the command.</summary>
    /// <returns>The command, its action set.</returns>
    public static Command Create()
    {
        Option<string?> ledger = LedgerOptions.Ledger();
        var year = new Option<int?>("--year")
        {
            Description = "The calendar year to settle. A course day belongs to the year of its date, so an occasion across New Year is settled in both.",
            HelpName = "YYYY",
            Required = true,
            CustomParser = OptionValueParsers.ParseYear,
        };
        Option<string?> region = LedgerOptions.Region();
        var format = new Option<OutputFormat?>("--format")
        {
            Description = "How to print the settlement: a readable table (the default), CSV (one row per municipality) or JSON.",
            HelpName = "table|csv|json",
            CustomParser = OptionValueParsers.ParseFormat,
        };

        var command = new Command(
            Name,
            "Settle a year: for every municipality of the region, participant days and variable fees, trainer days and "
            + "its share of the trainer pot, its fixed cost with the two half-year invoices, and the net "
            + "(fixed cost + variable fees - pot share). The ledger is checked first, as 'check' does.")
        {
            ledger,
            year,
            region,
            format,
        };

        command.SetAction(parseResult => SettleAction.Run(
            parseResult.GetValue(ledger)!,
            parseResult.GetValue(year)!.Value,
            parseResult.GetValue(region),
            parseResult.GetValue(format) ?? OutputFormat.Table,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
