using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>
/// One course day of a course occasion (rule <c>COURSE-6</c>): its date and how it is given, on site
/// or digitally (rule <c>COURSE-3</c>).
/// </summary>
/// <remarks>
/// A day on its own is only a pair; the occasion that holds it checks that its days are Swedish
/// working days (rule <c>COURSE-7</c>) in strictly increasing order. This type is immutable and safe
/// to share between threads.
/// </remarks>
/// <param name="Date">The date of the course day, in the ISO calendar.</param>
/// <param name="Mode">How the day is given.</param>
public sealed record OccasionDay(LocalDate Date, DeliveryMode Mode)
{
    /// <summary>The date and the mode's code, e.g. <c>"2023-03-14 onsite"</c>.</summary>
    /// <returns>The day as text.</returns>
    public override string ToString() => $"{LocalDatePattern.Iso.Format(Date)} {Mode?.Code}";
}
