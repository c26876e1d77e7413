using NodaTime;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-3: a period in the profession, its days, and how it is written.</summary>
public class ProfessionPeriodTests
{
    [Fact]
    [Rule("STEP-3")]
    public void A_closed_period_includes_both_its_first_and_its_last_day()
    {
        var period = new ProfessionPeriod(new LocalDate(2019, 3, 1), new LocalDate(2021, 5, 31));
        Assert.False(period.Contains(new LocalDate(2019, 2, 28)));
        Assert.True(period.Contains(new LocalDate(2019, 3, 1)));
        Assert.True(period.Contains(new LocalDate(2021, 5, 31)));
        Assert.False(period.Contains(new LocalDate(2021, 6, 1)));
        Assert.False(period.IsOpen);
        Assert.Equal(new LocalDate(2021, 5, 31), period.End);
    }

    [Fact]
    [Rule("STEP-3")]
    public void An_open_period_has_no_end_and_runs_on()
    {
        var period = new ProfessionPeriod(new LocalDate(2019, 3, 1));
        Assert.True(period.IsOpen);
        Assert.Null(period.End);
        Assert.Equal(new LocalDate(2019, 3, 1), period.Start);
        Assert.False(period.Contains(new LocalDate(2019, 2, 28)));
        Assert.True(period.Contains(new LocalDate(2019, 3, 1)));
        Assert.True(period.Contains(LocalDate.MaxIsoValue));
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_period_of_one_day_starts_and_ends_on_that_day()
    {
        var day = new LocalDate(2021, 1, 1);
        var period = new ProfessionPeriod(day, day);
        Assert.True(period.Contains(day));
        Assert.False(period.Contains(day.PlusDays(1)));
        Assert.False(period.Contains(day.PlusDays(-1)));
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_period_cannot_end_before_it_starts()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProfessionPeriod(new LocalDate(2021, 5, 31), new LocalDate(2021, 5, 30)));
        Assert.Equal("end", error.ParamName);
        Assert.Equal(
            "A period in the profession cannot end (2021-05-30) before it starts (2021-05-31); the start must be on or before the end. (Parameter 'end')",
            error.Message);
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_period_is_in_the_ISO_calendar()
    {
        LocalDate julian = new(2021, 5, 1, CalendarSystem.Julian);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => new ProfessionPeriod(julian)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => new ProfessionPeriod(new LocalDate(2021, 1, 1), julian));
        Assert.Equal("end", error.ParamName);
        Assert.StartsWith("A period in the profession is in the ISO calendar, but its end is in the Julian calendar.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_period_prints_as_its_first_and_last_day_or_with_an_open_end()
    {
        Assert.Equal("2019-03-01..2021-05-31", new ProfessionPeriod(new LocalDate(2019, 3, 1), new LocalDate(2021, 5, 31)).ToString());
        Assert.Equal("2019-03-01..", new ProfessionPeriod(new LocalDate(2019, 3, 1)).ToString());
    }

    [Theory]
    [Rule("STEP-3")]
    [InlineData("2019-03-01..2021-05-31", "2019-03-01..2021-05-31")]
    [InlineData("2019-03-01", "2019-03-01..")]
    [InlineData("2019-03-01..", "2019-03-01..")]
    [InlineData("2020-02-29..2020-02-29", "2020-02-29..2020-02-29")]
    public void A_period_is_read_from_the_tool_s_text_and_printed_back(string text, string printed)
    {
        ProfessionPeriod period = ProfessionPeriod.Parse(text);
        Assert.Equal(printed, period.ToString());
        Assert.Equal(period, ProfessionPeriod.Parse(period.ToString()));
        Assert.True(ProfessionPeriod.TryParse(text, out ProfessionPeriod same));
        Assert.Equal(period, same);
    }

    [Theory]
    [Rule("STEP-3")]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("2019-3-1")]
    [InlineData("2019-02-29")]
    [InlineData("2019-03-01..2021-13-01")]
    [InlineData("2019-03-01...2021-05-31")]
    [InlineData("2019-03-01..2021-05-31..")]
    [InlineData("..2021-05-31")]
    [InlineData(" 2019-03-01")]
    public void Text_that_is_not_a_period_is_refused_with_what_to_write(string text)
    {
        var error = Assert.Throws<FormatException>(() => ProfessionPeriod.Parse(text));
        Assert.Equal(
            $"'{text}' is not a period in the profession: write YYYY-MM-DD (still in the profession) or YYYY-MM-DD..YYYY-MM-DD (both days included).",
            error.Message);
        Assert.False(ProfessionPeriod.TryParse(text, out ProfessionPeriod period));
        Assert.Equal(default, period);
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_period_written_backwards_is_refused_with_both_days()
    {
        var error = Assert.Throws<FormatException>(() => ProfessionPeriod.Parse("2021-05-31..2019-03-01"));
        Assert.Equal("'2021-05-31..2019-03-01' is not a period in the profession: it ends (2019-03-01) before it starts (2021-05-31).", error.Message);
        Assert.False(ProfessionPeriod.TryParse("2021-05-31..2019-03-01", out _));
        Assert.False(ProfessionPeriod.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => ProfessionPeriod.Parse(null!));
    }

    [Fact]
    [Rule("STEP-3")]
    public void Two_periods_are_equal_when_they_have_the_same_days()
    {
        var start = new LocalDate(2019, 3, 1);
        Assert.Equal(new ProfessionPeriod(start), new ProfessionPeriod(start, null));
        Assert.NotEqual(new ProfessionPeriod(start), new ProfessionPeriod(start, start));
        Assert.NotEqual(new ProfessionPeriod(start, start), new ProfessionPeriod(start.PlusDays(-1), start));
    }
}
