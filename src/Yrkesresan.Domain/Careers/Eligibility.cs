using Ardalis.GuardClauses;
using NodaTime;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Careers;

/// <summary>
/// Decides who goes to which career step, from when, and why (rules <c>STEP-1</c> to <c>STEP-8</c>).
/// </summary>
/// <remarks>
/// <para>The rules, in the order a decision applies them:</para>
/// <list type="number">
/// <item><description>
/// <b>Role</b> (rules <c>STEP-5</c>, <c>STEP-6</c>): a role the policy excludes gives
/// <c>role_excluded</c>. <b>Decision:</b> a role outside the target group that the policy does not
/// exclude by name is still not eligible, with <c>role_outside_target_group</c>: the target group is
/// social secretaries, supervisors and managers, whatever a region lists.
/// </description></item>
/// <item><description><b>Employer</b> (rule <c>STEP-6</c>): a kind of employer the policy excludes gives <c>employer_excluded</c>.</description></item>
/// <item><description>
/// <b>Work area</b> (rule <c>STEP-5</c>), for the target-group roles only: a social secretary must
/// state a work area in the policy's target group (<c>work_area_missing</c>,
/// <c>work_area_outside_target_group</c>). <b>Decision:</b> a supervisor or manager need not state
/// one, but a work area they do state must be in the target group too; another word is always
/// outside. For a role outside the target group the work area is not looked at.
/// </description></item>
/// <item><description>
/// <b>Time in the profession</b> (rule <c>STEP-3</c>): with no day in the profession on or before
/// the as-of date, nobody is eligible, supervisors and managers included (<c>not_yet_in_profession</c>).
/// </description></item>
/// <item><description>
/// Anyone left is eligible. Supervisors and managers are in Arbetsledare och chef whatever their
/// years (rule <c>STEP-4</c>, <c>eligible_by_role</c>); social secretaries by completed years (rule
/// <c>STEP-2</c>, <c>eligible_by_years</c>): [0, 2) Ny, [2, 5) Van, [5, ∞) Erfaren. For Ny and Van,
/// the next step begins on the equivalent continuous start plus 2 or 5 years, if they stay. A person
/// not in the profession on the as-of date keeps the completed years of their last day in it and
/// has no next-step date (<c>not_in_profession_on_as_of_date</c>).
/// </description></item>
/// <item><description>
/// <b>Opening</b> (rule <c>STEP-8</c>): the step is open from the policy's opening day on
/// (<c>step_open</c>); before it, or when it has no day, the person keeps the step and is told it is
/// not open (<c>step_not_open_yet</c>, <c>step_has_no_opening_date</c>).
/// </description></item>
/// </list>
/// <para>
/// Deciding does no string formatting and, beyond the decision and its array of reasons, no
/// allocation. For many people on one day, take the policy once
/// (<see cref="Region.EligibilityOn(LocalDate)"/>) and call <see cref="Decide(Person, EligibilityPolicy, LocalDate)"/>.
/// </para>
/// </remarks>
public static class Eligibility
{
    /// <summary>Decides a person's eligibility on a day under a policy.</summary>
    /// <param name="person">The person.</param>
    /// <param name="policy">The eligibility policy, e.g. <see cref="EligibilityPolicy.National"/>.</param>
    /// <param name="asOf">The day, in the ISO calendar.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public static EligibilityDecision Decide(Person person, EligibilityPolicy policy, LocalDate asOf)
    {
        Guard.Against.Null(person);
        Guard.Against.Null(policy);
        if (asOf.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"An eligibility decision is for a day in the ISO calendar, not the {asOf.Calendar.Id} calendar.", nameof(asOf));
        }

        TimeInProfession time = person.History.Measure(asOf);
        Role role = person.Role;

        EligibilityReasonCode? roleRefusal = policy.Excludes(role) ? EligibilityReasonCode.RoleExcluded
            : role.IsInTargetGroup ? null
            : EligibilityReasonCode.RoleOutsideTargetGroup;
        bool employerExcluded = policy.Excludes(person.Employer);
        EligibilityReasonCode? areaRefusal = role.IsInTargetGroup ? WorkAreaRefusal(person.WorkArea, role, policy) : null;
        bool notYet = time.Days == 0;

        int refusals = (roleRefusal is null ? 0 : 1) + (employerExcluded ? 1 : 0) + (areaRefusal is null ? 0 : 1) + (notYet ? 1 : 0);
        if (refusals > 0)
        {
            var refused = new EligibilityReason[refusals];
            int i = 0;
            if (roleRefusal is not null)
            {
                refused[i++] = EligibilityReason.RoleRefused(roleRefusal, role);
            }

            if (employerExcluded)
            {
                refused[i++] = EligibilityReason.EmployerExcluded(person.Employer);
            }

            if (ReferenceEquals(areaRefusal, EligibilityReasonCode.WorkAreaMissing))
            {
                refused[i++] = EligibilityReason.WorkAreaMissing(role, policy);
            }
            else if (areaRefusal is not null)
            {
                refused[i++] = EligibilityReason.WorkAreaOutsideTargetGroup(person.WorkArea, policy);
            }

            if (notYet)
            {
                refused[i] = EligibilityReason.NotYetInProfession(asOf, person.History.FirstDay);
            }

            return new EligibilityDecision(asOf, null, time.CompletedYears, null, null, null, refused);
        }

        int years = time.CompletedYears;
        bool inProfession = time.IsInProfessionOnAsOf;
        CareerStep step;
        CareerStep? nextStep = null;
        LocalDate? nextStepDate = null;
        EligibilityReason why;
        if (role.IsSupervisorOrManager)
        {
            step = CareerStep.ArbetsledareOchChef;
            why = EligibilityReason.EligibleByRole(role, years);
        }
        else
        {
            step = years < 2 ? CareerStep.Ny : years < 5 ? CareerStep.Van : CareerStep.Erfaren;
            if (inProfession && step.MaxCompletedYearsExclusive is int nextYears)
            {
                nextStep = ReferenceEquals(step, CareerStep.Ny) ? CareerStep.Van : CareerStep.Erfaren;
                if (time.EquivalentStart.Year <= CalendarSystem.Iso.MaxYear - nextYears)
                {
                    nextStepDate = time.EquivalentStart.PlusYears(nextYears);
                }
            }

            why = EligibilityReason.EligibleByYears(years, step, nextStepDate, inProfession);
        }

        LocalDate? opening = policy.OpeningOf(step);
        EligibilityReason open = EligibilityReason.Opening(step, opening, asOf);
        EligibilityReason[] reasons = inProfession
            ? [why, open]
            : [why, EligibilityReason.NotInProfessionOnAsOfDate(step, asOf, time.LastDay), open];
        return new EligibilityDecision(asOf, step, years, nextStep, nextStepDate, opening, reasons);
    }

    /// <summary>Decides a person's eligibility on a day under the region's policy in force that day (<see cref="Region.EligibilityOn(LocalDate)"/>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="region">The region, e.g. <see cref="Norrbotten.Region"/>.</param>
    /// <param name="asOf">The day, in the ISO calendar.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> or <paramref name="region"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The region's data has no eligibility policies.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the region's first policy; the message gives its date.</exception>
    public static EligibilityDecision Decide(Person person, Region region, LocalDate asOf)
    {
        Guard.Against.Null(person);
        Guard.Against.Null(region);
        return Decide(person, region.EligibilityOn(asOf), asOf);
    }

    private static EligibilityReasonCode? WorkAreaRefusal(PersonWorkArea area, Role role, EligibilityPolicy policy) =>
        area.Known is WorkArea known ? (policy.IsInTargetGroup(known) ? null : EligibilityReasonCode.WorkAreaOutsideTargetGroup)
        : area.OtherWord is not null ? EligibilityReasonCode.WorkAreaOutsideTargetGroup
        : role.IsSupervisorOrManager ? null
        : EligibilityReasonCode.WorkAreaMissing;
}
