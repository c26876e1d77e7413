using System.CommandLine;
using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli;

/// <summary>Reports a bad command line: one line saying what is wrong, one line pointing to <c>--help</c>.</summary>
internal static class UsageError
{
    /// <summary>The name of the tool, as error messages start.</summary>
    public const string ToolName = Commands.YrkesresanCommand.Name;

    /// <summary>Writes the message and the hint to <paramref name="stderr"/>.</summary>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="message">What is wrong, in one line.</param>
    /// <param name="command">The command whose help to point to, e.g. <c>"yrkesresan allocate"</c>.</param>
    /// <returns><see cref="ExitCodes.BadUsage"/>.</returns>
    public static int Report(TextWriter stderr, string message, string command)
    {
        stderr.WriteLine($"{ToolName}: {OneLine(message)}");
        stderr.WriteLine(Texts.Format(ToolTexts.UsageHint, command));
        return ExitCodes.BadUsage;
    }

    /// <summary>
    /// Reports the errors of a command line that did not parse, in one line: each error once, in the current
    /// language (<see cref="ParseErrorText"/>), with the hint to the help of the command they belong to.
    /// </summary>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="parseResult">The parse result, with at least one error.</param>
    /// <returns><see cref="ExitCodes.BadUsage"/>.</returns>
    public static int Report(TextWriter stderr, ParseResult parseResult)
    {
        string message = string.Join(" ", parseResult.Errors.Select(ParseErrorText.Of).Distinct(StringComparer.Ordinal));
        return Report(stderr, message, HelpCommandFor(parseResult));
    }

    /// <summary>The command a parse error belongs to, e.g. <c>"yrkesresan allocate"</c>, for the hint.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>The command line that shows the relevant help.</returns>
    public static string HelpCommandFor(ParseResult parseResult)
    {
        Command command = parseResult.CommandResult.Command;
        return command.Name == ToolName ? ToolName : $"{ToolName} {command.Name}";
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
