using NodaTime;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-2, STEP-3: time in the profession as the union of periods, and the completed years it gives.</summary>
public class ProfessionalHistoryTests
{
    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    private static ProfessionPeriod P(string text) => ProfessionPeriod.Parse(text);

    private static ProfessionalHistory History(params string[] periods) => new(periods.Select(P));

    [Fact]
    [Rule("STEP-3")]
    public void A_history_needs_at_least_one_period()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProfessionalHistory([]));
        Assert.Equal("A professional history needs at least one period in the profession. (Parameter 'periods')", error.Message);
        Assert.Equal("periods", Assert.Throws<ArgumentNullException>(() => new ProfessionalHistory((IEnumerable<ProfessionPeriod>)null!)).ParamName);
    }

    [Fact]
    [Rule("STEP-3")]
    public void Overlapping_periods_are_merged_and_their_shared_days_count_once()
    {
        ProfessionalHistory history = History("2019-01-01..2019-12-31", "2019-07-01..2020-06-30");
        Assert.Equal([P("2019-01-01..2020-06-30")], history.Periods.ToArray());
        Assert.Equal(547, history.DaysInProfession(D("2020-12-31")));
    }

    [Fact]
    [Rule("STEP-3")]
    public void Touching_periods_are_merged_into_one()
    {
        ProfessionalHistory history = History("2019-01-01..2019-12-31", "2020-01-01..2020-12-31", "2021-01-01");
        Assert.Equal([P("2019-01-01..")], history.Periods.ToArray());
        Assert.True(history.IsOpen);
        Assert.Equal(D("2019-01-01"), history.EquivalentStart(D("2024-06-01")));
    }

    [Fact]
    [Rule("STEP-3")]
    public void Periods_with_a_gap_of_one_day_stay_apart_and_the_gap_does_not_count()
    {
        ProfessionalHistory history = History("2019-01-01..2019-12-30", "2020-01-01..2020-12-31");
        Assert.Equal([P("2019-01-01..2019-12-30"), P("2020-01-01..2020-12-31")], history.Periods.ToArray());
        Assert.False(history.IsOpen);
        Assert.Equal(364 + 366, history.DaysInProfession(D("2021-06-01")));
        Assert.False(history.IsInProfessionOn(D("2019-12-31")));
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_period_inside_another_or_starting_inside_an_open_one_is_absorbed()
    {
        Assert.Equal([P("2015-01-01..2020-12-31")], History("2015-01-01..2020-12-31", "2016-03-01..2016-03-31").Periods.ToArray());
        Assert.Equal([P("2015-01-01..")], History("2015-01-01", "2016-03-01..2016-03-31", "2017-01-01", "2030-01-01..2031-01-01").Periods.ToArray());
        Assert.Equal([P("2015-01-01..")], History("2016-03-01..2016-03-31", "2015-01-01").Periods.ToArray());
    }

    [Fact]
    [Rule("STEP-3")]
    public void The_periods_may_be_given_in_any_order_and_are_kept_sorted()
    {
        ProfessionalHistory history = History("2022-01-01", "2010-01-01..2011-01-01", "2015-06-01..2015-06-01");
        Assert.Equal([P("2010-01-01..2011-01-01"), P("2015-06-01..2015-06-01"), P("2022-01-01..")], history.Periods.ToArray());
        Assert.Equal(D("2010-01-01"), history.FirstDay);
        Assert.Equal("2010-01-01..2011-01-01, 2015-06-01..2015-06-01, 2022-01-01..", history.ToString());
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_period_that_ends_later_extends_the_merged_period_and_one_that_ends_sooner_does_not()
    {
        Assert.Equal([P("2019-01-01..2021-01-01")], History("2019-01-01..2020-01-01", "2019-01-01..2021-01-01").Periods.ToArray());
        Assert.Equal([P("2019-01-01..2021-01-01")], History("2019-01-01..2021-01-01", "2019-01-01..2020-01-01").Periods.ToArray());
        Assert.Equal([P("2019-01-01..")], History("2019-01-01..2021-01-01", "2019-06-01", "2020-01-01..2020-02-01").Periods.ToArray());
    }

    [Fact]
    [Rule("STEP-3")]
    public void An_open_period_runs_to_the_as_of_date()
    {
        ProfessionalHistory history = History("2024-01-01");
        Assert.Equal(1, history.DaysInProfession(D("2024-01-01")));
        Assert.Equal(366, history.DaysInProfession(D("2024-12-31")));
        Assert.Equal(D("2024-12-31"), history.LastDayInProfession(D("2024-12-31")));
    }

    [Fact]
    [Rule("STEP-2")]
    public void The_start_day_counts_as_a_day_in_the_profession_and_the_day_before_does_not()
    {
        ProfessionalHistory history = History("2024-03-01");
        Assert.Equal(0, history.DaysInProfession(D("2024-02-29")));
        Assert.Equal(1, history.DaysInProfession(D("2024-03-01")));
        Assert.Equal(0, history.CompletedYears(D("2024-03-01")));
        Assert.Equal(D("2024-03-01"), history.EquivalentStart(D("2024-03-01")));
    }

    [Fact]
    [Rule("STEP-3")]
    public void With_no_day_in_the_profession_yet_there_are_no_days_no_equivalent_start_and_no_completed_years()
    {
        foreach (ProfessionalHistory history in new[] { History("2024-03-01"), History("2024-03-01..2024-04-01", "2025-01-01") })
        {
            LocalDate before = D("2024-02-29");
            Assert.Equal(0, history.DaysInProfession(before));
            Assert.Null(history.EquivalentStart(before));
            Assert.Null(history.LastDayInProfession(before));
            Assert.Equal(0, history.CompletedYears(before));
            Assert.False(history.IsInProfessionOn(before));
        }
    }

    [Fact]
    [Rule("STEP-3")]
    public void Periods_starting_after_the_as_of_date_add_nothing()
    {
        ProfessionalHistory history = History("2018-01-01..2019-12-31", "2023-01-01");
        LocalDate asOf = D("2022-12-31");
        Assert.Equal(730, history.DaysInProfession(asOf));
        Assert.Equal(D("2019-12-31"), history.LastDayInProfession(asOf));
        Assert.Equal(D("2021-01-01"), history.EquivalentStart(asOf));
        Assert.Equal(1, history.CompletedYears(asOf));
        Assert.Equal(731, history.DaysInProfession(D("2023-01-01")));
        Assert.Equal(2, history.CompletedYears(D("2023-01-01")));
    }

    [Fact]
    [Rule("STEP-3")]
    public void The_equivalent_start_of_several_periods_is_the_as_of_date_minus_the_days_less_one()
    {
        // 2015-01-01..2016-12-31 is 731 days (2016 is a leap year); 2020-01-01..2020-03-01 is 61 more.
        ProfessionalHistory history = History("2020-01-01", "2015-01-01..2016-12-31");
        LocalDate asOf = D("2020-03-01");
        Assert.Equal(792, history.DaysInProfession(asOf));
        Assert.Equal(asOf.PlusDays(-791), history.EquivalentStart(asOf));
        Assert.Equal(D("2017-12-31"), history.EquivalentStart(asOf));
        Assert.Equal(2, history.CompletedYears(asOf));
        // Out of the profession the 731 days are counted back from the as-of date: 2017-12-31..2019-12-31, 2 years.
        Assert.Equal(2, history.CompletedYears(D("2019-12-31")));
        Assert.Equal(D("2017-12-31"), history.EquivalentStart(D("2019-12-31")));
    }

    [Fact]
    [Rule("STEP-3")]
    public void Out_of_the_profession_the_days_are_counted_back_from_the_as_of_date_so_a_29_February_can_change_the_years()
    {
        // 731 days: 2021-03-01..2023-03-01. The brief's STEP-3 counts them back from the as-of date, for
        // everyone: over a span without 29 February they are 2 years and a day, over 29 February 2024 only
        // 1 year and 365 days (decision 0018).
        ProfessionalHistory history = History("2021-03-01..2023-03-01");
        Assert.Equal(2, history.CompletedYears(D("2023-03-01")));
        foreach ((string asOf, string start, int years) in new[] { ("2023-03-02", "2021-03-02", 2), ("2025-02-28", "2023-03-01", 1), ("2040-01-01", "2038-01-01", 2) })
        {
            Assert.Equal(731, history.DaysInProfession(D(asOf)));
            Assert.Equal(D("2023-03-01"), history.LastDayInProfession(D(asOf)));
            Assert.Equal(D(start), history.EquivalentStart(D(asOf)));
            Assert.Equal(years, history.CompletedYears(D(asOf)));
        }
    }

    [Theory]
    [Rule("STEP-2")]
    [InlineData("2021-02-28", 1)]
    [InlineData("2021-03-01", 2)]
    [InlineData("2024-02-29", 4)]
    [InlineData("2024-03-01", 5)]
    [InlineData("2049-02-28", 29)]
    [InlineData("2049-03-01", 30)]
    public void Completed_years_turn_on_the_anniversary_and_not_the_day_before(string asOf, int years) =>
        Assert.Equal(years, History("2019-03-01").CompletedYears(D(asOf)));

    [Theory]
    [Rule("STEP-2")]
    [InlineData("2021-02-27", 0)]
    [InlineData("2021-02-28", 1)]
    [InlineData("2022-02-27", 1)]
    [InlineData("2022-02-28", 2)]
    [InlineData("2024-02-28", 3)]
    [InlineData("2024-02-29", 4)]
    [InlineData("2025-02-27", 4)]
    [InlineData("2025-02-28", 5)]
    [InlineData("2025-03-01", 5)]
    public void A_29_February_start_has_its_anniversary_on_28_February_in_a_year_that_is_not_a_leap_year(string asOf, int years) =>
        Assert.Equal(years, History("2020-02-29").CompletedYears(D(asOf)));

    [Fact]
    [Rule("STEP-2")]
    public void An_equivalent_start_on_29_February_has_its_anniversary_on_28_February_too()
    {
        // 2019-01-01..2019-12-31 (365 days) and from 2021-02-28: on 2022-02-28 the 365 + 366 days count back to 2020-02-29.
        ProfessionalHistory history = History("2019-01-01..2019-12-31", "2021-02-28");
        Assert.Equal(D("2020-02-29"), history.EquivalentStart(D("2022-02-28")));
        Assert.Equal(2, history.CompletedYears(D("2022-02-28")));
        Assert.Equal(1, history.CompletedYears(D("2022-02-27")));
    }

    [Fact]
    [Rule("STEP-3")]
    public void Whether_a_day_is_in_the_profession_follows_the_periods()
    {
        ProfessionalHistory history = History("2015-01-01..2015-12-31", "2018-01-01");
        Assert.False(history.IsInProfessionOn(D("2014-12-31")));
        Assert.True(history.IsInProfessionOn(D("2015-01-01")));
        Assert.True(history.IsInProfessionOn(D("2015-12-31")));
        Assert.False(history.IsInProfessionOn(D("2016-01-01")));
        Assert.False(history.IsInProfessionOn(D("2017-12-31")));
        Assert.True(history.IsInProfessionOn(D("2018-01-01")));
        Assert.True(history.IsInProfessionOn(D("2099-01-01")));
    }

    [Fact]
    [Rule("STEP-3")]
    public void Changing_the_list_a_history_was_made_from_does_not_change_the_history()
    {
        ProfessionPeriod[] periods = [P("2019-01-01..2019-12-31")];
        var history = new ProfessionalHistory(periods);
        periods[0] = P("2000-01-01");
        Assert.Equal([P("2019-01-01..2019-12-31")], history.Periods.ToArray());
        Assert.Equal(P("2019-01-01..2019-12-31"), new ProfessionalHistory(P("2019-01-01..2019-12-31")).Periods.Single());
    }
}
