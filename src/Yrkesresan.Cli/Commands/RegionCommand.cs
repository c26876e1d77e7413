using System.CommandLine;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan region</c>: export a built-in region file, or validate one.</summary>
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

        var command = new Command(Name, CommandTexts.RegionDescription)
        {
            export,
            validate,
        };

        command.SetAction(parseResult => RegionAction.Run(
            parseResult.GetValue(export),
            parseResult.GetValue(validate),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
