using System.Collections.Immutable;
using NodaTime;

namespace Yrkesresan.Domain.Courses.Calendar;

/// <summary>
/// One year of the Swedish calendar, worked out once: its named days in order, and which of its days
/// are not working days, one bit per day of the year.
/// </summary>
/// <remarks>Immutable once made, so safe to share between threads.</remarks>
internal sealed class CalendarYear
{
    private const int BitsPerWord = 64;

    /// <summary>Bit <c>n</c> is set when day <c>n + 1</c> of the year is not a working day.</summary>
    private readonly ulong[] daysOff;

    private CalendarYear(ImmutableArray<NamedDay> namedDays, ulong[] daysOff)
    {
        NamedDays = namedDays;
        this.daysOff = daysOff;
    }

    /// <summary>The year's public holidays and eves, by date, then in the order of <see cref="SwedishHoliday"/>.</summary>
    public ImmutableArray<NamedDay> NamedDays { get; }

    /// <summary>Works out a year.</summary>
    /// <param name="year">The year, already checked to be in the calendar's range.</param>
    /// <returns>The year.</returns>
    public static CalendarYear Of(int year)
    {
        ImmutableArray<NamedDay> namedDays =
        [
            .. SwedishHoliday.List
                .Select(holiday => (holiday, date: holiday.DateIn(year)))
                .Where(d => d.date is not null)
                .Select(d => new NamedDay(d.date!.Value, d.holiday))
                .OrderBy(d => d.Date)
                .ThenBy(d => d.Holiday.Value),
        ];

        var daysOff = new ulong[(366 + BitsPerWord - 1) / BitsPerWord];
        for (LocalDate day = new(year, 1, 1); day.Year == year; day = day.PlusDays(1))
        {
            if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                Set(daysOff, day);
            }
        }

        foreach (NamedDay namedDay in namedDays)
        {
            Set(daysOff, namedDay.Date);
        }

        return new CalendarYear(namedDays, daysOff);
    }

    /// <summary>Whether a day of this year is a working day.</summary>
    /// <param name="date">A day of this year.</param>
    /// <returns><see langword="true"/> unless the day is a Saturday, a Sunday, a public holiday or one of the three eves.</returns>
    public bool IsWorkingDay(LocalDate date)
    {
        int bit = date.DayOfYear - 1;
        return (daysOff[bit / BitsPerWord] & (1UL << (bit % BitsPerWord))) == 0;
    }

    private static void Set(ulong[] bits, LocalDate date)
    {
        int bit = date.DayOfYear - 1;
        bits[bit / BitsPerWord] |= 1UL << (bit % BitsPerWord);
    }
}
