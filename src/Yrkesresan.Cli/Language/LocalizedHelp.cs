using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Yrkesresan.Cli.Commands;

namespace Yrkesresan.Cli.Language;

/// <summary>
/// Makes <c>--help</c> speak the tool's language: every <see cref="HelpOption"/> of the command tree runs
/// <see cref="HelpWriter"/> instead of System.CommandLine's English help.
/// </summary>
internal static class LocalizedHelp
{
    /// <summary>Installs the help in a command tree, once it is built and before it parses.</summary>
    /// <param name="root">The root command.</param>
    public static void Install(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);

        // The root command's description is built where the tree is built; in the current language it is this text.
        root.Description = CommandTexts.RootDescription;
        foreach (Command command in SelfAndDescendants(root))
        {
            foreach (HelpOption help in command.Options.OfType<HelpOption>())
            {
                help.Action = new WriteHelp();
            }
        }
    }

    private static IEnumerable<Command> SelfAndDescendants(Command command) =>
        command.Subcommands.SelectMany(SelfAndDescendants).Prepend(command);

    /// <summary>What <c>--help</c> does: writes the help of the command it was given to, and exits with 0.</summary>
    private sealed class WriteHelp : SynchronousCommandLineAction
    {
        /// <summary>Help wins over any other error on the command line, as System.CommandLine's own help does.</summary>
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            new HelpWriter(Width()).Write(parseResult.CommandResult.Command, output);
            return ExitCodes.Success;
        }

        /// <summary>The console's width in a terminal, as System.CommandLine wraps help; no wrapping when the output goes to a file or a pipe.</summary>
        private static int Width()
        {
            try
            {
                return Console.IsOutputRedirected || Console.WindowWidth <= 0 ? int.MaxValue : Console.WindowWidth;
            }
            catch (IOException)
            {
                return int.MaxValue;
            }
        }
    }
}
