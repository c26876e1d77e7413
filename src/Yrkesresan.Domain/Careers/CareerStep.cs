namespace Yrkesresan.Domain.Careers;

/// <summary>
/// One of the four career steps of the journey (rule <c>STEP-1</c>): <see cref="Ny"/> (0-2 completed
/// years in the profession), <see cref="Van"/> (2-5), <see cref="Erfaren"/> (5 or more) and
/// <see cref="ArbetsledareOchChef"/> (supervisors and managers, whatever their years).
/// </summary>
/// <remarks>
/// The <see cref="CodedValue{TEnum}.Code"/> of a step is its C# name (<c>"Ny"</c>,
/// <c>"ArbetsledareOchChef"</c>), as region files and the tool's JSON spell it. Steps 1-3 are
/// half-open ranges of completed years (rule <c>STEP-2</c>).
/// </remarks>
public sealed class CareerStep : CodedValue<CareerStep>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>Step 1, <i>Ny</i>: new in the profession, [0, 2) completed years.</summary>
    public static readonly CareerStep Ny = new(nameof(Ny), 1, "Ny", 0, 2);

    /// <summary>Step 2, <i>Van</i>: practised, [2, 5) completed years.</summary>
    public static readonly CareerStep Van = new(nameof(Van), 2, "Van", 2, 5);

    /// <summary>Step 3, <i>Erfaren</i>: experienced, 5 or more completed years.</summary>
    public static readonly CareerStep Erfaren = new(nameof(Erfaren), 3, "Erfaren", 5, null);

    /// <summary>Step 4, <i>Arbetsledare och chef</i>: supervisors and managers, whatever their years (rule <c>STEP-4</c>).</summary>
    public static readonly CareerStep ArbetsledareOchChef = new(nameof(ArbetsledareOchChef), 4, "Arbetsledare och chef", null, null);

    private CareerStep(string name, int value, string displayName, int? minYears, int? maxYears)
        : base(name, value, name, displayName)
    {
        MinCompletedYears = minYears;
        MaxCompletedYearsExclusive = maxYears;
    }
    // Stryker restore all

    /// <summary>The fewest completed years of the step, or <see langword="null"/> for step 4, which is not by years.</summary>
    public int? MinCompletedYears { get; }

    /// <summary>The completed years at which the next step begins, or <see langword="null"/> when there is none (Erfaren, step 4).</summary>
    public int? MaxCompletedYearsExclusive { get; }

    /// <summary>Whether the step is decided by completed years (steps 1-3) rather than by role (step 4).</summary>
    public bool IsByYears => MinCompletedYears is not null;
}
