using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Courses;

/// <summary>COURSE-1: a step's suitcase leads to a route of ordered stops, each stop one course.</summary>
public class RouteTests
{
    private static string[] Problems(RegionDataException error) => [.. error.Problems.Select(p => p.ToString())];

    [Fact]
    [Rule("COURSE-1")]
    public void A_route_keeps_its_stops_in_the_order_they_are_taken()
    {
        Route route = new(CareerStep.Van, ["utredning", "barnet-i-centrum", "samtal"]);
        Assert.Same(CareerStep.Van, route.Step);
        Assert.Equal(["utredning", "barnet-i-centrum", "samtal"], route.Stops.ToArray());
        Assert.True(route.IsComplete);
        Assert.Equal("Van: utredning, barnet-i-centrum, samtal", route.ToString());
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_route_may_say_that_the_region_has_not_published_all_of_it_yet()
    {
        Route route = new(CareerStep.Ny, ["barnet-i-centrum"], isComplete: false);
        Assert.False(route.IsComplete);
        Assert.Equal(["barnet-i-centrum"], route.Stops.ToArray());
        Assert.Equal("Ny: barnet-i-centrum (incomplete)", route.ToString());
        Assert.True(new Route(CareerStep.Ny, ["barnet-i-centrum"], isComplete: true).IsComplete);
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_route_without_a_stop_is_refused()
    {
        var error = Assert.Throws<RegionDataException>(() => new Route(CareerStep.ArbetsledareOchChef, []));
        Assert.Equal("The route of step ArbetsledareOchChef has 1 problem(s):\n  - stops: a route needs at least one stop", error.Message);
        Assert.Equal("route of step ArbetsledareOchChef", error.Subject);
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_route_of_one_stop_is_accepted()
    {
        Assert.Equal(["samtal"], new Route(CareerStep.Erfaren, ["samtal"]).Stops.ToArray());
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_course_is_a_stop_of_a_route_only_once_and_every_stop_names_a_course()
    {
        var error = Assert.Throws<RegionDataException>(() => new Route(CareerStep.Ny, ["a", "b", " ", "a", "b", "a", null!, ""]));
        Assert.Equal(
            [
                "stops[2]: a stop needs a course id",
                "stops[3]: 'a' is already stops[0]",
                "stops[4]: 'b' is already stops[1]",
                "stops[5]: 'a' is already stops[0]",
                "stops[6]: a stop needs a course id",
                "stops[7]: a stop needs a course id",
            ],
            Problems(error));
        Assert.StartsWith("The route of step Ny has 6 problem(s):\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("COURSE-1")]
    public void Course_ids_that_differ_only_in_case_are_different_stops()
    {
        Assert.Equal(["samtal", "Samtal", "SAMTAL"], new Route(CareerStep.Van, ["samtal", "Samtal", "SAMTAL"]).Stops.ToArray());
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_route_without_a_step_is_refused_together_with_its_other_problems()
    {
        var error = Assert.Throws<RegionDataException>(() => new Route(null!, []));
        Assert.Equal(["step: is missing", "stops: a route needs at least one stop"], Problems(error));
        Assert.Equal("route of step (none)", error.Subject);
        Assert.Throws<ArgumentNullException>(() => new Route(CareerStep.Ny, null!));
    }
}
