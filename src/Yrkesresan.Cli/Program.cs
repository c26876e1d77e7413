using System.CommandLine;
using System.Globalization;
using System.Text;
using Yrkesresan.Cli.Commands;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Results;

namespace Yrkesresan.Cli;

/// <summary>The entry point of the <c>yrkesresan</c> tool.</summary>
internal static class Program
{
    /// <summary>Runs the tool on the process's console.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Main(string[] args)
    {
        // Municipality names are Swedish (Luleå, Överkalix): print them as UTF-8 on every platform.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the tool with the system clock and the process's environment variables.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where results go; written only when the command succeeds.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, TimeProvider.System, Environment.GetEnvironmentVariable);

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">
    /// Where results go, unless <c>--output</c> names a file; written only when the command succeeds, so an error never
    /// leaves a partial result (nor creates or changes the <c>--output</c> file).
    /// </param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="clock">The clock that says which day it is (the default of <c>--year</c> and <c>--as-of</c>).</param>
    /// <param name="environment">The environment variables, by name (null when not set): <c>YRKESRESAN_REGION</c>.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(environment);

        // The language is chosen before the command tree is built: its help texts are written in it.
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = DisplayLanguage.Requested(args) ?? before;
        try
        {
            return RunInLanguage(args, stdout, stderr, clock, environment);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static int RunInLanguage(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock, Func<string, string?> environment)
    {
        Command root = YrkesresanCommand.Create(clock);
        LocalizedHelp.Install(root);
        ParseResult parseResult = root.Parse(args);

        // System.CommandLine would print help and return 1 on a parse error; the contract is exit 2
        // with a one-line message. --help and --version clear parse errors and run as usual.
        if (parseResult.Errors.Count > 0 && parseResult.Action is not { ClearsParseErrors: true })
        {
            return UsageError.Report(stderr, parseResult);
        }

        string helpCommand = UsageError.HelpCommandFor(parseResult);
        if (parseResult.Action is not { ClearsParseErrors: true })
        {
            // YRKESRESAN_REGION is the default of --region: parsed again with it as the option's default value.
            if (!RegionVariable.TryApply(parseResult, environment, out string? regionFile, out string? regionProblem))
            {
                return UsageError.Report(stderr, regionProblem, helpCommand);
            }

            if (regionFile is not null)
            {
                stderr.WriteLine(Texts.Format(CommandLineTexts.RegionFromVariable, regionFile, RegionVariable.Name));
                parseResult = root.Parse(args);
            }
        }

        // Usage before data: an --output file that cannot be written is refused before the command reads anything.
        ResultTarget target = OutputOption.TargetOf(parseResult, stdout);
        if (!target.TryPrepare(out string? outputProblem))
        {
            return UsageError.Report(stderr, outputProblem, helpCommand);
        }

        using var result = new ResultBuffer(target is OutputFileTarget);
        int exitCode = parseResult.Invoke(new InvocationConfiguration
        {
            Output = result,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        });

        if (exitCode != ExitCodes.Success)
        {
            return exitCode;
        }

        if (!target.TryWrite(result, out outputProblem))
        {
            return UsageError.Report(stderr, outputProblem, helpCommand);
        }

        if (target is OutputFileTarget file)
        {
            stderr.WriteLine(Texts.Format(ResultTexts.OutputWritten, file.Path));
        }

        return ExitCodes.Success;
    }
}
