using System.CommandLine;
using System.CommandLine.Parsing;
using Yrkesresan.Cli.Commands;

namespace Yrkesresan.Cli.Results;

/// <summary>
/// <c>--output FILE</c>, which every command takes: its result goes to the file instead of standard output
/// (see <see cref="OutputFileTarget"/>), written only when the command succeeds.
/// </summary>
internal static class OutputOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--output";

    /// <summary>Builds the option, on the root command and every command under it.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Create() => new(Name)
    {
        Description = ResultTexts.OutputDescription,
        HelpName = CommandTexts.HelpNameFile,
        Recursive = true,
    };

    /// <summary>Where the result of the parsed command goes: the <c>--output</c> file, or standard output.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="stdout">Standard output.</param>
    /// <returns>The target.</returns>
    /// <remarks>Help and the version always go to standard output: they are not a command's result.</remarks>
    public static ResultTarget TargetOf(ParseResult parseResult, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        string? path = parseResult.Action is { ClearsParseErrors: true } ? null : parseResult.GetValue<string?>(Name);
        return path is null ? new StandardOutputTarget(stdout) : new OutputFileTarget(path, InputFiles(parseResult));
    }

    /// <summary>
    /// The files the parsed command reads, given on the command line or by default (<c>YRKESRESAN_REGION</c>): its
    /// options whose help name is <c>FILE</c> (in the tool's language), other than <c>--output</c> itself.
    /// </summary>
    private static List<(string Option, string Path)> InputFiles(ParseResult parseResult)
    {
        var files = new List<(string Option, string Path)>();
        foreach (Option option in parseResult.CommandResult.Command.Options)
        {
            if (option is Option<string?> named && option.HelpName == CommandTexts.HelpNameFile && option.Name != Name
                && parseResult.GetResult(option) is not null && parseResult.GetValue(named) is { } file)
            {
                files.Add((option.Name, file));
            }
        }

        return files;
    }
}
