using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Courses.Calendar;

/// <summary>
/// The Swedish working-day calendar (rule <c>COURSE-7</c>): course days fall on working days, and a
/// day is not one when it is a Saturday, a Sunday, a public holiday under Swedish law as it stood that
/// year, midsummer eve, Christmas eve or New Year's eve (<see cref="SwedishHoliday"/>).
/// </summary>
/// <remarks>
/// <para>
/// The calendar is exact for every year from <see cref="FirstYear"/> (1953, when Midsummer Day and
/// All Saints' Day became the Saturdays of their weeks) to <see cref="LastYear"/> (2199). A year or
/// a date outside that range is refused with an <see cref="ArgumentOutOfRangeException"/>, never
/// guessed; a date in another calendar system than ISO with an <see cref="ArgumentException"/>.
/// </para>
/// <para>
/// Each year is worked out once, when first asked for, and kept. All members are safe to call from
/// any number of threads at once; <see cref="IsWorkingDay"/> allocates nothing once its year is known.
/// </para>
/// </remarks>
public static class SwedishCalendar
{
    private const int First = 1953;
    private const int Last = 2199;

    /// <summary>The years worked out so far, by year less <see cref="First"/>.</summary>
    private static readonly CalendarYear?[] Years = new CalendarYear?[YearCount];

    /// <summary>How many years the calendar covers: a constant, so that the array's size is not a mutant of the static initialiser.</summary>
    private const int YearCount = Last - First + 1;

    /// <summary>The first year the calendar is exact for: 1953.</summary>
    public static int FirstYear => First;

    /// <summary>The last year the calendar is exact for: 2199.</summary>
    public static int LastYear => Last;

    /// <summary>Whether the calendar is exact for a year: from <see cref="FirstYear"/> to <see cref="LastYear"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when the other members take the year (or its dates).</returns>
    public static bool Covers(int year) => year is >= First and <= Last;

    /// <summary>Easter Sunday of a year, by the Gregorian computus.</summary>
    /// <param name="year">The year, from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <returns>Easter Sunday, between 22 March and 25 April.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the calendar's years; the message says which they are.</exception>
    public static LocalDate EasterSunday(int year)
    {
        CheckYear(year);
        return Computus.EasterSunday(year);
    }

    /// <summary>
    /// A year's public holidays and eves: 16 named days in every year (13 public holidays, 3 eves), by
    /// date, and in the order of <see cref="SwedishHoliday"/> where two share a date.
    /// </summary>
    /// <param name="year">The year, from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <returns>The named days. Saturdays and Sundays that are not named are not listed, though they are not working days either.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the calendar's years; the message says which they are.</exception>
    public static ImmutableArray<NamedDay> NamedDays(int year)
    {
        CheckYear(year);
        return Year(year).NamedDays;
    }

    /// <summary>The public holidays and eves that fall on a date.</summary>
    /// <param name="date">The date, in the ISO calendar, in a year from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <returns>The named days on the date, in the order of <see cref="SwedishHoliday"/>: none on most days, two on 1 May 2008.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the calendar's years; the message says which they are.</exception>
    public static ImmutableArray<SwedishHoliday> NamesOf(LocalDate date)
    {
        CheckDate(date);
        return [.. Year(date.Year).NamedDays.Where(d => d.Date == date).Select(d => d.Holiday)];
    }

    /// <summary>
    /// Whether a date is a Swedish working day: not a Saturday, not a Sunday, not a public holiday as the
    /// law stood that year, and not midsummer eve, Christmas eve or New Year's eve.
    /// </summary>
    /// <param name="date">The date, in the ISO calendar, in a year from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <returns><see langword="true"/> when a course day may fall on the date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the calendar's years; the message says which they are.</exception>
    public static bool IsWorkingDay(LocalDate date)
    {
        CheckDate(date);
        return Year(date.Year).IsWorkingDay(date);
    }

    /// <summary>
    /// What a day that is not a working day is, for messages in the current UI culture: the Swedish names of its
    /// named days in both languages (<c>"Trettondedag jul"</c>, <c>"Första maj and Kristi himmelsfärdsdag"</c>,
    /// in Swedish <c>"Första maj och Kristi himmelsfärdsdag"</c>), or else its weekend day (<c>"a Saturday"</c>,
    /// <c>"en lördag"</c>).
    /// </summary>
    /// <param name="date">A date of a year the calendar covers that is not a working day.</param>
    /// <returns>The name.</returns>
    internal static string DayOffName(LocalDate date)
    {
        ImmutableArray<SwedishHoliday> names = NamesOf(date);
        if (names.IsEmpty)
        {
            // A day that is neither a working day nor a named day is a Saturday or a Sunday.
            return date.DayOfWeek == IsoDayOfWeek.Saturday ? CalendarTexts.Saturday : CalendarTexts.Sunday;
        }

        string name = names[0].DisplayName;
        for (int i = 1; i < names.Length; i++)
        {
            name = LocalizedText.Format(CalendarTexts.TwoHolidays, name, names[i].DisplayName);
        }

        return name;
    }

    /// <summary>Refuses a year outside the calendar's range.</summary>
    /// <param name="year">The year.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the range.</exception>
    internal static void CheckYear(int year)
    {
        if (!Covers(year))
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                string.Create(CultureInfo.InvariantCulture, $"The Swedish calendar is exact from {First} to {Last}; {year} is outside it."));
        }
    }

    private static void CheckDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The Swedish calendar takes dates in the ISO calendar, but this one is in the {date.Calendar.Id} calendar.", nameof(date));
        }

        if (!Covers(date.Year))
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"The Swedish calendar is exact from {First} to {Last}; {LocalDatePattern.Iso.Format(date)} is outside it."));
        }
    }

    /// <summary>The year, worked out on first use. Two threads may both work it out; both get the one kept first.</summary>
    private static CalendarYear Year(int year)
    {
        ref CalendarYear? slot = ref Years[year - First];
        if (Volatile.Read(ref slot) is CalendarYear known)
        {
            return known;
        }

        CalendarYear made = CalendarYear.Of(year);
        return Interlocked.CompareExchange(ref slot, made, null) ?? made;
    }
}
