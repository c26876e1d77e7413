using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Careers;

/// <summary>
/// One reason in an eligibility decision (rule <c>STEP-7</c>): a stable <see cref="Code"/> and a
/// readable English <see cref="Message"/> that names the numbers and dates behind it, e.g.
/// <c>eligible_by_years</c>, "3 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2026-03-01".
/// </summary>
/// <remarks>
/// <para>
/// A reason holds the facts and writes its message when asked, so that deciding costs no string
/// formatting. Two reasons are equal when they have the same code and the same facts.
/// </para>
/// <para>Steps are named in messages by their display names (<c>Arbetsledare och chef</c>), roles and employers by display name and code, work areas by code.</para>
/// </remarks>
public readonly record struct EligibilityReason
{
    private readonly object? subject;
    private readonly EligibilityPolicy? policy;
    private readonly int years;
    private readonly LocalDate? date;
    private readonly LocalDate otherDate;
    private readonly bool flag;

    private EligibilityReason(EligibilityReasonCode code, object? subject, EligibilityPolicy? policy = null, int years = 0, LocalDate? date = null, LocalDate otherDate = default, bool flag = false)
    {
        Code = code;
        this.subject = subject;
        this.policy = policy;
        this.years = years;
        this.date = date;
        this.otherDate = otherDate;
        this.flag = flag;
    }

    /// <summary>The stable code.</summary>
    public EligibilityReasonCode Code { get; }

    /// <summary>The reason as a readable English sentence, naming the numbers and dates behind it.</summary>
    public string Message => Code is null ? string.Empty : Write();

    /// <summary>The code and the message, e.g. <c>"step_open: Van has been open in the region since 2023-01-01"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code is null ? string.Empty : $"{Code.Code}: {Message}";

    /// <summary><see cref="EligibilityReasonCode.EligibleByYears"/>.</summary>
    internal static EligibilityReason EligibleByYears(int years, CareerStep step, LocalDate? nextStepDate, bool inProfession) =>
        new(EligibilityReasonCode.EligibleByYears, step, years: years, date: nextStepDate, flag: inProfession);

    /// <summary><see cref="EligibilityReasonCode.EligibleByRole"/>.</summary>
    internal static EligibilityReason EligibleByRole(Role role, int years) =>
        new(EligibilityReasonCode.EligibleByRole, role, years: years);

    /// <summary><see cref="EligibilityReasonCode.NotInProfessionOnAsOfDate"/>.</summary>
    internal static EligibilityReason NotInProfessionOnAsOfDate(CareerStep step, LocalDate asOf, LocalDate lastDay) =>
        new(EligibilityReasonCode.NotInProfessionOnAsOfDate, step, date: asOf, otherDate: lastDay);

    /// <summary><see cref="EligibilityReasonCode.StepOpen"/>, <see cref="EligibilityReasonCode.StepNotOpenYet"/> or <see cref="EligibilityReasonCode.StepHasNoOpeningDate"/>.</summary>
    internal static EligibilityReason Opening(CareerStep step, LocalDate? opening, LocalDate asOf) =>
        opening is not LocalDate day ? new(EligibilityReasonCode.StepHasNoOpeningDate, step)
        : day <= asOf ? new(EligibilityReasonCode.StepOpen, step, date: day)
        : new(EligibilityReasonCode.StepNotOpenYet, step, date: day, otherDate: asOf);

    /// <summary><see cref="EligibilityReasonCode.RoleExcluded"/> or <see cref="EligibilityReasonCode.RoleOutsideTargetGroup"/>.</summary>
    internal static EligibilityReason RoleRefused(EligibilityReasonCode code, Role role) => new(code, role);

    /// <summary><see cref="EligibilityReasonCode.EmployerExcluded"/>.</summary>
    internal static EligibilityReason EmployerExcluded(EmployerKind employer) => new(EligibilityReasonCode.EmployerExcluded, employer);

    /// <summary><see cref="EligibilityReasonCode.WorkAreaMissing"/>.</summary>
    internal static EligibilityReason WorkAreaMissing(Role role, EligibilityPolicy policy) =>
        new(EligibilityReasonCode.WorkAreaMissing, role, policy);

    /// <summary><see cref="EligibilityReasonCode.WorkAreaOutsideTargetGroup"/>.</summary>
    internal static EligibilityReason WorkAreaOutsideTargetGroup(PersonWorkArea area, EligibilityPolicy policy) =>
        new(EligibilityReasonCode.WorkAreaOutsideTargetGroup, area.ToString(), policy);

    /// <summary><see cref="EligibilityReasonCode.NotYetInProfession"/>.</summary>
    internal static EligibilityReason NotYetInProfession(LocalDate asOf, LocalDate firstDay) =>
        new(EligibilityReasonCode.NotYetInProfession, null, date: asOf, otherDate: firstDay);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Years(int years) =>
        years == 1 ? "1 completed year" : string.Create(CultureInfo.InvariantCulture, $"{years} completed years");

    private static string Range(CareerStep step) => step.MaxCompletedYearsExclusive is int max
        ? string.Create(CultureInfo.InvariantCulture, $"{step.DisplayName} ({step.MinCompletedYears} to {max} years)")
        : string.Create(CultureInfo.InvariantCulture, $"{step.DisplayName} ({step.MinCompletedYears} years or more)");

    private static CareerStep? NextStep(CareerStep step) =>
        step == CareerStep.Ny ? CareerStep.Van : step == CareerStep.Van ? CareerStep.Erfaren : null;

    private static string Named<T>(T value)
        where T : CodedValue<T> => $"{value.DisplayName} ({value.Code})";

    private string Areas() => string.Join(", ", policy!.WorkAreas.Select(a => a.Code));

    private string Write()
    {
        EligibilityReasonCode code = Code;
        if (code == EligibilityReasonCode.EligibleByYears)
        {
            var step = (CareerStep)subject!;
            string text = $"{Years(years)} in the profession: {Range(step)}";
            return NextStep(step) is not CareerStep next || !flag ? text
                : date is LocalDate begins ? $"{text}; {next.DisplayName} begins on {Iso(begins)}"
                : $"{text}; {next.DisplayName} would begin after {Iso(LocalDate.MaxIsoValue)}, the end of the calendar";
        }

        if (code == EligibilityReasonCode.EligibleByRole)
        {
            return $"{Named((Role)subject!)}: supervisors and managers are in {CareerStep.ArbetsledareOchChef.DisplayName} whatever their years in the profession ({Years(years)})";
        }

        if (code == EligibilityReasonCode.NotInProfessionOnAsOfDate)
        {
            string text = $"Not in the profession on {Iso(date!.Value)} (last day in the profession {Iso(otherDate)}): the days in the profession are counted back from the as-of date";
            return NextStep((CareerStep)subject!) is CareerStep next
                ? $"{text}, and the day {next.DisplayName} begins is not known until they return"
                : text;
        }

        if (code == EligibilityReasonCode.StepOpen)
        {
            return $"{((CareerStep)subject!).DisplayName} has been open in the region since {Iso(date!.Value)}";
        }

        if (code == EligibilityReasonCode.StepNotOpenYet)
        {
            return $"{((CareerStep)subject!).DisplayName} is not open in the region on {Iso(otherDate)}: it opens on {Iso(date!.Value)}";
        }

        if (code == EligibilityReasonCode.StepHasNoOpeningDate)
        {
            return $"{((CareerStep)subject!).DisplayName} is not open in the region: it has no opening date yet";
        }

        if (code == EligibilityReasonCode.RoleExcluded)
        {
            return $"{Named((Role)subject!)} is a role the region's policy does not cover";
        }

        if (code == EligibilityReasonCode.RoleOutsideTargetGroup)
        {
            return $"{Named((Role)subject!)} is not a role of the target group, which is social secretaries, supervisors and managers";
        }

        if (code == EligibilityReasonCode.EmployerExcluded)
        {
            return $"{Named((EmployerKind)subject!)} is an employer the region's policy does not cover: the journey is for municipal staff";
        }

        if (code == EligibilityReasonCode.WorkAreaMissing)
        {
            return $"No work area was given, and a {((Role)subject!).Code} must work in one of the target group's work areas: {Areas()}";
        }

        if (code == EligibilityReasonCode.WorkAreaOutsideTargetGroup)
        {
            return $"The work area {subject} is outside the target group, whose work areas are {Areas()}";
        }

        return $"No day in the profession on or before {Iso(date!.Value)}: the first period starts on {Iso(otherDate)}";
    }
}
