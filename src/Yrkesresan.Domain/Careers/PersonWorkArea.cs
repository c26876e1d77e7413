using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.Careers;

/// <summary>
/// The work area a person states (rule <c>STEP-5</c>): one of the known <see cref="WorkArea"/>s,
/// another word (any other area of work, which is outside every region's target group), or none.
/// </summary>
/// <remarks>
/// <para>
/// The <see langword="default"/> value is <see cref="None"/>. A known code is always held as its
/// <see cref="WorkArea"/>, never as another word, so two values that mean the same area are equal.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public readonly record struct PersonWorkArea
{
    private PersonWorkArea(WorkArea? known, string? otherWord)
    {
        Known = known;
        OtherWord = otherWord;
    }

    /// <summary>No work area given.</summary>
    public static PersonWorkArea None => default;

    /// <summary>The known work area, or <see langword="null"/> when none is given or the area is <see cref="OtherWord"/>.</summary>
    public WorkArea? Known { get; }

    /// <summary>The word for an area of work that is none of the known <see cref="WorkArea"/>s, or <see langword="null"/>.</summary>
    public string? OtherWord { get; }

    /// <summary>Whether a work area is given, known or not.</summary>
    public bool IsGiven => Known is not null || OtherWord is not null;

    /// <summary>A known work area.</summary>
    /// <param name="area">The area.</param>
    /// <returns>The stated work area.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public static PersonWorkArea Of(WorkArea area)
    {
        Guard.Against.Null(area);
        return new(area, null);
    }

    /// <summary>An area of work that is none of the known <see cref="WorkArea"/>s, and so outside the target group.</summary>
    /// <param name="word">The word, as given; not blank, and not the code of a known work area.</param>
    /// <returns>The stated work area.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="word"/> is blank, or is the code of a known work area (use <see cref="Of"/> or <see cref="FromText"/>).</exception>
    public static PersonWorkArea Other(string word)
    {
        Guard.Against.NullOrWhiteSpace(word, message: "Another work area needs its word; it must not be blank.");
        return WorkArea.TryFromCode(word, out WorkArea? known)
            ? throw new ArgumentException($"'{word}' is the code of the known work area {known.DisplayName}; state it as a known work area.", nameof(word))
            : new(null, word);
    }

    /// <summary>
    /// The work area a text names, as the tool reads it: nothing or blank is <see cref="None"/>, a
    /// work area's exact code (e.g. <c>utredning</c>) is that area, and any other word is <see cref="Other"/>.
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The stated work area.</returns>
    public static PersonWorkArea FromText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? None
        : WorkArea.TryFromCode(text, out WorkArea? known) ? new(known, null)
        : new(null, text);

    /// <summary>The work area as the tool writes it: the known area's code, the other word, or <c>"none"</c> (in Swedish <c>"inget"</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Known?.Code ?? OtherWord ?? CareerTexts.NoWorkArea;
}
