using System.CommandLine;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan step</c>: its options and help texts.</summary>
internal static class StepCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "step";

    /// <summary>Builds the command.</summary>
    /// <param name="clock">The clock that says which day it is (the default of <c>--as-of</c>).</param>
    /// <returns>The command, its action set.</returns>
    public static Command Create(TimeProvider clock)
    {
        var role = new Option<Role?>("--role")
        {
            Description = Texts.Format(CommandTexts.StepRoleOption, Role.AllCodes()),
            HelpName = CommandTexts.HelpNameRole,
            Required = true,
            CustomParser = OptionValueParsers.ParseRole,
        };
        var workArea = new Option<string?>("--work-area")
        {
            Description = Texts.Format(CommandTexts.StepWorkAreaOption, WorkArea.AllCodes()),
            HelpName = CommandTexts.HelpNameArea,
        };
        var employer = new Option<EmployerKind?>("--employer")
        {
            Description = Texts.Format(CommandTexts.StepEmployerOption, Choices.Or([.. EmployerKind.List.OrderBy(e => e.Value).Select(e => e.Code)])),
            HelpName = string.Join('|', EmployerKind.List.OrderBy(e => e.Value).Select(e => e.Code)),
            CustomParser = OptionValueParsers.ParseEmployer,
        };
        var period = new Option<ProfessionPeriod[]>("--period")
        {
            Description = CommandTexts.StepPeriodOption,
            HelpName = "P",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = OptionValueParsers.ParsePeriods,
        };
        Option<NodaTime.LocalDate?> asOf = EligibilityOptions.AsOf();
        Option<string?> region = EligibilityOptions.Region();
        Option<OutputFormat?> format = EligibilityOptions.Format(OutputFormat.Table, OutputFormat.Json);

        var command = new Command(Name, CommandTexts.StepDescription)
        {
            role,
            workArea,
            employer,
            period,
            asOf,
            region,
            format,
        };

        var action = new StepAction(clock);
        command.SetAction(parseResult => action.Run(
            new StepOptions(
                parseResult.GetValue(role)!,
                PersonWorkArea.FromText(parseResult.GetValue(workArea)),
                parseResult.GetValue(employer) ?? EmployerKind.Kommun,
                [.. parseResult.GetValue(period)!],
                parseResult.GetValue(asOf),
                parseResult.GetValue(region),
                parseResult.GetValue(format) ?? OutputFormat.Table),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
