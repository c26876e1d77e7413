using System.CommandLine;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan holidays</c>: its options and help texts.</summary>
internal static class HolidaysCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "holidays";

    /// <summary>Builds the command.</summary>
    /// <returns>The command, its action set.</returns>
    public static Command Create()
    {
        var year = new Option<int?>("--year")
        {
            Description = CommandTexts.HolidaysYearOption,
            HelpName = CommandTexts.HelpNameYear,
            Required = true,
            CustomParser = OptionValueParsers.ParseYear,
        };
        var format = new Option<OutputFormat?>("--format")
        {
            Description = CommandTexts.HolidaysFormatOption,
            HelpName = "table|csv|json",
            CustomParser = OptionValueParsers.ParseFormat,
        };

        var command = new Command(Name, CommandTexts.HolidaysDescription)
        {
            year,
            format,
        };

        command.SetAction(parseResult => HolidaysAction.Run(
            parseResult.GetValue(year)!.Value,
            parseResult.GetValue(format) ?? OutputFormat.Table,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
