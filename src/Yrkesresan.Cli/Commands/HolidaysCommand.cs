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
            Description = "The year, from 1953 to 2199 (the years the Swedish calendar is exact for).",
            HelpName = "YYYY",
            Required = true,
            CustomParser = OptionValueParsers.ParseYear,
        };
        var format = new Option<OutputFormat?>("--format")
        {
            Description = "How to print the days: a readable table (the default), CSV (date,name) or JSON.",
            HelpName = "table|csv|json",
            CustomParser = OptionValueParsers.ParseFormat,
        };

        var command = new Command(
            Name,
            "List a year's Swedish public holidays and the three eves that are not working days either "
            + "(midsummer eve, Christmas eve, New Year's eve), by date, one line per named day, with Swedish names.")
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
