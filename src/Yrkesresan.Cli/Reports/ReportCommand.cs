using System.CommandLine;
using Yrkesresan.Cli.Commands;
using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.Reports;

/// <summary>The command line of <c>yrkesresan report</c>: its options and help texts.</summary>
internal static class ReportCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "report";

    /// <summary>Builds the command.</summary>
    /// <param name="clock">The clock that says which day the report is written.</param>
    /// <returns>The command, its action set.</returns>
    public static Command Create(TimeProvider clock)
    {
        Option<string?> ledger = LedgerOptions.Ledger();
        var year = new Option<int?>("--year")
        {
            Description = ReportTexts.ReportYearOption,
            HelpName = CommandTexts.HelpNameYear,
            Required = true,
            CustomParser = OptionValueParsers.ParseYear,
        };
        var answers = new Option<string?>("--answers")
        {
            Description = ReportTexts.ReportAnswersOption,
            HelpName = CommandTexts.HelpNameFile,
        };
        Option<string?> region = LedgerOptions.Region();
        var format = new Option<ReportFormat?>("--format")
        {
            Description = ReportTexts.ReportFormatOption,
            HelpName = "html|md",
            CustomParser = ReportFormatOption.Parse,
        };

        var command = new Command(Name, ReportTexts.ReportDescription)
        {
            ledger,
            year,
            answers,
            region,
            format,
        };

        command.SetAction(parseResult => ReportAction.Run(
            new ReportRequest(
                parseResult.GetValue(ledger)!,
                parseResult.GetValue(year)!.Value,
                parseResult.GetValue(region),
                parseResult.GetValue(format) ?? ReportFormat.Html,
                LanguageGiven: parseResult.GetValue<string?>(DisplayLanguage.OptionName) is not null,
                Today.By(clock),
                parseResult.GetValue(answers)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
