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
            Description = "Print a built-in region file (norrbotten) to standard output, as a starting point for your own.",
            HelpName = "NAME",
        };
        var validate = new Option<string?>("--validate")
        {
            Description = "Check a region file: exit 0 with a summary when it is valid, exit 1 with every problem "
                          + "(FILE:LINE: $.path: message) when it is not.",
            HelpName = "FILE",
        };

        var command = new Command(
            Name,
            "Region files: one JSON file per region with its municipalities, fixed cost, fees, eligibility policy, "
            + "step calendar and course catalogue (docs/region-file.md). Give --export or --validate.")
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
