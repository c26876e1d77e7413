using System.CommandLine;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan allocate</c>: its options and help texts.</summary>
internal static class AllocateCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "allocate";

    /// <summary>Builds the command.</summary>
    /// <param name="clock">The clock that says which year it is (the default of <c>--year</c>).</param>
    /// <returns>The command, its action set.</returns>
    public static Command Create(TimeProvider clock)
    {
        var region = new Option<string?>("--region")
        {
            Description = CommandTexts.AllocateRegionOption,
            HelpName = CommandTexts.HelpNameFile,
        };
        var total = new Option<long?>("--total")
        {
            Description = CommandTexts.AllocateTotalOption,
            HelpName = "KRONOR",
            CustomParser = OptionValueParsers.ParseTotal,
        };
        var year = new Option<int?>("--year")
        {
            Description = CommandTexts.AllocateYearOption,
            HelpName = CommandTexts.HelpNameYear,
            CustomParser = OptionValueParsers.ParseYear,
        };
        var format = new Option<OutputFormat?>("--format")
        {
            Description = CommandTexts.AllocateFormatOption,
            HelpName = "table|csv|json|xlsx",
            CustomParser = OptionValueParsers.ParseFormatOrWorkbook,
        };
        var explain = new Option<bool>("--explain")
        {
            Description = CommandTexts.AllocateExplainOption,
        };

        var command = new Command(Name, CommandTexts.AllocateDescription)
        {
            region,
            total,
            year,
            format,
            explain,
        };

        var action = new AllocateAction(clock);
        command.SetAction(parseResult => action.Run(
            new AllocateOptions(
                parseResult.GetValue(region),
                parseResult.GetValue(total),
                parseResult.GetValue(year),
                parseResult.GetValue(format) ?? OutputFormat.Table,
                parseResult.GetValue(explain)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
