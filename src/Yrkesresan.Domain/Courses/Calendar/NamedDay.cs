using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Courses.Calendar;

/// <summary>
/// One named day of a year of the Swedish calendar (rule <c>COURSE-7</c>): a date and the public
/// holiday or eve that falls on it. Two named days can share a date (Ascension Day and 1 May in 2008).
/// </summary>
/// <remarks>
/// Named days come from <see cref="SwedishCalendar.NamedDays"/> only, so each is true of its year.
/// This type is immutable and safe to share between threads.
/// </remarks>
public sealed record NamedDay
{
    /// <summary>Creates a named day; the calendar does, for the dates its holidays' rules give.</summary>
    /// <param name="date">The date.</param>
    /// <param name="holiday">The public holiday or eve on that date.</param>
    internal NamedDay(LocalDate date, SwedishHoliday holiday)
    {
        Date = date;
        Holiday = holiday;
    }

    /// <summary>The date, in the ISO calendar.</summary>
    public LocalDate Date { get; }

    /// <summary>The public holiday or eve that falls on <see cref="Date"/>.</summary>
    public SwedishHoliday Holiday { get; }

    /// <summary>The date and the Swedish name, e.g. <c>"2008-05-01 Kristi himmelsfärdsdag"</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{LocalDatePattern.Iso.Format(Date)} {Holiday.DisplayName}";
}
