namespace Yrkesresan.Domain.Careers;

/// <summary>
/// The kind of employer a person works for (rule <c>STEP-6</c>): the journey is for municipal
/// staff, and staff of non-municipal providers are not covered.
/// </summary>
/// <remarks>Region files spell an employer kind by its <see cref="CodedValue{TEnum}.Code"/>: <c>"kommun"</c> or <c>"annan"</c>.</remarks>
public sealed class EmployerKind : CodedValue<EmployerKind>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>A municipality (<i>kommun</i>), code <c>kommun</c>: the journey's employer.</summary>
    public static readonly EmployerKind Kommun = new(nameof(Kommun), 1, "kommun", "Kommun");

    /// <summary>Any other employer, such as a non-municipal provider (<i>annan arbetsgivare</i>), code <c>annan</c>.</summary>
    public static readonly EmployerKind Annan = new(nameof(Annan), 2, "annan", "Annan arbetsgivare");

    private EmployerKind(string name, int value, string code, string displayName)
        : base(name, value, code, displayName)
    {
    }
    // Stryker restore all
}
