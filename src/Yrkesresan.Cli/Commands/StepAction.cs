using NodaTime;
using Yrkesresan.Cli.Output;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan step</c> does once its command line is parsed: pick the region and its
/// eligibility policy on the as-of date, decide the person's step (rules <c>STEP-1</c> to
/// <c>STEP-8</c>), print the decision.
/// </summary>
/// <param name="clock">The clock that says which day it is (the default of <c>--as-of</c>).</param>
internal sealed class StepAction(TimeProvider clock)
{
    private const string HelpCommand = UsageError.ToolName + " " + StepCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="options">The parsed options.</param>
    /// <param name="output">Where the result goes (the caller writes it to standard output only on success).</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public int Run(StepOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        if (!EligibilityRegion.TryRead(options.RegionPath, out RegionFileResult? file, out string? problem))
        {
            return UsageError.Report(error, problem, HelpCommand);
        }

        if (file is { IsValid: false })
        {
            return Problems.Report(error, file.Problems);
        }

        Region region = file?.Region ?? Norrbotten.Region;
        LocalDate asOf = options.AsOf ?? Today.By(clock);
        if (!EligibilityRegion.TryPolicyOn(region, asOf, options.AsOf is not null, out EligibilityPolicy? policy, out problem))
        {
            return UsageError.Report(error, problem, HelpCommand);
        }

        var person = new Person(options.Role, options.Employer, new ProfessionalHistory(options.Periods), options.WorkArea);
        EligibilityDecision decision = Eligibility.Decide(person, policy, asOf);
        if (options.Format == OutputFormat.Json)
        {
            DecisionJson.Write(decision, output);
        }
        else
        {
            DecisionSummary.Write(region.Name, decision, output);
        }

        return ExitCodes.Success;
    }
}
