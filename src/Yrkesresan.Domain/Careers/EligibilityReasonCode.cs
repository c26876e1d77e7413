namespace Yrkesresan.Domain.Careers;

/// <summary>
/// Why an eligibility decision is what it is (rule <c>STEP-7</c>): a closed set of stable,
/// snake_case <see cref="CodedValue{TEnum}.Code"/>s that callers may rely on, each with a readable
/// message in the <see cref="EligibilityReason"/> that carries it.
/// </summary>
/// <remarks>
/// The codes that explain a step come first (<see cref="IsRefusal"/> is false); those that make a
/// person not eligible follow, in the order a decision lists them.
/// </remarks>
public sealed class EligibilityReasonCode : CodedValue<EligibilityReasonCode>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>
    /// <c>eligible_by_years</c>: a social secretary is in Ny, Van or Erfaren by their completed years
    /// (rule <c>STEP-2</c>); for Ny and Van the message gives the day the next step begins.
    /// </summary>
    public static readonly EligibilityReasonCode EligibleByYears = new(nameof(EligibleByYears), 1, "eligible_by_years", "Behörig efter år i yrket", refusal: false);

    /// <summary><c>eligible_by_role</c>: a supervisor or manager is in Arbetsledare och chef whatever their years (rule <c>STEP-4</c>).</summary>
    public static readonly EligibilityReasonCode EligibleByRole = new(nameof(EligibleByRole), 2, "eligible_by_role", "Behörig efter roll", refusal: false);

    /// <summary>
    /// <c>not_in_profession_on_as_of_date</c>: an eligible person is not in the profession on the as-of
    /// date (they left, or are between periods): completed years are those of their last day in the
    /// profession, and no next-step date is given (rules <c>STEP-3</c>, <c>STEP-7</c>).
    /// </summary>
    public static readonly EligibilityReasonCode NotInProfessionOnAsOfDate = new(nameof(NotInProfessionOnAsOfDate), 3, "not_in_profession_on_as_of_date", "Inte i yrket på dagen", refusal: false);

    /// <summary><c>step_open</c>: the person's step is open in the region on the as-of date (rule <c>STEP-8</c>).</summary>
    public static readonly EligibilityReasonCode StepOpen = new(nameof(StepOpen), 4, "step_open", "Steget är öppet", refusal: false);

    /// <summary><c>step_not_open_yet</c>: the person's step opens in the region after the as-of date; the message gives the day (rule <c>STEP-8</c>).</summary>
    public static readonly EligibilityReasonCode StepNotOpenYet = new(nameof(StepNotOpenYet), 5, "step_not_open_yet", "Steget är inte öppet än", refusal: false);

    /// <summary><c>step_has_no_opening_date</c>: the region has not set a day for the person's step to open, so it is not open (rule <c>STEP-8</c>).</summary>
    public static readonly EligibilityReasonCode StepHasNoOpeningDate = new(nameof(StepHasNoOpeningDate), 6, "step_has_no_opening_date", "Steget har inget startdatum", refusal: false);

    /// <summary><c>role_excluded</c>: the region's policy does not cover the person's role (rule <c>STEP-6</c>).</summary>
    public static readonly EligibilityReasonCode RoleExcluded = new(nameof(RoleExcluded), 7, "role_excluded", "Rollen omfattas inte", refusal: true);

    /// <summary>
    /// <c>role_outside_target_group</c>: the person's role is not a target-group role (rule <c>STEP-5</c>:
    /// social secretaries, supervisors and managers), though the policy does not exclude it by name.
    /// </summary>
    public static readonly EligibilityReasonCode RoleOutsideTargetGroup = new(nameof(RoleOutsideTargetGroup), 8, "role_outside_target_group", "Rollen är utanför målgruppen", refusal: true);

    /// <summary><c>employer_excluded</c>: the region's policy does not cover the person's kind of employer (rule <c>STEP-6</c>).</summary>
    public static readonly EligibilityReasonCode EmployerExcluded = new(nameof(EmployerExcluded), 9, "employer_excluded", "Arbetsgivaren omfattas inte", refusal: true);

    /// <summary><c>work_area_missing</c>: a social secretary stated no work area, and must work in one of the target group's (rule <c>STEP-5</c>).</summary>
    public static readonly EligibilityReasonCode WorkAreaMissing = new(nameof(WorkAreaMissing), 10, "work_area_missing", "Arbetsområde saknas", refusal: true);

    /// <summary>
    /// <c>work_area_outside_target_group</c>: the work area stated is not one of the policy's work
    /// areas, or is another word (rule <c>STEP-5</c>).
    /// </summary>
    public static readonly EligibilityReasonCode WorkAreaOutsideTargetGroup = new(nameof(WorkAreaOutsideTargetGroup), 11, "work_area_outside_target_group", "Arbetsområdet är utanför målgruppen", refusal: true);

    /// <summary><c>not_yet_in_profession</c>: no day in the profession is on or before the as-of date (rule <c>STEP-3</c>).</summary>
    public static readonly EligibilityReasonCode NotYetInProfession = new(nameof(NotYetInProfession), 12, "not_yet_in_profession", "Ännu inte i yrket", refusal: true);

    private EligibilityReasonCode(string name, int value, string code, string displayName, bool refusal)
        : base(name, value, code, displayName)
    {
        IsRefusal = refusal;
    }
    // Stryker restore all

    /// <summary>Whether the reason makes a person not eligible; the others explain an eligible person's step.</summary>
    public bool IsRefusal { get; }
}
