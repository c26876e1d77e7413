using System.CommandLine;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan steps</c>: its options and help texts.</summary>
internal static class StepsCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "steps";

    /// <summary>Builds the command.</summary>
    /// <param name="clock">The clock that says which day it is (the default of <c>--as-of</c>).</param>
    /// <returns>The command, its action set.</returns>
    public static Command Create(TimeProvider clock)
    {
        var staff = new Option<string>("--staff")
        {
            Description = CommandTexts.StepsStaffOption,
            HelpName = CommandTexts.HelpNameFile,
            Required = true,
        };
        Option<NodaTime.LocalDate?> asOf = EligibilityOptions.AsOf();
        Option<string?> region = EligibilityOptions.Region();
        Option<OutputFormat?> format = EligibilityOptions.Format(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, OutputFormat.Xlsx);

        var command = new Command(Name, CommandTexts.StepsDescription)
        {
            staff,
            asOf,
            region,
            format,
        };

        var action = new StepsAction(clock);
        command.SetAction(parseResult => action.Run(
            new StepsOptions(
                parseResult.GetValue(staff)!,
                parseResult.GetValue(asOf),
                parseResult.GetValue(region),
                parseResult.GetValue(format) ?? OutputFormat.Table),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
