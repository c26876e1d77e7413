using System.Globalization;
using NodaTime.Text;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>What <c>yrkesresan region</c> does: write a new region file for a county, print a built-in one, or validate one and summarise it.</summary>
internal static class RegionAction
{
    private const string HelpCommand = UsageError.ToolName + " " + RegionCommand.Name;

    /// <summary>The built-in region files, by the name <c>--export</c> takes.</summary>
    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["norrbotten"] = Norrbotten.RegionFileText,
    };

    /// <summary>Runs the command.</summary>
    /// <param name="request">What the command line asks.</param>
    /// <param name="output">Where the result goes.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(RegionRequest request, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        (string? export, string? validate) = (request.Export, request.Validate);
        int asked = (export is null ? 0 : 1) + (validate is null ? 0 : 1) + (request.New ? 1 : 0);
        if (asked != 1)
        {
            return UsageError.Report(error, CommandTexts.RegionExportOrValidate, HelpCommand);
        }

        if (request.County is not null && !request.New)
        {
            return UsageError.Report(error, CommandTexts.RegionCountyWithoutNew, HelpCommand);
        }

        if (request.New)
        {
            return request.County is null
                ? UsageError.Report(error, Texts.Format(CommandTexts.RegionNewNeedsCounty, string.Join(", ", OfficialMunicipalities.Counties)), HelpCommand)
                : RegionNewAction.Run(request.County, request.OutputFile, output, error, HelpCommand);
        }

        if (export is not null)
        {
            if (!BuiltIn.TryGetValue(export, out string? text))
            {
                return UsageError.Report(error, Texts.Format(CommandTexts.RegionNotBuiltIn, export, string.Join(", ", BuiltIn.Keys)), HelpCommand);
            }

            output.Write(text);
            return ExitCodes.Success;
        }

        if (!InputFile.TryRead("--validate", validate!, out byte[] content, out string? problem))
        {
            return UsageError.Report(error, problem, HelpCommand);
        }

        RegionFileResult result = RegionFile.Parse(content, validate!);
        if (!result.IsValid)
        {
            return Problems.Report(error, result.Problems);
        }

        Summarise(validate!, result.Region, output);
        return ExitCodes.Success;
    }

    private static void Summarise(string file, Region region, TextWriter output)
    {
        output.WriteLine(Texts.Format(CommandTexts.RegionTitle, file, region.Name));
        string total = region.StatedPopulationTotal is null ? CommandTexts.RegionNoTotalStated : CommandTexts.RegionStatedTotalAgrees;
        Line(output, CommandTexts.RegionMunicipalities, Count(region.Municipalities.Length), SwedishNumberFormat.FormatInteger(region.PopulationTotal), total);
        foreach (FixedCostPeriod period in region.FixedCosts)
        {
            Line(output, CommandTexts.RegionFixedCost, period.FromYear, period.AnnualAmount);
        }

        foreach (MembershipPeriod period in region.Memberships)
        {
            Line(output, CommandTexts.RegionMembers, period.FromYear, Count(period.Members.Length), Count(region.Municipalities.Length));
        }

        foreach (DatedValue<FeeSchedule> fees in region.FeeSchedules?.Values ?? [])
        {
            Line(output, CommandTexts.RegionFees, Date(fees.ValidFrom), fees.Value.AmountPerParticipantDay(DeliveryMode.OnSite), fees.Value.AmountPerParticipantDay(DeliveryMode.Digital));
        }

        foreach (DatedValue<EligibilityPolicy> policy in region.Eligibility?.Values ?? [])
        {
            string areas = string.Join(", ", policy.Value.WorkAreas.Select(a => a.Code));
            string openings = string.Join(", ", CareerStep.List.OrderBy(s => s.Value).Select(s =>
                $"{s.Code} {(policy.Value.OpeningOf(s) is { } date ? Date(date) : CommandTexts.RegionNotScheduled)}"));
            string trainers = policy.Value.TrainerOpening is { } opens ? Date(opens) : CommandTexts.RegionNotScheduled;
            Line(output, CommandTexts.RegionEligibility, Date(policy.ValidFrom), areas, openings, trainers);
        }

        Line(output, CommandTexts.RegionCourses, Count(region.Catalogue.Courses.Length));
        foreach (Route route in region.Catalogue.Routes)
        {
            string state = route.IsComplete ? CommandTexts.RegionComplete : CommandTexts.RegionIncomplete;
            Line(output, CommandTexts.RegionRoute, route.Step.Code, Count(route.Stops.Length), Count(region.Catalogue.CourseDaysOf(route)), state);
        }

        foreach (DatedValue<Domain.FollowUp.FollowUpPlan> plan in region.FollowUpPlans?.Values ?? [])
        {
            int surveyGoals = plan.Value.Goals.Count(g => g.Measure.IsSurvey);
            string ids = string.Join(", ", plan.Value.Goals.Select(g => g.Id));
            Line(output, CommandTexts.RegionFollowUp, plan.ValidFrom.Year, ids, Count(surveyGoals), Count(plan.Value.Goals.Length - surveyGoals));
        }
    }

    /// <summary>A line of the summary, indented under its heading.</summary>
    private static void Line(TextWriter output, string text, params object?[] values) =>
        output.WriteLine("  " + Texts.Format(text, values));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
}
