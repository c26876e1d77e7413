using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Careers;

/// <summary>
/// One reason in an eligibility decision (rule <c>STEP-7</c>): a stable <see cref="Code"/> and a
/// readable <see cref="Message"/> that names the numbers and dates behind it, e.g.
/// <c>eligible_by_years</c>, "3 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2026-03-01".
/// </summary>
/// <remarks>
/// <para>
/// A reason holds the facts and writes its message when asked, so that deciding costs no string
/// formatting, and so that the message is in the language of whoever reads it. Two reasons are equal
/// when they have the same code and the same facts.
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

    /// <summary>
    /// The reason as a readable sentence, naming the numbers and dates behind it, written when read in the
    /// current UI culture (English, or Swedish for a Swedish culture: "Steget Van har varit öppet i regionen sedan 2023-01-01").
    /// </summary>
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
        years == 1 ? CareerTexts.ReasonYearsOne : LocalizedText.Format(CareerTexts.ReasonYearsMany, years);

    private static string Range(CareerStep step) => step.MaxCompletedYearsExclusive is int max
        ? LocalizedText.Format(CareerTexts.ReasonStepRange, step.DisplayName, step.MinCompletedYears, max)
        : LocalizedText.Format(CareerTexts.ReasonStepRangeOpen, step.DisplayName, step.MinCompletedYears);

    private static CareerStep? NextStep(CareerStep step) =>
        step == CareerStep.Ny ? CareerStep.Van : step == CareerStep.Van ? CareerStep.Erfaren : null;

    private static string Named<T>(T value)
        where T : CodedValue<T> => $"{value.DisplayName} ({value.Code})";

    private static string Step(object? subject) => ((CareerStep)subject!).DisplayName;

    private string Areas() => string.Join(", ", policy!.WorkAreas.Select(a => a.Code));

    private string Write()
    {
        EligibilityReasonCode code = Code;
        if (code == EligibilityReasonCode.EligibleByYears)
        {
            var step = (CareerStep)subject!;
            return NextStep(step) is not CareerStep next || !flag
                ? LocalizedText.Format(CareerTexts.ReasonEligibleByYears, Years(years), Range(step))
                : date is LocalDate begins
                    ? LocalizedText.Format(CareerTexts.ReasonEligibleByYearsNextStep, Years(years), Range(step), next.DisplayName, Iso(begins))
                    : LocalizedText.Format(CareerTexts.ReasonEligibleByYearsNextStepBeyondCalendar, Years(years), Range(step), next.DisplayName, Iso(LocalDate.MaxIsoValue));
        }

        if (code == EligibilityReasonCode.EligibleByRole)
        {
            return LocalizedText.Format(CareerTexts.ReasonEligibleByRole, Named((Role)subject!), CareerStep.ArbetsledareOchChef.DisplayName, Years(years));
        }

        if (code == EligibilityReasonCode.NotInProfessionOnAsOfDate)
        {
            return NextStep((CareerStep)subject!) is CareerStep next
                ? LocalizedText.Format(CareerTexts.ReasonNotInProfessionOnAsOfDateNextStep, Iso(date!.Value), Iso(otherDate), next.DisplayName)
                : LocalizedText.Format(CareerTexts.ReasonNotInProfessionOnAsOfDate, Iso(date!.Value), Iso(otherDate));
        }

        if (code == EligibilityReasonCode.StepOpen)
        {
            return LocalizedText.Format(CareerTexts.ReasonStepOpen, Step(subject), Iso(date!.Value));
        }

        if (code == EligibilityReasonCode.StepNotOpenYet)
        {
            return LocalizedText.Format(CareerTexts.ReasonStepNotOpenYet, Step(subject), Iso(otherDate), Iso(date!.Value));
        }

        if (code == EligibilityReasonCode.StepHasNoOpeningDate)
        {
            return LocalizedText.Format(CareerTexts.ReasonStepHasNoOpeningDate, Step(subject));
        }

        if (code == EligibilityReasonCode.RoleExcluded)
        {
            return LocalizedText.Format(CareerTexts.ReasonRoleExcluded, Named((Role)subject!));
        }

        if (code == EligibilityReasonCode.RoleOutsideTargetGroup)
        {
            return LocalizedText.Format(CareerTexts.ReasonRoleOutsideTargetGroup, Named((Role)subject!));
        }

        if (code == EligibilityReasonCode.EmployerExcluded)
        {
            return LocalizedText.Format(CareerTexts.ReasonEmployerExcluded, Named((EmployerKind)subject!));
        }

        if (code == EligibilityReasonCode.WorkAreaMissing)
        {
            return LocalizedText.Format(CareerTexts.ReasonWorkAreaMissing, ((Role)subject!).Code, Areas());
        }

        if (code == EligibilityReasonCode.WorkAreaOutsideTargetGroup)
        {
            return LocalizedText.Format(CareerTexts.ReasonWorkAreaOutsideTargetGroup, subject, Areas());
        }

        return LocalizedText.Format(CareerTexts.ReasonNotYetInProfession, Iso(date!.Value), Iso(otherDate));
    }
}
