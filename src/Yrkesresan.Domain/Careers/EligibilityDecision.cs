using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Careers;

/// <summary>
/// The answer to "which step is this person in on this day, and why" (rule <c>STEP-7</c>): eligible
/// or not, the step, the completed years, the day the next step begins, whether the step is open in
/// the region, and every reason as a stable code and a readable message. Made by
/// <see cref="Eligibility.Decide(Person, EligibilityPolicy, LocalDate)"/>.
/// </summary>
/// <remarks>
/// <para>
/// A person who is not eligible never has a <see cref="Step"/>, and gets every reason that applies
/// (e.g. both an excluded role and an excluded employer). An eligible person gets why they are in
/// their step, and whether it is open.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class EligibilityDecision
{
    private readonly EligibilityReason[] reasons;

    internal EligibilityDecision(
        LocalDate asOf,
        CareerStep? step,
        int completedYears,
        CareerStep? nextStep,
        LocalDate? nextStepDate,
        LocalDate? stepOpening,
        EligibilityReason[] reasons)
    {
        AsOf = asOf;
        Step = step;
        CompletedYears = completedYears;
        NextStep = nextStep;
        NextStepDate = nextStepDate;
        StepOpening = stepOpening;
        this.reasons = reasons;
    }

    /// <summary>The day the decision is for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Whether the person is eligible for a step (then <see cref="Step"/> is set).</summary>
    public bool IsEligible => Step is not null;

    /// <summary>The step the person is eligible for (rule <c>STEP-1</c>), or <see langword="null"/> when they are not eligible.</summary>
    public CareerStep? Step { get; }

    /// <summary>
    /// The completed years in the profession (rules <c>STEP-2</c>, <c>STEP-3</c>), for everyone, eligible
    /// or not: see <see cref="ProfessionalHistory.CompletedYears"/>. 0 when no day in the profession is on or before <see cref="AsOf"/>.
    /// </summary>
    public int CompletedYears { get; }

    /// <summary>
    /// The step after <see cref="Step"/> by years (Van after Ny, Erfaren after Van), or
    /// <see langword="null"/>: for Erfaren and Arbetsledare och chef, for a person not eligible, and
    /// for one not in the profession on <see cref="AsOf"/> (a reason says so).
    /// </summary>
    public CareerStep? NextStep { get; }

    /// <summary>
    /// The day <see cref="NextStep"/> begins if the person stays in the profession: the day their
    /// completed years reach 2 (for Ny) or 5 (for Van), that is the equivalent continuous start plus 2
    /// or 5 years (rule <c>STEP-7</c>). <see langword="null"/> whenever <see cref="NextStep"/> is, and
    /// when the day would be after 9999-12-31.
    /// </summary>
    public LocalDate? NextStepDate { get; }

    /// <summary>Whether <see cref="Step"/> is open in the region on <see cref="AsOf"/> (rule <c>STEP-8</c>); <see langword="false"/> when the person is not eligible.</summary>
    public bool IsOpenInRegion => StepOpening is LocalDate opening && opening <= AsOf;

    /// <summary>
    /// The day the region opens <see cref="Step"/> (rule <c>STEP-8</c>), before or after <see cref="AsOf"/>;
    /// <see langword="null"/> when the step has no opening date, or the person is not eligible.
    /// </summary>
    public LocalDate? StepOpening { get; }

    /// <summary>
    /// Every reason, in order: for an eligible person why they are in their step, then whether it is
    /// open; for one who is not, every reason that applies (role, employer, work area, time in the profession).
    /// </summary>
    public ImmutableArray<EligibilityReason> Reasons => ImmutableCollectionsMarshal.AsImmutableArray(reasons);

    /// <summary>
    /// The decision in a few lines, in the current UI culture: a headline, then one line per reason with its code, e.g.
    /// <code>
    /// Eligible on 2024-05-01 for Van, open in the region
    ///   eligible_by_years: 3 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2026-03-01
    ///   step_open: Van has been open in the region since 2023-01-01
    /// </code>
    /// </summary>
    /// <returns>The explanation, lines separated by <c>\n</c>.</returns>
    public string Explain()
    {
        string day = LocalDatePattern.Iso.Format(AsOf);
        var text = new StringBuilder();
        text.Append(Step is CareerStep step
            ? LocalizedText.Format(
                IsOpenInRegion ? CareerTexts.DecisionEligibleOpen
                : StepOpening is null ? CareerTexts.DecisionEligibleNotOpen
                : CareerTexts.DecisionEligibleNotOpenYet,
                day,
                step.DisplayName)
            : LocalizedText.Format(CareerTexts.DecisionNotEligible, day));
        foreach (EligibilityReason reason in reasons)
        {
            text.Append("\n  ").Append(reason.ToString());
        }

        return text.ToString();
    }

    /// <summary>The same as <see cref="Explain"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explain();
}
