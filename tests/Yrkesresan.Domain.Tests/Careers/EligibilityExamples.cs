using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>People and dates for the example tests of eligibility decisions.</summary>
internal static class EligibilityExamples
{
    /// <summary>A date from its ISO text.</summary>
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>A history from periods in the tool's text (<c>2019-03-01</c>, <c>2019-03-01..2021-05-31</c>).</summary>
    public static ProfessionalHistory History(params string[] periods) => new(periods.Select(ProfessionPeriod.Parse));

    /// <summary>A social secretary in investigation at a municipality.</summary>
    public static Person SocialSecretary(params string[] periods) =>
        new(Role.Socialsekreterare, EmployerKind.Kommun, History(periods), PersonWorkArea.Of(WorkArea.Utredning));

    /// <summary>Anyone, at a municipality unless told otherwise, with no work area unless told otherwise.</summary>
    public static Person Someone(Role role, string period, EmployerKind? employer = null, PersonWorkArea workArea = default) =>
        new(role, employer ?? EmployerKind.Kommun, History(period), workArea);

    /// <summary>The reasons of a decision as <c>code: message</c> lines.</summary>
    public static string[] Lines(EligibilityDecision decision) => [.. decision.Reasons.Select(r => r.ToString())];

    /// <summary>The codes of a decision's reasons.</summary>
    public static string[] Codes(EligibilityDecision decision) => [.. decision.Reasons.Select(r => r.Code.Code)];

    /// <summary>A policy like the national one with the given step openings.</summary>
    public static EligibilityPolicy PolicyOpening(LocalDate? ny, LocalDate? van, LocalDate? erfaren, LocalDate? chef) =>
        new(
            EligibilityPolicy.National.WorkAreas,
            EligibilityPolicy.National.ExcludedRoles,
            EligibilityPolicy.National.ExcludedEmployers,
            new Dictionary<CareerStep, LocalDate?>
            {
                [CareerStep.Ny] = ny,
                [CareerStep.Van] = van,
                [CareerStep.Erfaren] = erfaren,
                [CareerStep.ArbetsledareOchChef] = chef,
            });
}
