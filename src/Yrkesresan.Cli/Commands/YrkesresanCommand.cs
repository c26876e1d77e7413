using System.CommandLine;
using System.CommandLine.Help;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Reports;
using Yrkesresan.Cli.Results;

namespace Yrkesresan.Cli.Commands;

/// <summary>The root command, <c>yrkesresan</c>, and its subcommands.</summary>
internal static class YrkesresanCommand
{
    /// <summary>The tool's name, as help and errors show it.</summary>
    public const string Name = "yrkesresan";

    /// <summary>Builds the command tree.</summary>
    /// <param name="clock">The clock that says which day it is.</param>
    /// <returns>The root command, with <c>--help</c>, <c>--version</c>, and <c>--lang</c> and <c>--output</c> for every command.</returns>
    /// <remarks>
    /// A plain <see cref="Command"/> named <c>yrkesresan</c> rather than a <see cref="RootCommand"/>,
    /// whose name is the executable's: run in-process (as the tests do) that would be the test host.
    /// </remarks>
    public static Command Create(TimeProvider clock) =>
        new(Name, CommandLineTexts.ToolDescription)
        {
            new HelpOption(),
            new VersionOption(),
            DisplayLanguage.Option(),
            OutputOption.Create(),
            AllocateCommand.Create(clock),
            CheckCommand.Create(),
            GoalsCommand.Create(),
            HolidaysCommand.Create(),
            InvoiceCommand.Create(),
            LedgerCommand.Create(),
            RegionCommand.Create(),
            ReportCommand.Create(clock),
            SettleCommand.Create(),
            StepCommand.Create(clock),
            StepsCommand.Create(clock),
        };
}
