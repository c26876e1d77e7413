using System.CommandLine;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan region</c>: write a new region file for a county, export a built-in one, or validate one.</summary>
internal static class RegionCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "region";

    /// <summary>Builds the command.</summary>
    /// <returns>The command, its action set.</returns>
    public static Command Create()
    {
        var export = new Option<string?>("--export")
        {
            Description = CommandTexts.RegionExportOption,
            HelpName = CommandTexts.HelpNameName,
        };
        var validate = new Option<string?>("--validate")
        {
            Description = CommandTexts.RegionValidateOption,
            HelpName = CommandTexts.HelpNameFile,
        };

        var create = new Option<bool>("--new")
        {
            Description = CommandTexts.RegionNewOption,
        };
        var county = new Option<string?>("--county")
        {
            Description = CommandTexts.RegionCountyOption,
            HelpName = CommandTexts.HelpNameCounty,
        };

        var command = new Command(Name, CommandTexts.RegionDescription)
        {
            create,
            county,
            export,
            validate,
        };

        command.SetAction(parseResult => RegionAction.Run(
            new RegionRequest(parseResult.GetValue(export), parseResult.GetValue(validate), parseResult.GetValue(create), parseResult.GetValue(county), parseResult.GetValue<string?>(Results.OutputOption.Name)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
