using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>
/// Participants a municipality registered for a course occasion (rule <c>COURSE-6</c>): the
/// municipality pays for each of them and each course day, whether or not each day was attended
/// (rule <c>FEE-3</c>).
/// </summary>
/// <remarks>
/// The occasion that holds a registration checks it: the count is at least one, and (in a
/// <see cref="Ledger"/>) the municipality is one of the region's. A municipality may register on
/// more than one line; the lines add up. This type is immutable and safe to share between threads.
/// </remarks>
/// <param name="Municipality">The municipality that registered the participants and is billed for them.</param>
/// <param name="Count">How many participants it registered: at least one.</param>
public sealed record ParticipantRegistration(MunicipalityCode Municipality, int Count)
{
    /// <summary>The code and the count, e.g. <c>"2580 × 4"</c>.</summary>
    /// <returns>The registration as text.</returns>
    public override string ToString() => $"{Municipality} × {Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
