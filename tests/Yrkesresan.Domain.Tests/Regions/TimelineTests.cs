using NodaTime;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Regions;

public sealed class TimelineTests
{
    private static readonly LocalDate July2021 = new(2021, 7, 1);
    private static readonly LocalDate January2023 = new(2023, 1, 1);

    private static Timeline<string> TwoValues() => new("fee schedule", [new(January2023, "new"), new(July2021, "old")]);

    [Fact]
    [Rule("FEE-2")]
    public void A_value_is_in_force_from_its_first_day_until_the_day_before_the_next_one()
    {
        Timeline<string> timeline = TwoValues();

        Assert.Equal("old", timeline.On(July2021));
        Assert.Equal("old", timeline.On(January2023.PlusDays(-1)));
        Assert.Equal("new", timeline.On(January2023));
        Assert.Equal("new", timeline.On(new LocalDate(9999, 12, 31)));
        Assert.Equal([July2021, January2023], timeline.Values.Select(v => v.ValidFrom));
        Assert.Equal(July2021, timeline.FirstDate);
        Assert.Equal("fee schedule from 2021-07-01, 2023-01-01", timeline.ToString());
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_date_before_the_first_value_has_no_answer_and_says_which_date_the_first_is_from()
    {
        Timeline<string> timeline = TwoValues();

        Assert.False(timeline.TryOn(July2021.PlusDays(-1), out string? none));
        Assert.Null(none);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => timeline.On(July2021.PlusDays(-1)));
        Assert.StartsWith("There is no fee schedule on 2021-06-30: the first is valid from 2021-07-01.", error.Message, StringComparison.Ordinal);
        Assert.True(timeline.TryOn(July2021, out string? first));
        Assert.Equal("old", first);
    }

    [Fact]
    [Rule("FEE-2")]
    public void Two_values_from_one_day_overlap_and_an_empty_timeline_has_no_value_every_problem_at_once()
    {
        var error = Assert.Throws<RegionDataException>(() => new Timeline<string>(
            "fee schedule",
            [new(July2021, "a"), null!, new(July2021, "b"), new(January2023, null!)]));

        Assert.Equal(
            [
                "[1]: is missing",
                "[2].valid_from: another fee schedule is also valid from 2021-07-01; two fee schedules from one day overlap",
                "[3]: has no fee schedule",
            ],
            error.Problems.Select(p => p.ToString()));
        Assert.Equal("fee schedule timeline", error.Subject);
        Assert.Equal(
            "at least one fee schedule is needed",
            Assert.Single(Assert.Throws<RegionDataException>(() => new Timeline<string>("fee schedule", [])).Problems).ToString());
        Assert.Throws<ArgumentNullException>(() => new Timeline<string>("fee schedule", null!));
        Assert.Throws<ArgumentException>(() => new Timeline<string>(" ", [new(July2021, "a")]));
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_problem_seen_from_the_list_that_holds_it_gets_the_list_s_path_in_front()
    {
        Assert.Equal("fee_schedules[2].valid_from: x", new DataProblem("[2].valid_from", "X", "x").Under("fee_schedules").ToString());
        Assert.Equal("eligibility[0].work_areas: x", new DataProblem("work_areas", "X", "x").Under("eligibility[0]").ToString());
        Assert.Equal("routes: x", new DataProblem(string.Empty, "X", "x").Under("routes").ToString());
        Assert.Equal("x", new DataProblem(string.Empty, "X", "x").Under(string.Empty).ToString());
        Assert.Equal("a: x", new DataProblem("a", "X", "x").Under(string.Empty).ToString());
    }
}
