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
            Description = CommandTexts.SettleYearOption,
            HelpName = CommandTexts.HelpNameYear,
            Required = true,
            CustomParser = OptionValueParsers.ParseYear,
        };
        Option<string?> region = LedgerOptions.Region();
        var format = new Option<OutputFormat?>("--format")
        {
            Description = CommandTexts.SettleFormatOption,
            HelpName = "table|csv|json|xlsx",
            CustomParser = OptionValueParsers.ParseFormatOrWorkbook,
        };

        var command = new Command(Name, CommandTexts.SettleDescription)
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
