using System.CommandLine;
using Yrkesresan.Cli.Results;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan ledger</c>: its options and help texts.</summary>
internal static class LedgerCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "ledger";

    /// <summary>Builds the command.</summary>
    /// <returns>The command, its action set.</returns>
    public static Command Create()
    {
        var template = new Option<bool>("--template")
        {
            Description = CommandTexts.LedgerTemplateOption,
        };
        var convert = new Option<string?>("--convert")
        {
            Description = CommandTexts.LedgerConvertOption,
            HelpName = CommandTexts.HelpNameFile,
        };
        Option<string?> region = LedgerOptions.Region();

        var command = new Command(Name, CommandTexts.LedgerCommandDescription)
        {
            template,
            convert,
            region,
        };

        command.SetAction(parseResult => LedgerAction.Run(
            parseResult.GetValue(template),
            parseResult.GetValue(convert),
            parseResult.GetValue(region),
            parseResult.GetValue<string?>(OutputOption.Name),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
