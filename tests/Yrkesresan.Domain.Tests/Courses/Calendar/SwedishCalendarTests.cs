using NodaTime;
using Yrkesresan.Domain.Courses.Calendar;

namespace Yrkesresan.Domain.Tests.Courses.Calendar;

/// <summary>
/// COURSE-7: the Swedish calendar against published calendars of whole years, which days are working
/// days, and the years it refuses. The expected lists are Sweden's published calendars for those
/// years; they were also computed independently (dateutil's Easter and weekday rules, in Python) and
/// found identical for every year from 1953 to 2199.
/// </summary>
public class SwedishCalendarTests
{
    private static void AssertYear(int year, params string[] expected) =>
        Assert.Equal(expected, SwedishCalendar.NamedDays(year).Select(d => d.ToString()));

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    [Rule("COURSE-7")]
    public void The_calendar_of_2004_has_Whit_Monday_and_no_National_Day_as_the_law_stood_then()
    {
        AssertYear(
            2004,
            "2004-01-01 Nyårsdagen",
            "2004-01-06 Trettondedag jul",
            "2004-04-09 Långfredagen",
            "2004-04-11 Påskdagen",
            "2004-04-12 Annandag påsk",
            "2004-05-01 Första maj",
            "2004-05-20 Kristi himmelsfärdsdag",
            "2004-05-30 Pingstdagen",
            "2004-05-31 Annandag pingst",
            "2004-06-25 Midsommarafton",
            "2004-06-26 Midsommardagen",
            "2004-11-06 Alla helgons dag",
            "2004-12-24 Julafton",
            "2004-12-25 Juldagen",
            "2004-12-26 Annandag jul",
            "2004-12-31 Nyårsafton");
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_calendar_of_2005_has_National_Day_and_no_Whit_Monday_and_Easter_in_March()
    {
        AssertYear(
            2005,
            "2005-01-01 Nyårsdagen",
            "2005-01-06 Trettondedag jul",
            "2005-03-25 Långfredagen",
            "2005-03-27 Påskdagen",
            "2005-03-28 Annandag påsk",
            "2005-05-01 Första maj",
            "2005-05-05 Kristi himmelsfärdsdag",
            "2005-05-15 Pingstdagen",
            "2005-06-06 Sveriges nationaldag",
            "2005-06-24 Midsommarafton",
            "2005-06-25 Midsommardagen",
            "2005-11-05 Alla helgons dag",
            "2005-12-24 Julafton",
            "2005-12-25 Juldagen",
            "2005-12-26 Annandag jul",
            "2005-12-31 Nyårsafton");
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_calendar_of_2008_has_Easter_on_23_March_and_Ascension_Day_and_1_May_on_one_date()
    {
        AssertYear(
            2008,
            "2008-01-01 Nyårsdagen",
            "2008-01-06 Trettondedag jul",
            "2008-03-21 Långfredagen",
            "2008-03-23 Påskdagen",
            "2008-03-24 Annandag påsk",
            "2008-05-01 Första maj",
            "2008-05-01 Kristi himmelsfärdsdag",
            "2008-05-11 Pingstdagen",
            "2008-06-06 Sveriges nationaldag",
            "2008-06-20 Midsommarafton",
            "2008-06-21 Midsommardagen",
            "2008-11-01 Alla helgons dag",
            "2008-12-24 Julafton",
            "2008-12-25 Juldagen",
            "2008-12-26 Annandag jul",
            "2008-12-31 Nyårsafton");
        Assert.Equal<SwedishHoliday>([SwedishHoliday.ForstaMaj, SwedishHoliday.KristiHimmelsfardsdag], SwedishCalendar.NamesOf(D(2008, 5, 1)));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_calendar_of_2011_has_a_late_Easter_on_24_April_and_Whit_Sunday_after_National_Day()
    {
        AssertYear(
            2011,
            "2011-01-01 Nyårsdagen",
            "2011-01-06 Trettondedag jul",
            "2011-04-22 Långfredagen",
            "2011-04-24 Påskdagen",
            "2011-04-25 Annandag påsk",
            "2011-05-01 Första maj",
            "2011-06-02 Kristi himmelsfärdsdag",
            "2011-06-06 Sveriges nationaldag",
            "2011-06-12 Pingstdagen",
            "2011-06-24 Midsommarafton",
            "2011-06-25 Midsommardagen",
            "2011-11-05 Alla helgons dag",
            "2011-12-24 Julafton",
            "2011-12-25 Juldagen",
            "2011-12-26 Annandag jul",
            "2011-12-31 Nyårsafton");
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_calendar_of_2019_is_the_published_one()
    {
        AssertYear(
            2019,
            "2019-01-01 Nyårsdagen",
            "2019-01-06 Trettondedag jul",
            "2019-04-19 Långfredagen",
            "2019-04-21 Påskdagen",
            "2019-04-22 Annandag påsk",
            "2019-05-01 Första maj",
            "2019-05-30 Kristi himmelsfärdsdag",
            "2019-06-06 Sveriges nationaldag",
            "2019-06-09 Pingstdagen",
            "2019-06-21 Midsommarafton",
            "2019-06-22 Midsommardagen",
            "2019-11-02 Alla helgons dag",
            "2019-12-24 Julafton",
            "2019-12-25 Juldagen",
            "2019-12-26 Annandag jul",
            "2019-12-31 Nyårsafton");
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_calendar_of_2023_has_midsummer_eve_on_23_June()
    {
        AssertYear(
            2023,
            "2023-01-01 Nyårsdagen",
            "2023-01-06 Trettondedag jul",
            "2023-04-07 Långfredagen",
            "2023-04-09 Påskdagen",
            "2023-04-10 Annandag påsk",
            "2023-05-01 Första maj",
            "2023-05-18 Kristi himmelsfärdsdag",
            "2023-05-28 Pingstdagen",
            "2023-06-06 Sveriges nationaldag",
            "2023-06-23 Midsommarafton",
            "2023-06-24 Midsommardagen",
            "2023-11-04 Alla helgons dag",
            "2023-12-24 Julafton",
            "2023-12-25 Juldagen",
            "2023-12-26 Annandag jul",
            "2023-12-31 Nyårsafton");
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_calendar_of_2024_has_Easter_on_31_March()
    {
        AssertYear(
            2024,
            "2024-01-01 Nyårsdagen",
            "2024-01-06 Trettondedag jul",
            "2024-03-29 Långfredagen",
            "2024-03-31 Påskdagen",
            "2024-04-01 Annandag påsk",
            "2024-05-01 Första maj",
            "2024-05-09 Kristi himmelsfärdsdag",
            "2024-05-19 Pingstdagen",
            "2024-06-06 Sveriges nationaldag",
            "2024-06-21 Midsommarafton",
            "2024-06-22 Midsommardagen",
            "2024-11-02 Alla helgons dag",
            "2024-12-24 Julafton",
            "2024-12-25 Juldagen",
            "2024-12-26 Annandag jul",
            "2024-12-31 Nyårsafton");
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_calendar_of_2049_has_Whit_Sunday_and_National_Day_on_one_date_and_midsummer_at_its_latest()
    {
        AssertYear(
            2049,
            "2049-01-01 Nyårsdagen",
            "2049-01-06 Trettondedag jul",
            "2049-04-16 Långfredagen",
            "2049-04-18 Påskdagen",
            "2049-04-19 Annandag påsk",
            "2049-05-01 Första maj",
            "2049-05-27 Kristi himmelsfärdsdag",
            "2049-06-06 Pingstdagen",
            "2049-06-06 Sveriges nationaldag",
            "2049-06-25 Midsommarafton",
            "2049-06-26 Midsommardagen",
            "2049-11-06 Alla helgons dag",
            "2049-12-24 Julafton",
            "2049-12-25 Juldagen",
            "2049-12-26 Annandag jul",
            "2049-12-31 Nyårsafton");
        Assert.Equal<SwedishHoliday>([SwedishHoliday.Pingstdagen, SwedishHoliday.Nationaldagen], SwedishCalendar.NamesOf(D(2049, 6, 6)));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_first_year_1953_has_Midsummer_Day_on_the_Saturday_20_June_and_All_Saints_Day_on_the_Saturday_31_October()
    {
        AssertYear(
            1953,
            "1953-01-01 Nyårsdagen",
            "1953-01-06 Trettondedag jul",
            "1953-04-03 Långfredagen",
            "1953-04-05 Påskdagen",
            "1953-04-06 Annandag påsk",
            "1953-05-01 Första maj",
            "1953-05-14 Kristi himmelsfärdsdag",
            "1953-05-24 Pingstdagen",
            "1953-05-25 Annandag pingst",
            "1953-06-19 Midsommarafton",
            "1953-06-20 Midsommardagen",
            "1953-10-31 Alla helgons dag",
            "1953-12-24 Julafton",
            "1953-12-25 Juldagen",
            "1953-12-26 Annandag jul",
            "1953-12-31 Nyårsafton");
        Assert.False(SwedishCalendar.IsWorkingDay(D(1953, 1, 1)));
        Assert.True(SwedishCalendar.IsWorkingDay(D(1953, 1, 2)));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_last_year_2199_is_exact_to_its_last_day()
    {
        AssertYear(
            2199,
            "2199-01-01 Nyårsdagen",
            "2199-01-06 Trettondedag jul",
            "2199-04-12 Långfredagen",
            "2199-04-14 Påskdagen",
            "2199-04-15 Annandag påsk",
            "2199-05-01 Första maj",
            "2199-05-23 Kristi himmelsfärdsdag",
            "2199-06-02 Pingstdagen",
            "2199-06-06 Sveriges nationaldag",
            "2199-06-21 Midsommarafton",
            "2199-06-22 Midsommardagen",
            "2199-11-02 Alla helgons dag",
            "2199-12-24 Julafton",
            "2199-12-25 Juldagen",
            "2199-12-26 Annandag jul",
            "2199-12-31 Nyårsafton");
        Assert.True(SwedishCalendar.IsWorkingDay(D(2199, 12, 30)));
        Assert.False(SwedishCalendar.IsWorkingDay(D(2199, 12, 31)));
        Assert.Equal(1953, SwedishCalendar.FirstYear);
        Assert.Equal(2199, SwedishCalendar.LastYear);
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData("2023-06-22", true)]
    [InlineData("2023-06-23", false)]
    [InlineData("2023-06-24", false)]
    [InlineData("2023-06-26", true)]
    [InlineData("2023-12-22", true)]
    [InlineData("2023-12-27", true)]
    [InlineData("2023-12-29", true)]
    [InlineData("2024-01-02", true)]
    [InlineData("2023-01-05", true)]
    [InlineData("2023-03-14", true)]
    [InlineData("2023-03-18", false)]
    [InlineData("2023-03-19", false)]
    [InlineData("2008-05-01", false)]
    [InlineData("2008-05-02", true)]
    [InlineData("2004-05-31", false)]
    [InlineData("2005-05-16", true)]
    [InlineData("2003-06-06", true)]
    [InlineData("2005-06-06", false)]
    [InlineData("2024-03-28", true)]
    [InlineData("2024-03-29", false)]
    [InlineData("2024-04-01", false)]
    [InlineData("2024-05-09", false)]
    [InlineData("2024-11-01", true)]
    public void A_working_day_is_not_a_weekend_a_public_holiday_as_the_law_stood_that_year_or_one_of_the_three_eves(string date, bool isWorkingDay)
    {
        Assert.Equal(isWorkingDay, SwedishCalendar.IsWorkingDay(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void A_date_has_the_names_of_the_days_on_it_and_an_ordinary_day_has_none()
    {
        Assert.Empty(SwedishCalendar.NamesOf(D(2023, 6, 22)));
        Assert.Empty(SwedishCalendar.NamesOf(D(2023, 6, 25)));
        Assert.Equal<SwedishHoliday>([SwedishHoliday.Midsommarafton], SwedishCalendar.NamesOf(D(2023, 6, 23)));
        Assert.Equal<SwedishHoliday>([SwedishHoliday.Midsommardagen], SwedishCalendar.NamesOf(D(2023, 6, 24)));
        Assert.Equal<SwedishHoliday>([SwedishHoliday.AnnandagPingst], SwedishCalendar.NamesOf(D(2004, 5, 31)));
        Assert.Empty(SwedishCalendar.NamesOf(D(2005, 5, 16)));
        Assert.Equal<SwedishHoliday>([SwedishHoliday.Nyarsafton], SwedishCalendar.NamesOf(D(2199, 12, 31)));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void A_named_day_prints_as_its_date_and_Swedish_name_and_equals_the_same_day()
    {
        NamedDay ascension = SwedishCalendar.NamedDays(2008)[6];
        Assert.Equal("2008-05-01 Kristi himmelsfärdsdag", ascension.ToString());
        Assert.Equal(D(2008, 5, 1), ascension.Date);
        Assert.Equal(SwedishHoliday.KristiHimmelsfardsdag, ascension.Holiday);
        Assert.Equal(ascension, SwedishCalendar.NamedDays(2008)[6]);
        Assert.NotEqual(SwedishCalendar.NamedDays(2008)[5], ascension);
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData(1952)]
    [InlineData(2200)]
    [InlineData(0)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void A_year_outside_1953_to_2199_is_refused_with_the_years_the_calendar_is_exact_for(int year)
    {
        foreach (Action call in new Action[] { () => SwedishCalendar.NamedDays(year), () => SwedishCalendar.EasterSunday(year) })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal("year", error.ParamName);
            Assert.Equal(year, error.ActualValue);
            Assert.StartsWith($"The Swedish calendar is exact from 1953 to 2199; {year} is outside it. (Parameter 'year')", error.Message, StringComparison.Ordinal);
        }

        Assert.False(SwedishCalendar.Covers(year));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_calendar_covers_exactly_the_years_1953_to_2199()
    {
        Assert.False(SwedishCalendar.Covers(1952));
        Assert.True(SwedishCalendar.Covers(1953));
        Assert.True(SwedishCalendar.Covers(2199));
        Assert.False(SwedishCalendar.Covers(2200));
        Assert.Equal(16, SwedishCalendar.NamedDays(1953).Length);
        Assert.Equal(16, SwedishCalendar.NamedDays(2199).Length);
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData("1952-12-31")]
    [InlineData("2200-01-01")]
    [InlineData("1900-06-20")]
    public void A_date_outside_1953_to_2199_is_refused_with_the_years_the_calendar_is_exact_for(string text)
    {
        LocalDate date = NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
        foreach (Action call in new Action[] { () => SwedishCalendar.IsWorkingDay(date), () => SwedishCalendar.NamesOf(date) })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal("date", error.ParamName);
            Assert.Equal(date, error.ActualValue);
            Assert.StartsWith($"The Swedish calendar is exact from 1953 to 2199; {text} is outside it. (Parameter 'date')", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Rule("COURSE-7")]
    public void A_date_in_another_calendar_system_than_ISO_is_refused()
    {
        LocalDate julian = new(2023, 6, 10, CalendarSystem.Julian);
        foreach (Action call in new Action[] { () => SwedishCalendar.IsWorkingDay(julian), () => SwedishCalendar.NamesOf(julian) })
        {
            var error = Assert.Throws<ArgumentException>(call);
            Assert.Equal("date", error.ParamName);
            Assert.Equal("The Swedish calendar takes dates in the ISO calendar, but this one is in the Julian calendar. (Parameter 'date')", error.Message);
        }
    }
}
