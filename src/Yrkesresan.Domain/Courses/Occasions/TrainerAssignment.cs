using System.Collections.Immutable;
using NodaTime;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>
/// One trainer (<i>utbildare</i>) of a course occasion (rule <c>COURSE-6</c>): the municipality that
/// employs the trainer, or none for a trainer from outside the region's municipalities, and the days
/// the trainer taught.
/// </summary>
/// <remarks>
/// <para>
/// Each assignment is one person: two trainers from the same municipality are two assignments, and
/// their days add up in the trainer pot's distribution (rule <c>POT-2</c>). An external trainer's
/// days do not count (rule <c>POT-3</c>).
/// </para>
/// <para>
/// The occasion that holds an assignment checks it: every date is one of the occasion's days, none is
/// given twice, and the list, when given, is not empty. This type is immutable and safe to share
/// between threads.
/// </para>
/// </remarks>
public sealed record TrainerAssignment
{
    /// <summary>Creates a trainer assignment.</summary>
    /// <param name="municipality">The trainer's municipality, or <see langword="null"/> for an external trainer.</param>
    /// <param name="dates">The dates the trainer taught, or <see langword="null"/> (the default) for every day of the occasion.</param>
    public TrainerAssignment(MunicipalityCode? municipality, IEnumerable<LocalDate>? dates = null)
    {
        Municipality = municipality;
        Dates = dates is null ? null : [.. dates];
    }

    /// <summary>The trainer's municipality; <see langword="null"/> for a trainer from outside the region's municipalities.</summary>
    public MunicipalityCode? Municipality { get; }

    /// <summary>The dates the trainer taught, in the order given; <see langword="null"/> means every day of the occasion.</summary>
    public ImmutableArray<LocalDate>? Dates { get; }

    /// <summary>Whether the trainer is from outside the region's municipalities (rule <c>POT-3</c>).</summary>
    public bool IsExternal => Municipality is null;

    /// <summary>Whether another assignment has the same municipality and the same dates, in the same order.</summary>
    /// <param name="other">The other assignment.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(TrainerAssignment? other) =>
        other is not null
        && Municipality == other.Municipality
        && (Dates is null
            ? other.Dates is null
            : other.Dates is not null && Dates.Value.SequenceEqual(other.Dates.Value));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Municipality, Dates?.Length ?? -1);

    /// <summary>
    /// The municipality (or "external") and the dates in the current UI culture, e.g. <c>"2581 on 2023-03-14"</c> or
    /// <c>"external on every day"</c>, in Swedish <c>"2581: 2023-03-14"</c> or <c>"extern: alla dagar"</c>.
    /// </summary>
    /// <returns>The assignment as text.</returns>
    public override string ToString() => LocalizedText.Format(
        OccasionTexts.TrainerSummary,
        Municipality is { } code ? code.ToString() : OccasionTexts.ExternalTrainer,
        Dates is { } dates ? string.Join(", ", dates.Select(d => NodaTime.Text.LocalDatePattern.Iso.Format(d))) : OccasionTexts.EveryDay);
}
