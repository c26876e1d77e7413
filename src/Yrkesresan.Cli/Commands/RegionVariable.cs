using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// <c>YRKESRESAN_REGION</c>: the region file every command that takes <c>--region</c> reads when <c>--region</c> is
/// not given (the variable the conformance suite reads too, decision 0017). <c>--region</c> on the command line wins.
/// The variable names a region file (.json), also for <c>allocate</c>, whose <c>--region</c> takes a municipality
/// CSV as well: a CSV shares a total among municipalities with no schedule, which is not a region to work in by default.
/// </summary>
internal static class RegionVariable
{
    /// <summary>The variable's name.</summary>
    public const string Name = "YRKESRESAN_REGION";

    /// <summary>The option the variable is the default of.</summary>
    public const string OptionName = "--region";

    /// <summary>
    /// Makes the variable the default of the parsed command's <c>--region</c>, when the command takes one, it is not given
    /// and the variable is set (not blank); the command line must then be parsed again.
    /// </summary>
    /// <param name="parseResult">The command line, parsed.</param>
    /// <param name="environment">The environment variables, by name.</param>
    /// <param name="regionFile">The file the variable names, when it is now the default; otherwise null.</param>
    /// <param name="problem">
    /// Why the variable cannot be used, a usage error naming it: its file does not exist, is a directory, cannot be
    /// read, or is not a region file.
    /// </param>
    /// <returns>Whether the command can go on.</returns>
    public static bool TryApply(ParseResult parseResult, Func<string, string?> environment, out string? regionFile, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(environment);
        regionFile = null;
        problem = null;
        Option<string?>? region = parseResult.CommandResult.Command.Options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == OptionName);
        string? path = environment(Name);
        if (region is null || parseResult.GetResult(region) is not null || string.IsNullOrWhiteSpace(path))
        {
            return true;
        }

        if (!InputFile.TryReadNamed($"{Name}={path}", path, out byte[] content, out string? readProblem))
        {
            problem = Texts.Format(CommandLineTexts.RegionVariableUnusable, readProblem, Name);
            return false;
        }

        if (!InputFile.IsJson(path, content))
        {
            problem = Texts.Format(CommandLineTexts.RegionVariableIsCsv, Name, path);
            return false;
        }

        region.DefaultValueFactory = _ => path;
        regionFile = path;
        return true;
    }
}
