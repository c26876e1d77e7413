using System.CommandLine;
using System.CommandLine.Parsing;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan goals</c>: its options and help texts.</summary>
internal static class GoalsCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "goals";

    /// <summary>The one value <c>--by</c> takes.</summary>
    public const string ByMunicipality = "municipality";

    /// <summary>Builds the command.</summary>
    /// <returns>The command, its action set.</returns>
    public static Command Create()
    {
        var answers = new Option<string?>("--answers")
        {
            Description = CommandTexts.GoalsAnswersOption,
            HelpName = CommandTexts.HelpNameFile,
            Required = true,
        };
        var year = new Option<int?>("--year")
        {
            Description = CommandTexts.GoalsYearOption,
            HelpName = CommandTexts.HelpNameYear,
            Required = true,
            CustomParser = OptionValueParsers.ParseYear,
        };
        var ledger = new Option<string?>("--ledger")
        {
            Description = CommandTexts.GoalsLedgerOption,
            HelpName = CommandTexts.HelpNameFile,
        };
        var region = new Option<string?>("--region")
        {
            Description = CommandTexts.GoalsRegionOption,
            HelpName = CommandTexts.HelpNameFile,
        };
        var by = new Option<string?>("--by")
        {
            Description = CommandTexts.GoalsByOption,
            HelpName = CommandTexts.HelpNameBy,
            CustomParser = ParseBy,
        };
        var format = new Option<OutputFormat?>("--format")
        {
            Description = CommandTexts.GoalsFormatOption,
            HelpName = "table|csv|json|xlsx",
            CustomParser = OptionValueParsers.ParseFormatOrWorkbook,
        };

        var command = new Command(Name, CommandTexts.GoalsDescription)
        {
            answers,
            year,
            ledger,
            region,
            by,
            format,
        };

        command.SetAction(parseResult => GoalsAction.Run(
            new GoalsAction.Request(
                parseResult.GetValue(answers)!,
                parseResult.GetValue(year)!.Value,
                parseResult.GetValue(ledger),
                parseResult.GetValue(region),
                parseResult.GetValue(by) is not null,
                parseResult.GetValue(format) ?? OutputFormat.Table),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads <c>--by</c>: <c>municipality</c>, in any case.</summary>
    private static string? ParseBy(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (string.Equals(text, ByMunicipality, StringComparison.OrdinalIgnoreCase))
        {
            return ByMunicipality;
        }

        result.AddError(Texts.Format(CommandTexts.GoalsByUnknown, text));
        return null;
    }
}
