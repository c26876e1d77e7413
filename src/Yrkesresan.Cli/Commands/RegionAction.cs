using System.Globalization;
using NodaTime.Text;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>What <c>yrkesresan region</c> does: print a built-in region file, or validate one and summarise it.</summary>
internal static class RegionAction
{
    private const string HelpCommand = UsageError.ToolName + " " + RegionCommand.Name;

    /// <summary>The built-in region files, by the name <c>--export</c> takes.</summary>
    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["norrbotten"] = Norrbotten.RegionFileText,
    };

    /// <summary>Runs the command.</summary>
    /// <param name="export">The built-in region to print, if any.</param>
    /// <param name="validate">The file to validate, if any.</param>
    /// <param name="output">Where the result goes.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string? export, string? validate, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if ((export is null) == (validate is null))
        {
            return UsageError.Report(error, "give exactly one of --export NAME and --validate FILE.", HelpCommand);
        }

        if (export is not null)
        {
            if (!BuiltIn.TryGetValue(export, out string? text))
            {
                return UsageError.Report(error, $"there is no built-in region '{export}'; built in: {string.Join(", ", BuiltIn.Keys)}.", HelpCommand);
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
        output.WriteLine($"{file}: a valid region file for {region.Name}");
        string total = region.StatedPopulationTotal is null ? "no total stated" : "the stated total agrees";
        output.WriteLine($"  municipalities: {Count(region.Municipalities.Length)}, population {SwedishNumberFormat.FormatInteger(region.PopulationTotal)} ({total})");
        foreach (FixedCostPeriod period in region.FixedCosts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fixed cost from {period.FromYear}: {period.AnnualAmount} a year"));
        }

        foreach (MembershipPeriod period in region.Memberships)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  members from {period.FromYear}: {Count(period.Members.Length)} of {Count(region.Municipalities.Length)} municipalities"));
        }

        foreach (DatedValue<FeeSchedule> fees in region.FeeSchedules?.Values ?? [])
        {
            output.WriteLine($"  fees from {Date(fees.ValidFrom)}: {fees.Value.AmountPerParticipantDay(DeliveryMode.OnSite)} per participant and on-site day, {fees.Value.AmountPerParticipantDay(DeliveryMode.Digital)} per digital day");
        }

        foreach (DatedValue<EligibilityPolicy> policy in region.Eligibility?.Values ?? [])
        {
            string areas = string.Join(", ", policy.Value.WorkAreas.Select(a => a.Code));
            string openings = string.Join(", ", CareerStep.List.OrderBy(s => s.Value).Select(s =>
                $"{s.Code} {(policy.Value.OpeningOf(s) is { } date ? Date(date) : "not scheduled")}"));
            string trainers = policy.Value.TrainerOpening is { } opens ? Date(opens) : "not scheduled";
            output.WriteLine($"  eligibility from {Date(policy.ValidFrom)}: work areas {areas}; steps open {openings}; trainers {trainers}");
        }

        output.WriteLine($"  courses: {Count(region.Catalogue.Courses.Length)}");
        foreach (Route route in region.Catalogue.Routes)
        {
            string state = route.IsComplete ? "complete" : "incomplete";
            output.WriteLine($"  route {route.Step.Code}: {Count(route.Stops.Length)} stops, {Count(region.Catalogue.CourseDaysOf(route))} course days ({state})");
        }
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
}
