using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Yrkesresan.Domain.Courses.Calendar;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Courses.Calendar;

/// <summary>
/// COURSE-7: the calendar proven over its whole range. The invariants of a year are checked on every
/// year from 1953 to 2199 (there are only 247); those of a day on every day of that range, and on
/// random days through FsCheck.
/// </summary>
public class SwedishCalendarPropertyTests
{
    private static readonly LocalDate FirstDay = new(1953, 1, 1);
    private static readonly LocalDate LastDay = new(2199, 12, 31);

    private static IEnumerable<int> AllYears => Enumerable.Range(1953, 2199 - 1953 + 1);

    /// <summary>A day from 1 January 1953 to 31 December 2199.</summary>
    private static Gen<LocalDate> Days =>
        Gen.Choose(0, Period.DaysBetween(FirstDay, LastDay)).Select(n => FirstDay.PlusDays(n));

    private static LocalDate DateOf(ImmutableArray<NamedDay> days, SwedishHoliday holiday) => Assert.Single(days, d => d.Holiday == holiday).Date;

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    [Fact]
    [Rule("COURSE-7")]
    public void Every_year_from_1953_to_2199_has_its_16_named_days_13_public_holidays_and_3_eves_each_once()
    {
        foreach (int year in AllYears)
        {
            ImmutableArray<NamedDay> days = SwedishCalendar.NamedDays(year);
            Assert.Equal(16, days.Length);
            Assert.Equal(13, days.Count(d => d.Holiday.IsPublicHoliday));
            Assert.Equal(3, days.Count(d => d.Holiday.Kind == SwedishHolidayKind.Eve));
            Assert.Equal(16, days.Select(d => d.Holiday).Distinct().Count());
            Assert.All(days, d => Assert.Equal(year, d.Date.Year));
            Assert.All(days, d => Assert.Equal(d.Date, d.Holiday.DateIn(year)));
        }
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Whit_Monday_is_named_in_every_year_until_2004_and_National_Day_in_every_year_from_2005_never_both()
    {
        foreach (int year in AllYears)
        {
            ImmutableArray<NamedDay> days = SwedishCalendar.NamedDays(year);
            bool whitMonday = days.Any(d => d.Holiday == SwedishHoliday.AnnandagPingst);
            bool nationalDay = days.Any(d => d.Holiday == SwedishHoliday.Nationaldagen);
            Assert.Equal(year <= 2004, whitMonday);
            Assert.Equal(year >= 2005, nationalDay);
        }
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_named_days_of_a_year_are_in_order_of_date_then_in_the_order_of_the_set_where_two_share_a_date()
    {
        var shared = new List<string>();
        foreach (int year in AllYears)
        {
            ImmutableArray<NamedDay> days = SwedishCalendar.NamedDays(year);
            for (int i = 1; i < days.Length; i++)
            {
                Assert.True(
                    days[i - 1].Date < days[i].Date || (days[i - 1].Date == days[i].Date && days[i - 1].Holiday.Value < days[i].Holiday.Value),
                    $"{days[i - 1]} then {days[i]}");
                if (days[i - 1].Date == days[i].Date)
                {
                    shared.Add($"{days[i - 1]} = {days[i].Holiday.DisplayName}");
                }
            }
        }

        // Ascension Day on 1 May when Easter is on 23 March; Whit Sunday on National Day when Easter is on 18 April (from 2005).
        Assert.Equal(
            [
                "2008-05-01 Första maj = Kristi himmelsfärdsdag",
                "2049-06-06 Pingstdagen = Sveriges nationaldag",
                "2055-06-06 Pingstdagen = Sveriges nationaldag",
                "2060-06-06 Pingstdagen = Sveriges nationaldag",
                "2106-06-06 Pingstdagen = Sveriges nationaldag",
                "2117-06-06 Pingstdagen = Sveriges nationaldag",
                "2128-06-06 Pingstdagen = Sveriges nationaldag",
                "2160-05-01 Första maj = Kristi himmelsfärdsdag",
            ],
            shared);
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_days_of_Easter_and_Whitsun_keep_their_distance_from_Easter_Sunday_and_their_day_of_the_week()
    {
        foreach (int year in AllYears)
        {
            ImmutableArray<NamedDay> days = SwedishCalendar.NamedDays(year);
            LocalDate easter = SwedishCalendar.EasterSunday(year);
            Assert.Equal(easter, DateOf(days, SwedishHoliday.Paskdagen));
            Assert.Equal(easter.PlusDays(-2), DateOf(days, SwedishHoliday.Langfredagen));
            Assert.Equal(easter.PlusDays(1), DateOf(days, SwedishHoliday.AnnandagPask));
            Assert.Equal(easter.PlusDays(39), DateOf(days, SwedishHoliday.KristiHimmelsfardsdag));
            Assert.Equal(easter.PlusDays(49), DateOf(days, SwedishHoliday.Pingstdagen));
            Assert.Equal(IsoDayOfWeek.Friday, DateOf(days, SwedishHoliday.Langfredagen).DayOfWeek);
            Assert.Equal(IsoDayOfWeek.Monday, DateOf(days, SwedishHoliday.AnnandagPask).DayOfWeek);
            Assert.Equal(IsoDayOfWeek.Thursday, DateOf(days, SwedishHoliday.KristiHimmelsfardsdag).DayOfWeek);
            Assert.Equal(IsoDayOfWeek.Sunday, DateOf(days, SwedishHoliday.Pingstdagen).DayOfWeek);
            if (year <= 2004)
            {
                Assert.Equal(easter.PlusDays(50), DateOf(days, SwedishHoliday.AnnandagPingst));
            }
        }
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Midsummer_Day_is_always_a_Saturday_between_20_and_26_June_and_midsummer_eve_the_Friday_before()
    {
        var dates = new HashSet<int>();
        foreach (int year in AllYears)
        {
            ImmutableArray<NamedDay> days = SwedishCalendar.NamedDays(year);
            LocalDate midsummer = DateOf(days, SwedishHoliday.Midsommardagen);
            Assert.Equal(IsoDayOfWeek.Saturday, midsummer.DayOfWeek);
            Assert.InRange(midsummer, new LocalDate(year, 6, 20), new LocalDate(year, 6, 26));
            Assert.Equal(midsummer.PlusDays(-1), DateOf(days, SwedishHoliday.Midsommarafton));
            dates.Add(midsummer.Day);
        }

        Assert.Equal([20, 21, 22, 23, 24, 25, 26], dates.Order());
    }

    [Fact]
    [Rule("COURSE-7")]
    public void All_Saints_Day_is_always_a_Saturday_between_31_October_and_6_November()
    {
        var dates = new HashSet<string>();
        foreach (int year in AllYears)
        {
            LocalDate allSaints = DateOf(SwedishCalendar.NamedDays(year), SwedishHoliday.AllaHelgonsDag);
            Assert.Equal(IsoDayOfWeek.Saturday, allSaints.DayOfWeek);
            Assert.InRange(allSaints, new LocalDate(year, 10, 31), new LocalDate(year, 11, 6));
            dates.Add($"{allSaints.Month}-{allSaints.Day}");
        }

        Assert.Equal(7, dates.Count);
    }

    [Fact]
    [Rule("COURSE-7")]
    public void The_fixed_days_fall_on_their_dates_in_every_year()
    {
        foreach (int year in AllYears)
        {
            ImmutableArray<NamedDay> days = SwedishCalendar.NamedDays(year);
            Assert.Equal(new LocalDate(year, 1, 1), DateOf(days, SwedishHoliday.Nyarsdagen));
            Assert.Equal(new LocalDate(year, 1, 6), DateOf(days, SwedishHoliday.TrettondedagJul));
            Assert.Equal(new LocalDate(year, 5, 1), DateOf(days, SwedishHoliday.ForstaMaj));
            Assert.Equal(new LocalDate(year, 12, 24), DateOf(days, SwedishHoliday.Julafton));
            Assert.Equal(new LocalDate(year, 12, 25), DateOf(days, SwedishHoliday.Juldagen));
            Assert.Equal(new LocalDate(year, 12, 26), DateOf(days, SwedishHoliday.AnnandagJul));
            Assert.Equal(new LocalDate(year, 12, 31), DateOf(days, SwedishHoliday.Nyarsafton));
            if (year >= 2005)
            {
                Assert.Equal(new LocalDate(year, 6, 6), DateOf(days, SwedishHoliday.Nationaldagen));
            }
        }
    }

    [Fact]
    [Rule("COURSE-7")]
    public void On_every_day_from_1953_to_2199_a_working_day_is_exactly_one_that_is_neither_a_weekend_nor_a_named_day()
    {
        foreach (int year in AllYears)
        {
            var named = SwedishCalendar.NamedDays(year).Select(d => d.Date).ToHashSet();
            for (LocalDate day = new(year, 1, 1); day.Year == year; day = day.PlusDays(1))
            {
                bool expected = !IsWeekend(day) && !named.Contains(day);
                Assert.True(expected == SwedishCalendar.IsWorkingDay(day), $"{day:uuuu-MM-dd}: expected working day {expected}");
            }
        }
    }

    [Fact]
    [Rule("COURSE-7")]
    public void A_Saturday_or_a_Sunday_is_never_a_working_day()
    {
        Properties.ForAll(Days, day => !IsWeekend(day) || !SwedishCalendar.IsWorkingDay(day));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void A_day_has_names_exactly_when_it_is_a_named_day_of_its_year_and_then_it_is_not_a_working_day()
    {
        Properties.ForAll(Days, day =>
        {
            ImmutableArray<SwedishHoliday> names = SwedishCalendar.NamesOf(day);
            Assert.Equal(SwedishCalendar.NamedDays(day.Year).Where(d => d.Date == day).Select(d => d.Holiday), names);
            Assert.All(names, n => Assert.Equal(day, n.DateIn(day.Year)));
            if (!names.IsEmpty)
            {
                Assert.False(SwedishCalendar.IsWorkingDay(day));
            }
        });
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Whether_a_day_is_a_working_day_does_not_allocate_once_its_year_is_known()
    {
        var days = new LocalDate[400];
        for (int i = 0; i < days.Length; i++)
        {
            days[i] = new LocalDate(2023, 1, 1).PlusDays(i);
        }

        int working = days.Count(SwedishCalendar.IsWorkingDay);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int again = 0;
        for (int round = 0; round < 10; round++)
        {
            foreach (LocalDate day in days)
            {
                again += SwedishCalendar.IsWorkingDay(day) ? 1 : 0;
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(10 * working, again);
        Assert.Equal(0, allocated);
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Many_threads_asking_at_once_get_the_same_calendar_as_one_thread()
    {
        int[] years = [.. AllYears];
        string[] alone = [.. years.Select(y => string.Join(";", SwedishCalendar.NamedDays(y)))];
        string[] together = new string[years.Length];
        Parallel.For(0, years.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int y = years[i % years.Length];
            together[i % years.Length] = string.Join(";", SwedishCalendar.NamedDays(y));
        });
        Assert.Equal(alone, together);
    }
}
