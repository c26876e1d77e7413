using Spectre.Console;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// A Spectre.Console console that writes plain text to a writer: no colours, ANSI codes or terminal
/// detection, ASCII only, at a fixed width, so tables are the same on every machine and in a pipe.
/// </summary>
internal static class PlainConsole
{
    /// <summary>The width tables are laid out in; each is as narrow as its contents allow.</summary>
    public const int Width = 120;

    /// <summary>Creates the console.</summary>
    /// <param name="output">Where it writes.</param>
    /// <param name="width">How many characters wide it is; <see cref="Width"/> unless a table needs more.</param>
    /// <returns>The console.</returns>
    public static IAnsiConsole Create(TextWriter output, int width = Width)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = false;
        return console;
    }
}
