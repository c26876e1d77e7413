namespace Yrkesresan.Domain.Careers;

/// <summary>
/// A person's role in social child and youth welfare, as eligibility sees it. The target group
/// (rule <c>STEP-5</c>) is social secretaries, supervisors and managers; managers in higher
/// positions, administrative staff and politicians are not covered (rule <c>STEP-6</c>).
/// </summary>
/// <remarks>
/// Region files spell a role by its <see cref="CodedValue{TEnum}.Code"/>, e.g. <c>"hogre-chef"</c>.
/// The set is ordered by value, from 1: the target-group roles first.
/// </remarks>
public sealed class Role : CodedValue<Role>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>A social secretary (<i>socialsekreterare</i>), code <c>socialsekreterare</c>: in the target group.</summary>
    public static readonly Role Socialsekreterare = new(nameof(Socialsekreterare), 1, "socialsekreterare", "Socialsekreterare", inTargetGroup: true, supervisorOrManager: false);

    /// <summary>A supervisor (<i>arbetsledare</i>), code <c>arbetsledare</c>: in the target group, and in step 4 (rule <c>STEP-4</c>).</summary>
    public static readonly Role Arbetsledare = new(nameof(Arbetsledare), 2, "arbetsledare", "Arbetsledare", inTargetGroup: true, supervisorOrManager: true);

    /// <summary>A manager (<i>chef</i>), code <c>chef</c>: in the target group, and in step 4 (rule <c>STEP-4</c>).</summary>
    public static readonly Role Chef = new(nameof(Chef), 3, "chef", "Chef", inTargetGroup: true, supervisorOrManager: true);

    /// <summary>A manager in a higher position (<i>chef i högre befattning</i>), code <c>hogre-chef</c>: not covered (rule <c>STEP-6</c>).</summary>
    public static readonly Role HogreChef = new(nameof(HogreChef), 4, "hogre-chef", "Högre chef", inTargetGroup: false, supervisorOrManager: false);

    /// <summary>Administrative staff (<i>administrativ personal</i>), code <c>administrativ</c>: not covered (rule <c>STEP-6</c>).</summary>
    public static readonly Role Administrativ = new(nameof(Administrativ), 5, "administrativ", "Administrativ personal", inTargetGroup: false, supervisorOrManager: false);

    /// <summary>A politician (<i>politiker</i>), code <c>politiker</c>: not covered (rule <c>STEP-6</c>).</summary>
    public static readonly Role Politiker = new(nameof(Politiker), 6, "politiker", "Politiker", inTargetGroup: false, supervisorOrManager: false);

    private Role(string name, int value, string code, string displayName, bool inTargetGroup, bool supervisorOrManager)
        : base(name, value, code, displayName)
    {
        IsInTargetGroup = inTargetGroup;
        IsSupervisorOrManager = supervisorOrManager;
    }
    // Stryker restore all

    /// <summary>
    /// Whether the role is in the target group (rule <c>STEP-5</c>): <see cref="Socialsekreterare"/>,
    /// <see cref="Arbetsledare"/> and <see cref="Chef"/>. A region cannot exclude these roles.
    /// </summary>
    public bool IsInTargetGroup { get; }

    /// <summary>
    /// Whether the role is a supervisor or manager in the target group, who is in step 4 whatever
    /// their years (rule <c>STEP-4</c>): <see cref="Arbetsledare"/> and <see cref="Chef"/>.
    /// </summary>
    public bool IsSupervisorOrManager { get; }
}
