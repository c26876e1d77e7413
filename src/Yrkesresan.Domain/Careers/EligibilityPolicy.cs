using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Careers;

/// <summary>
/// A region's eligibility policy: which work areas are in the target group (rule <c>STEP-5</c>),
/// which roles and employers are not covered (rule <c>STEP-6</c>), and the dates on which the
/// region opens each career step and the journey for trainers (rule <c>STEP-8</c>).
/// </summary>
/// <remarks>
/// <para>
/// A policy is validated as a whole when it is created: every problem is reported at once in a
/// <see cref="RegionDataException"/>, with paths in the region file's spelling relative to the
/// policy (<c>excluded_roles[1]</c>, <c>step_openings.Van</c>), and no partly valid policy ever
/// exists. A step with a <see langword="null"/> opening has no date yet and is not open.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class EligibilityPolicy
{
    private static readonly IComparer<CareerStep> StepOrder = Comparer<CareerStep>.Create((x, y) => x.Value.CompareTo(y.Value));

    // For deciding fast: each value of a set as one bit (1 << Value), and the openings by step value.
    private readonly int workAreaBits;
    private readonly int excludedRoleBits;
    private readonly int excludedEmployerBits;
    private readonly LocalDate?[] openingByStep;

    /// <summary>Creates and validates a policy.</summary>
    /// <param name="workAreas">The work areas in the target group (rule <c>STEP-5</c>): at least one, none twice.</param>
    /// <param name="excludedRoles">
    /// The roles not covered (rule <c>STEP-6</c>), none twice; a target-group role
    /// (<see cref="Role.IsInTargetGroup"/>) cannot be excluded. May be empty.
    /// </param>
    /// <param name="excludedEmployers">
    /// The kinds of employer not covered (rule <c>STEP-6</c>), none twice; <see cref="EmployerKind.Kommun"/>
    /// cannot be excluded. May be empty.
    /// </param>
    /// <param name="stepOpenings">
    /// For each of the four career steps, the day the region opens it, or <see langword="null"/> when
    /// it has no date yet (rule <c>STEP-8</c>). Every step must be present.
    /// </param>
    /// <param name="trainerOpening">The day the region opens the journey for trainers, or <see langword="null"/> (the default) when it has no date.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="trainerOpening"/> is null.</exception>
    /// <exception cref="RegionDataException">The data breaks a rule; every problem is listed.</exception>
    public EligibilityPolicy(
        IEnumerable<WorkArea> workAreas,
        IEnumerable<Role> excludedRoles,
        IEnumerable<EmployerKind> excludedEmployers,
        IReadOnlyDictionary<CareerStep, LocalDate?> stepOpenings,
        LocalDate? trainerOpening = null)
    {
        Guard.Against.Null(workAreas);
        Guard.Against.Null(excludedRoles);
        Guard.Against.Null(excludedEmployers);
        Guard.Against.Null(stepOpenings);

        WorkArea[] areas = workAreas.ToArray();
        Role[] roles = excludedRoles.ToArray();
        EmployerKind[] employers = excludedEmployers.ToArray();

        var problems = new List<DataProblem>();
        if (areas.Length == 0)
        {
            problems.Add(new("work_areas", CareerText.Of(nameof(CareerTexts.PolicyNoWorkArea))));
        }

        CheckEntries(areas, "work_areas", _ => null, problems);
        CheckEntries(roles, "excluded_roles", r => r.IsInTargetGroup ? CareerText.Of(nameof(CareerTexts.PolicyRoleInTargetGroup), r.Code) : null, problems);
        CheckEntries(employers, "excluded_employers", e => e == EmployerKind.Kommun ? CareerText.Of(nameof(CareerTexts.PolicyEmployerCannotBeExcluded), e.Code) : null, problems);

        ImmutableSortedDictionary<CareerStep, LocalDate?>.Builder openings = ImmutableSortedDictionary.CreateBuilder<CareerStep, LocalDate?>(StepOrder);
        foreach (CareerStep step in CareerStep.List.OrderBy(s => s.Value))
        {
            if (stepOpenings.TryGetValue(step, out LocalDate? opening))
            {
                openings.Add(step, opening);
            }
            else
            {
                problems.Add(new($"step_openings.{step.Code}", CareerText.Of(nameof(CareerTexts.PolicyStepOpeningMissing))));
            }
        }

        if (problems.Count > 0)
        {
            throw new RegionDataException(CareerTexts.PolicySubject, problems);
        }

        WorkAreas = [.. areas.OrderBy(a => a.Value)];
        ExcludedRoles = [.. roles.OrderBy(r => r.Value)];
        ExcludedEmployers = [.. employers.OrderBy(e => e.Value)];
        StepOpenings = openings.ToImmutable();
        TrainerOpening = trainerOpening;

        workAreaBits = Bits(areas);
        excludedRoleBits = Bits(roles);
        excludedEmployerBits = Bits(employers);
        openingByStep = new LocalDate?[CareerStep.List.Max(s => s.Value) + 1];
        foreach (KeyValuePair<CareerStep, LocalDate?> opening in StepOpenings)
        {
            openingByStep[opening.Key.Value] = opening.Value;
        }
    }

    /// <summary>
    /// The first day of the national concept: 2021-05-10, the date of SKR's project directive for
    /// Yrkesresan barn och unga (PD). Every step of <see cref="National"/> opens on this day.
    /// </summary>
    public static LocalDate NationalOpeningDay { get; } = new(2021, 5, 10);

    /// <summary>
    /// The national default policy (rules <c>STEP-5</c>, <c>STEP-6</c>, <c>STEP-8</c>): the work areas
    /// intake, investigation and follow-up (<c>mottagning</c>, <c>utredning</c>, <c>uppfoljning</c>; PD §3.2);
    /// the roles <c>hogre-chef</c>, <c>administrativ</c> and <c>politiker</c> and the employer
    /// <c>annan</c> excluded (PP §4.3); every step and the journey for trainers open from
    /// <see cref="NationalOpeningDay"/>, 2021-05-10.
    /// </summary>
    /// <remarks>
    /// <b>Decision:</b> the national concept has no calendar of its own; each region opens the steps on
    /// its own dates (Norrbotten's policy is in its region file, <see cref="Norrbotten.Region"/>). So
    /// that a decision under the national default always has an answer, every step is taken to be
    /// open from the date of SKR's project directive, 2021-05-10, and not before it.
    /// </remarks>
    public static EligibilityPolicy National { get; } = new(
        [WorkArea.Mottagning, WorkArea.Utredning, WorkArea.Uppfoljning],
        [Role.HogreChef, Role.Administrativ, Role.Politiker],
        [EmployerKind.Annan],
        CareerStep.List.ToDictionary(step => step, _ => (LocalDate?)NationalOpeningDay),
        NationalOpeningDay);

    /// <summary>The work areas in the target group (rule <c>STEP-5</c>), in the order of <see cref="WorkArea"/>.</summary>
    public ImmutableArray<WorkArea> WorkAreas { get; }

    /// <summary>The roles not covered (rule <c>STEP-6</c>), in the order of <see cref="Role"/>; never a target-group role.</summary>
    public ImmutableArray<Role> ExcludedRoles { get; }

    /// <summary>The kinds of employer not covered (rule <c>STEP-6</c>), in the order of <see cref="EmployerKind"/>; never <see cref="EmployerKind.Kommun"/>.</summary>
    public ImmutableArray<EmployerKind> ExcludedEmployers { get; }

    /// <summary>
    /// The day each of the four career steps opens, or <see langword="null"/> for a step with no date
    /// yet (rule <c>STEP-8</c>); keyed and enumerated in step order.
    /// </summary>
    public ImmutableSortedDictionary<CareerStep, LocalDate?> StepOpenings { get; }

    /// <summary>The day the region opens the journey for trainers, or <see langword="null"/> when it has no date.</summary>
    public LocalDate? TrainerOpening { get; }

    /// <summary>The day a career step opens (rule <c>STEP-8</c>).</summary>
    /// <param name="step">The step.</param>
    /// <returns>The opening day, or <see langword="null"/> when the step has no date yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public LocalDate? OpeningOf(CareerStep step)
    {
        Guard.Against.Null(step);
        return openingByStep[step.Value];
    }

    /// <summary>Whether a career step is open on a day (rule <c>STEP-8</c>): from its opening day, inclusive.</summary>
    /// <param name="step">The step.</param>
    /// <param name="date">The day.</param>
    /// <returns>
    /// <see langword="true"/> when the step has an opening day on or before <paramref name="date"/>;
    /// a step with no opening day is never open.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public bool IsOpen(CareerStep step, LocalDate date) => OpeningOf(step) is LocalDate opening && opening <= date;

    /// <summary>Whether a work area is in the target group (rule <c>STEP-5</c>).</summary>
    /// <param name="area">The work area.</param>
    /// <returns><see langword="true"/> when the policy lists it in <see cref="WorkAreas"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public bool IsInTargetGroup(WorkArea area)
    {
        Guard.Against.Null(area);
        return (workAreaBits & (1 << area.Value)) != 0;
    }

    /// <summary>Whether a role is not covered (rule <c>STEP-6</c>).</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when the policy lists it in <see cref="ExcludedRoles"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public bool Excludes(Role role)
    {
        Guard.Against.Null(role);
        return (excludedRoleBits & (1 << role.Value)) != 0;
    }

    /// <summary>Whether a kind of employer is not covered (rule <c>STEP-6</c>).</summary>
    /// <param name="employer">The kind of employer.</param>
    /// <returns><see langword="true"/> when the policy lists it in <see cref="ExcludedEmployers"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="employer"/> is null.</exception>
    public bool Excludes(EmployerKind employer)
    {
        Guard.Against.Null(employer);
        return (excludedEmployerBits & (1 << employer.Value)) != 0;
    }

    /// <summary>
    /// The policy on one line, in the region file's codes and the current UI culture's words, e.g. <c>"work areas mottagning, utredning;
    /// excluded roles hogre-chef; excluded employers annan; step openings Ny 2022-10-01, Van 2023-01-01,
    /// Erfaren none, ArbetsledareOchChef 2022-09-01; trainer opening none"</c>.
    /// </summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() =>
        LocalizedText.Format(
            CareerTexts.PolicySummary,
            Codes(WorkAreas),
            Codes(ExcludedRoles),
            Codes(ExcludedEmployers),
            string.Join(", ", StepOpenings.Select(o => $"{o.Key.Code} {Date(o.Value)}")),
            Date(TrainerOpening));

    private static int Bits<T>(T[] values)
        where T : CodedValue<T> => values.Aggregate(0, (bits, value) => bits | (1 << value.Value));

    private static string Codes<T>(ImmutableArray<T> values)
        where T : CodedValue<T> => values.IsEmpty ? CareerTexts.PolicyNoCodes : string.Join(", ", values.Select(v => v.Code));

    private static string Date(LocalDate? date) => date is LocalDate day ? LocalDatePattern.Iso.Format(day) : CareerTexts.PolicyNoDate;

    private static void CheckEntries<T>(T[] entries, string field, Func<T, LocalizedText?> refusal, List<DataProblem> problems)
        where T : CodedValue<T>
    {
        var seen = new HashSet<T>();
        for (int i = 0; i < entries.Length; i++)
        {
            T entry = entries[i];
            if (entry is null)
            {
                problems.Add(new($"{field}[{i}]", CareerText.Of(nameof(CareerTexts.PolicyEntryMissing))));
            }
            else if (refusal(entry) is LocalizedText reason)
            {
                problems.Add(new($"{field}[{i}]", reason));
            }
            else if (!seen.Add(entry))
            {
                problems.Add(new($"{field}[{i}]", CareerText.Of(nameof(CareerTexts.PolicyEntryRepeated), entry.Code)));
            }
        }
    }
}
