using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses.Calendar;

namespace Yrkesresan.Domain.Tests.Courses.Calendar;

/// <summary>
/// COURSE-7: Easter Sunday, from which Good Friday, Easter Monday, Ascension Day, Whit Sunday and
/// (until 2004) Whit Monday follow, by the Gregorian computus.
/// </summary>
public class EasterTests
{
    /// <summary>
    /// Easter Sunday by Knuth's algorithm E (<i>The Art of Computer Programming</i>, vol. 1, §1.3.2,
    /// exercise 14): from the golden number and the epact, a computation independent of the anonymous
    /// Gregorian algorithm the library uses.
    /// </summary>
    private static LocalDate KnuthEaster(int year)
    {
        int golden = (year % 19) + 1;
        int century = (year / 100) + 1;
        int skippedLeapYears = (3 * century / 4) - 12;
        int moonCorrection = (((8 * century) + 5) / 25) - 5;
        int sunday = (5 * year / 4) - skippedLeapYears - 10;
        int epact = ((11 * golden) + 20 + moonCorrection - skippedLeapYears) % 30;
        if ((epact == 25 && golden > 11) || epact == 24)
        {
            epact++;
        }

        int fullMoon = 44 - epact;
        if (fullMoon < 21)
        {
            fullMoon += 30;
        }

        int day = fullMoon + 7 - ((sunday + fullMoon) % 7);
        return day > 31 ? new LocalDate(year, 4, day - 31) : new LocalDate(year, 3, day);
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData(1953, "1953-04-05")]
    [InlineData(1954, "1954-04-18")]
    [InlineData(1961, "1961-04-02")]
    [InlineData(1981, "1981-04-19")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2004, "2004-04-11")]
    [InlineData(2005, "2005-03-27")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2049, "2049-04-18")]
    [InlineData(2160, "2160-03-23")]
    [InlineData(2190, "2190-04-25")]
    [InlineData(2199, "2199-04-14")]
    public void Easter_Sunday_falls_on_its_known_date(int year, string date)
    {
        LocalDate expected = LocalDatePattern.Iso.Parse(date).Value;
        Assert.Equal(expected, SwedishCalendar.EasterSunday(year));
        Assert.Equal(expected, SwedishHoliday.Paskdagen.DateIn(year));
        Assert.Equal(expected, KnuthEaster(year));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Easter_Sunday_agrees_with_Knuth_s_independent_algorithm_in_every_year_from_1953_to_2199()
    {
        for (int year = 1953; year <= 2199; year++)
        {
            Assert.Equal(KnuthEaster(year), SwedishCalendar.EasterSunday(year));
        }
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Easter_Sunday_is_a_Sunday_between_22_March_and_25_April_and_reaches_both_its_earliest_and_latest_dates_in_the_range()
    {
        var days = new HashSet<(int Month, int Day)>();
        for (int year = 1953; year <= 2199; year++)
        {
            LocalDate easter = SwedishCalendar.EasterSunday(year);
            Assert.Equal(IsoDayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new LocalDate(year, 3, 22), new LocalDate(year, 4, 25));
            days.Add((easter.Month, easter.Day));
        }

        // 22 March last fell in 1818 and next falls in 2285; 23 March (2008, 2160) and 25 April (2038, 2190) are the
        // range's extremes. Of the 35 possible dates, 33 occur: all but 22 and 24 March.
        Assert.Contains((3, 23), days);
        Assert.Contains((4, 25), days);
        Assert.DoesNotContain((3, 22), days);
        Assert.DoesNotContain((3, 24), days);
        Assert.Equal(33, days.Count);
    }
}
