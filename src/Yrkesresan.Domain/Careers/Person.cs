using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.Careers;

/// <summary>
/// A person as eligibility sees them (rules <c>STEP-4</c> to <c>STEP-6</c>): their role, their kind of
/// employer, the work area they state and their time in the profession.
/// </summary>
/// <remarks>This type is immutable and safe to share between threads.</remarks>
public sealed class Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="role">The role.</param>
    /// <param name="employer">The kind of employer.</param>
    /// <param name="history">The periods in the profession.</param>
    /// <param name="workArea">The work area stated, known or another word; <see cref="PersonWorkArea.None"/> (the default) when none is given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="role"/>, <paramref name="employer"/> or <paramref name="history"/> is null.</exception>
    public Person(Role role, EmployerKind employer, ProfessionalHistory history, PersonWorkArea workArea = default)
    {
        Guard.Against.Null(role);
        Guard.Against.Null(employer);
        Guard.Against.Null(history);
        Role = role;
        Employer = employer;
        History = history;
        WorkArea = workArea;
    }

    /// <summary>The role.</summary>
    public Role Role { get; }

    /// <summary>The kind of employer.</summary>
    public EmployerKind Employer { get; }

    /// <summary>The periods in the profession.</summary>
    public ProfessionalHistory History { get; }

    /// <summary>The work area stated: known, another word, or none.</summary>
    public PersonWorkArea WorkArea { get; }

    /// <summary>The person in the tool's words, e.g. <c>"socialsekreterare, work area utredning, employer kommun, periods 2019-03-01.."</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => LocalizedText.Format(CareerTexts.PersonSummary, Role.Code, WorkArea, Employer.Code, History);
}
