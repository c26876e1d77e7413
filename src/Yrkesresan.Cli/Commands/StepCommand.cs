using System.CommandLine;
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
            Description = $"The person's role: {Role.AllCodes()}.",
            HelpName = "ROLE",
            Required = true,
            CustomParser = OptionValueParsers.ParseRole,
        };
        var workArea = new Option<string?>("--work-area")
        {
            Description = $"The person's work area: {WorkArea.AllCodes()}, or any other word (outside the target group). "
                          + "A social secretary needs one in the target group.",
            HelpName = "AREA",
        };
        var employer = new Option<EmployerKind?>("--employer")
        {
            Description = $"The kind of employer: {string.Join(" or ", EmployerKind.List.OrderBy(e => e.Value).Select(e => e.Code))}. Default: kommun.",
            HelpName = string.Join('|', EmployerKind.List.OrderBy(e => e.Value).Select(e => e.Code)),
            CustomParser = OptionValueParsers.ParseEmployer,
        };
        var period = new Option<ProfessionPeriod[]>("--period")
        {
            Description = "A period in the profession: YYYY-MM-DD (still in the profession) or YYYY-MM-DD..YYYY-MM-DD "
                          + "(both days included). Give one --period per period, across employers and municipalities; "
                          + "overlapping days count once.",
            HelpName = "P",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = OptionValueParsers.ParsePeriods,
        };
        Option<NodaTime.LocalDate?> asOf = EligibilityOptions.AsOf();
        Option<string?> region = EligibilityOptions.Region();
        Option<OutputFormat?> format = EligibilityOptions.Format(OutputFormat.Table, OutputFormat.Json);

        var command = new Command(
            Name,
            "Decide one person's career step (Ny, Van, Erfaren, Arbetsledare och chef) on a day: eligible or not, "
            + "completed years, when the next step begins, whether the step is open in the region, and every reason.")
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
