using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Calendar;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Courses.Calendar;

/// <summary>COURSE-7: the named days that are not working days, their Swedish names, their kinds and the law's changes.</summary>
public class SwedishHolidayTests
{
    [Fact]
    [Rule("COURSE-7")]
    public void The_named_days_are_the_thirteen_public_holidays_of_either_era_and_the_three_eves_in_the_order_of_a_year()
    {
        Assert.Equal(
            [
                SwedishHoliday.Nyarsdagen, SwedishHoliday.TrettondedagJul, SwedishHoliday.Langfredagen, SwedishHoliday.Paskdagen,
                SwedishHoliday.AnnandagPask, SwedishHoliday.ForstaMaj, SwedishHoliday.KristiHimmelsfardsdag, SwedishHoliday.Pingstdagen,
                SwedishHoliday.AnnandagPingst, SwedishHoliday.Nationaldagen, SwedishHoliday.Midsommarafton, SwedishHoliday.Midsommardagen,
                SwedishHoliday.AllaHelgonsDag, SwedishHoliday.Julafton, SwedishHoliday.Juldagen, SwedishHoliday.AnnandagJul,
                SwedishHoliday.Nyarsafton,
            ],
            SwedishHoliday.List.OrderBy(h => h.Value));
        Assert.Equal(Enumerable.Range(1, 17), SwedishHoliday.List.Select(h => h.Value).Order());
        Assert.Equal(
            "nyarsdagen, trettondedag-jul, langfredagen, paskdagen, annandag-pask, forsta-maj, kristi-himmelsfardsdag, pingstdagen, "
            + "annandag-pingst, nationaldagen, midsommarafton, midsommardagen, alla-helgons-dag, julafton, juldagen, annandag-jul, nyarsafton",
            SwedishHoliday.AllCodes());
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData("nyarsdagen", "Nyarsdagen", "Nyårsdagen", true)]
    [InlineData("trettondedag-jul", "TrettondedagJul", "Trettondedag jul", true)]
    [InlineData("langfredagen", "Langfredagen", "Långfredagen", true)]
    [InlineData("paskdagen", "Paskdagen", "Påskdagen", true)]
    [InlineData("annandag-pask", "AnnandagPask", "Annandag påsk", true)]
    [InlineData("forsta-maj", "ForstaMaj", "Första maj", true)]
    [InlineData("kristi-himmelsfardsdag", "KristiHimmelsfardsdag", "Kristi himmelsfärdsdag", true)]
    [InlineData("pingstdagen", "Pingstdagen", "Pingstdagen", true)]
    [InlineData("annandag-pingst", "AnnandagPingst", "Annandag pingst", true)]
    [InlineData("nationaldagen", "Nationaldagen", "Sveriges nationaldag", true)]
    [InlineData("midsommarafton", "Midsommarafton", "Midsommarafton", false)]
    [InlineData("midsommardagen", "Midsommardagen", "Midsommardagen", true)]
    [InlineData("alla-helgons-dag", "AllaHelgonsDag", "Alla helgons dag", true)]
    [InlineData("julafton", "Julafton", "Julafton", false)]
    [InlineData("juldagen", "Juldagen", "Juldagen", true)]
    [InlineData("annandag-jul", "AnnandagJul", "Annandag jul", true)]
    [InlineData("nyarsafton", "Nyarsafton", "Nyårsafton", false)]
    public void A_named_day_is_spelt_by_its_code_read_in_Swedish_and_is_a_public_holiday_or_an_eve(string code, string name, string displayName, bool isPublicHoliday)
    {
        SwedishHoliday holiday = SwedishHoliday.FromCode(code);
        Assert.Equal(name, holiday.Name);
        Assert.Equal(code, holiday.Code);
        Assert.Equal(displayName, holiday.DisplayName);
        Assert.Equal(code, holiday.ToString());
        Assert.Equal(isPublicHoliday, holiday.IsPublicHoliday);
        Assert.Equal(isPublicHoliday ? SwedishHolidayKind.PublicHoliday : SwedishHolidayKind.Eve, holiday.Kind);
    }

    [Fact]
    [Rule("COURSE-7")]
    public void A_named_day_is_named_in_messages_by_its_Swedish_name_in_English_and_in_Swedish()
    {
        foreach (SwedishHoliday holiday in SwedishHoliday.List)
        {
            // Annandag pingst was a public holiday until 2004; in 2023 and 2004 no two named days share a date.
            LocalDate date = (holiday.DateIn(2023) ?? holiday.DateIn(2004))!.Value;
            string iso = LocalDatePattern.Iso.Format(date);
            Assert.Equal($"days[0].date: {iso} is {holiday.DisplayName}, not a working day (COURSE-7)", RefusalOn(date));
            Assert.Equal($"days[0].date: {iso} är {holiday.DisplayName}, inte en arbetsdag (COURSE-7)", Culture.InSwedish(() => RefusalOn(date)));
        }
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Every_named_day_has_a_Swedish_name_of_its_own()
    {
        Assert.Equal(17, SwedishHoliday.List.Select(h => h.DisplayName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    [Rule("COURSE-7")]
    public void A_named_day_is_a_public_holiday_by_law_code_holiday_or_an_eve_code_eve()
    {
        Assert.Equal([SwedishHolidayKind.PublicHoliday, SwedishHolidayKind.Eve], SwedishHolidayKind.List.OrderBy(k => k.Value));
        Assert.Equal("holiday, eve", SwedishHolidayKind.AllCodes());
        Assert.Equal("Allmän helgdag", SwedishHolidayKind.PublicHoliday.DisplayName);
        Assert.Equal("Afton", SwedishHolidayKind.Eve.DisplayName);
        Assert.Equal(
            [SwedishHoliday.Midsommarafton, SwedishHoliday.Julafton, SwedishHoliday.Nyarsafton],
            SwedishHoliday.List.Where(h => h.Kind == SwedishHolidayKind.Eve).OrderBy(h => h.Value));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void An_unknown_named_day_is_refused_with_the_days_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => SwedishHoliday.FromCode("Julafton"));
        Assert.StartsWith("'Julafton' is not a known SwedishHoliday; use one of nyarsdagen, trettondedag-jul,", error.Message, StringComparison.Ordinal);
        Assert.False(SwedishHoliday.TryFromCode("midsommar", out _));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Whit_Monday_is_a_public_holiday_until_2004_and_not_from_2005()
    {
        Assert.Equal(new LocalDate(1953, 5, 25), SwedishHoliday.AnnandagPingst.DateIn(1953));
        Assert.Equal(new LocalDate(2004, 5, 31), SwedishHoliday.AnnandagPingst.DateIn(2004));
        Assert.Null(SwedishHoliday.AnnandagPingst.DateIn(2005));
        Assert.Null(SwedishHoliday.AnnandagPingst.DateIn(2199));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void National_Day_is_a_public_holiday_from_2005_and_not_until_2004()
    {
        Assert.Null(SwedishHoliday.Nationaldagen.DateIn(1953));
        Assert.Null(SwedishHoliday.Nationaldagen.DateIn(2004));
        Assert.Equal(new LocalDate(2005, 6, 6), SwedishHoliday.Nationaldagen.DateIn(2005));
        Assert.Equal(new LocalDate(2199, 6, 6), SwedishHoliday.Nationaldagen.DateIn(2199));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Each_named_day_has_its_date_in_a_year()
    {
        Assert.Equal(
            [
                "Nyarsdagen 2023-01-01", "TrettondedagJul 2023-01-06", "Langfredagen 2023-04-07", "Paskdagen 2023-04-09",
                "AnnandagPask 2023-04-10", "ForstaMaj 2023-05-01", "KristiHimmelsfardsdag 2023-05-18", "Pingstdagen 2023-05-28",
                "AnnandagPingst -", "Nationaldagen 2023-06-06", "Midsommarafton 2023-06-23", "Midsommardagen 2023-06-24",
                "AllaHelgonsDag 2023-11-04", "Julafton 2023-12-24", "Juldagen 2023-12-25", "AnnandagJul 2023-12-26", "Nyarsafton 2023-12-31",
            ],
            SwedishHoliday.List.OrderBy(h => h.Value).Select(h => $"{h.Name} {(h.DateIn(2023) is LocalDate d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "-")}"));
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData(1952)]
    [InlineData(2200)]
    [InlineData(1)]
    [InlineData(-5)]
    [InlineData(int.MaxValue)]
    public void The_date_of_a_named_day_in_a_year_outside_1953_to_2199_is_refused(int year)
    {
        foreach (SwedishHoliday holiday in SwedishHoliday.List)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => holiday.DateIn(year));
            Assert.Equal("year", error.ParamName);
            Assert.Equal(year, error.ActualValue);
            Assert.StartsWith($"The Swedish calendar is exact from 1953 to 2199; {year} is outside it.", error.Message, StringComparison.Ordinal);
        }
    }

    private static string RefusalOn(LocalDate date) =>
        Assert.Single(Assert.Throws<RegionDataException>(() => new CourseOccasion("o", "samtal", [new OccasionDay(date, DeliveryMode.OnSite)], [], [])).Problems).ToString();
}
