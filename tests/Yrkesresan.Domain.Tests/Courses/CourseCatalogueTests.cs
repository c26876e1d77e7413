using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Courses;

/// <summary>COURSE-1, COURSE-4, COURSE-5: a region's catalogue of courses and the route of each step through them.</summary>
public class CourseCatalogueTests
{
    private static string[] Problems(RegionDataException error) => [.. error.Problems.Select(p => p.ToString())];

    private static Course Course(string id, int days = 1) => new(id, "Kursen " + id, days);

    /// <summary>Courses named d1, d2, … whose course days add up to <paramref name="total"/>, in stops of at most three days.</summary>
    private static Course[] CoursesOf(int total)
    {
        var courses = new List<Course>();
        for (int left = total; left > 0; left -= 3)
        {
            courses.Add(Course($"d{courses.Count + 1}", Math.Min(3, left)));
        }

        return [.. courses];
    }

    private static CourseCatalogue NyCatalogue(int days, bool complete)
    {
        Course[] courses = CoursesOf(days);
        return new CourseCatalogue(courses, [new Route(CareerStep.Ny, courses.Select(c => c.Id), complete)]);
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_catalogue_keeps_its_courses_in_the_order_of_the_file_and_its_routes_in_step_order()
    {
        Course[] courses = [Course("c", 2), Course("a", 3), Course("b", 4)];
        Route erfaren = new(CareerStep.Erfaren, ["b"]);
        Route ny = new(CareerStep.Ny, ["a", "b", "c"]);
        Route chef = new(CareerStep.ArbetsledareOchChef, ["c"]);
        Route van = new(CareerStep.Van, ["c", "a"]);

        CourseCatalogue catalogue = new(courses, [erfaren, chef, ny, van]);

        Assert.Equal(["c", "a", "b"], catalogue.Courses.Select(c => c.Id));
        Assert.Equal([ny, van, erfaren, chef], catalogue.Routes.ToArray());
        Assert.Same(ny, catalogue.RouteOf(CareerStep.Ny));
        Assert.Same(van, catalogue.RouteOf(CareerStep.Van));
        Assert.Same(erfaren, catalogue.RouteOf(CareerStep.Erfaren));
        Assert.Same(chef, catalogue.RouteOf(CareerStep.ArbetsledareOchChef));
        Assert.Equal(9, catalogue.CourseDaysOf(ny));
        Assert.Equal(5, catalogue.CourseDaysOf(van));
        Assert.Equal(4, catalogue.CourseDaysOf(erfaren));
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_step_without_a_route_has_none_in_the_catalogue()
    {
        CourseCatalogue catalogue = new([Course("a")], [new Route(CareerStep.Van, ["a"])]);
        Assert.Null(catalogue.RouteOf(CareerStep.Ny));
        Assert.Null(catalogue.RouteOf(CareerStep.Erfaren));
        Assert.Throws<ArgumentNullException>(() => catalogue.RouteOf(null!));
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_course_is_found_by_its_exact_id()
    {
        Course samtal = Course("samtal");
        CourseCatalogue catalogue = new([Course("intro"), samtal], []);

        Assert.Same(samtal, catalogue.CourseWith("samtal"));
        Assert.True(catalogue.TryGetCourse("samtal", out Course? found));
        Assert.Same(samtal, found);
        Assert.False(catalogue.TryGetCourse("Samtal", out Course? none));
        Assert.Null(none);
        var error = Assert.Throws<KeyNotFoundException>(() => catalogue.CourseWith("SAMTAL"));
        Assert.Equal("The course catalogue has no course with id 'SAMTAL'.", error.Message);
        Assert.Throws<ArgumentNullException>(() => catalogue.CourseWith(null!));
        Assert.Throws<ArgumentNullException>(() => catalogue.TryGetCourse(null!, out _));
    }

    [Fact]
    [Rule("COURSE-5")]
    public void The_empty_catalogue_has_no_courses_and_no_routes()
    {
        Assert.Empty(CourseCatalogue.Empty.Courses);
        Assert.False(CourseCatalogue.Empty.Courses.IsDefault);
        Assert.Empty(CourseCatalogue.Empty.Routes);
        Assert.False(CourseCatalogue.Empty.Routes.IsDefault);
        Assert.Same(CourseCatalogue.Empty, CourseCatalogue.Empty);
        Assert.Null(CourseCatalogue.Empty.RouteOf(CareerStep.Ny));
        Assert.False(CourseCatalogue.Empty.TryGetCourse("samtal", out _));
    }

    [Fact]
    [Rule("COURSE-1")]
    public void Every_stop_of_a_route_is_a_course_of_the_catalogue()
    {
        var error = Assert.Throws<RegionDataException>(() => new CourseCatalogue(
            [Course("a"), Course("b")],
            [new Route(CareerStep.Van, ["a", "x", "b", "B"]), new Route(CareerStep.Erfaren, ["y"])]));
        Assert.Equal(
            [
                "routes[0].stops[1]: no course with id 'x'",
                "routes[0].stops[3]: no course with id 'B'",
                "routes[1].stops[0]: no course with id 'y'",
            ],
            Problems(error));
        Assert.Equal("course catalogue", error.Subject);
    }

    [Fact]
    [Rule("COURSE-1")]
    public void Each_step_has_at_most_one_route()
    {
        var error = Assert.Throws<RegionDataException>(() => new CourseCatalogue(
            [Course("a")],
            [new Route(CareerStep.Van, ["a"]), new Route(CareerStep.Erfaren, ["a"]), new Route(CareerStep.Van, ["a"]), new Route(CareerStep.Van, ["a"])]));
        Assert.Equal(
            ["routes[2].step: Van has more than one route", "routes[3].step: Van has more than one route"],
            Problems(error));
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_course_id_appears_only_once_in_the_catalogue()
    {
        var error = Assert.Throws<RegionDataException>(() => new CourseCatalogue(
            [Course("a"), Course("b"), Course("a"), Course("A"), Course("a")],
            []));
        Assert.Equal(
            ["courses[2].id: 'a' appears more than once", "courses[4].id: 'a' appears more than once"],
            Problems(error));
        Assert.Equal(
            "The course catalogue has 2 problem(s):\n  - courses[2].id: 'a' appears more than once\n  - courses[4].id: 'a' appears more than once",
            error.Message);
    }

    [Fact]
    [Rule("COURSE-1")]
    public void Every_problem_of_a_catalogue_is_reported_at_once_in_the_order_of_the_file()
    {
        var error = Assert.Throws<RegionDataException>(() => new CourseCatalogue(
            [Course("a", 5), null!, Course("a"), Course("b", 5)],
            [
                new Route(CareerStep.Van, ["a", "zz"]),
                null!,
                new Route(CareerStep.Ny, ["a", "b"]),
                new Route(CareerStep.Van, ["b"]),
            ]));
        Assert.Equal(
            [
                "courses[1]: is missing",
                "courses[2].id: 'a' appears more than once",
                "routes[0].stops[1]: no course with id 'zz'",
                "routes[1]: is missing",
                "routes[2]: the Ny route has 10 course days; a complete Ny route has 8 or 9 (COURSE-4)",
                "routes[3].step: Van has more than one route",
            ],
            Problems(error));
        Assert.Throws<ArgumentNullException>(() => new CourseCatalogue(null!, []));
        Assert.Throws<ArgumentNullException>(() => new CourseCatalogue([], null!));
    }

    [Theory]
    [Rule("COURSE-4")]
    [InlineData(8)]
    [InlineData(9)]
    public void A_complete_Ny_route_of_eight_or_nine_course_days_is_accepted(int days)
    {
        CourseCatalogue catalogue = NyCatalogue(days, complete: true);
        Route ny = Assert.IsType<Route>(catalogue.RouteOf(CareerStep.Ny));
        Assert.True(ny.IsComplete);
        Assert.Equal(days, catalogue.CourseDaysOf(ny));
        Assert.Equal(days, catalogue.Courses.Sum(c => c.CourseDays));
    }

    [Theory]
    [Rule("COURSE-4")]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(11)]
    public void A_complete_Ny_route_of_fewer_than_eight_or_more_than_nine_course_days_is_refused(int days)
    {
        var error = Assert.Throws<RegionDataException>(() => NyCatalogue(days, complete: true));
        Assert.Equal([$"routes[0]: the Ny route has {days} course days; a complete Ny route has 8 or 9 (COURSE-4)"], Problems(error));
    }

    [Fact]
    [Rule("COURSE-4")]
    public void A_complete_Ny_route_of_seven_course_days_is_refused()
    {
        var error = Assert.Throws<RegionDataException>(() => new CourseCatalogue(
            [Course("a", 3), Course("b", 4)],
            [new Route(CareerStep.Ny, ["a", "b"])]));
        Assert.Equal(
            "The course catalogue has 1 problem(s):\n  - routes[0]: the Ny route has 7 course days; a complete Ny route has 8 or 9 (COURSE-4)",
            error.Message);
    }

    [Theory]
    [Rule("COURSE-4")]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void An_incomplete_Ny_route_of_up_to_nine_course_days_is_accepted(int days)
    {
        CourseCatalogue catalogue = NyCatalogue(days, complete: false);
        Route ny = Assert.IsType<Route>(catalogue.RouteOf(CareerStep.Ny));
        Assert.False(ny.IsComplete);
        Assert.Equal(days, catalogue.CourseDaysOf(ny));
    }

    [Theory]
    [Rule("COURSE-4")]
    [InlineData(10)]
    [InlineData(12)]
    public void An_incomplete_Ny_route_of_more_than_nine_course_days_is_refused(int days)
    {
        var error = Assert.Throws<RegionDataException>(() => NyCatalogue(days, complete: false));
        Assert.Equal([$"routes[0]: the Ny route already has {days} course days; the Ny route has 8 or 9 (COURSE-4)"], Problems(error));
    }

    [Theory]
    [Rule("COURSE-4")]
    [InlineData(true)]
    [InlineData(false)]
    public void Only_the_Ny_route_is_held_to_eight_or_nine_course_days(bool complete)
    {
        CourseCatalogue catalogue = new(
            [Course("kort", 1), Course("lang", 100)],
            [
                new Route(CareerStep.Van, ["kort"], complete),
                new Route(CareerStep.Erfaren, ["lang", "kort"], complete),
                new Route(CareerStep.ArbetsledareOchChef, ["lang"], complete),
            ]);
        Assert.Equal(1, catalogue.CourseDaysOf(catalogue.RouteOf(CareerStep.Van)!));
        Assert.Equal(101, catalogue.CourseDaysOf(catalogue.RouteOf(CareerStep.Erfaren)!));
        Assert.Equal(100, catalogue.CourseDaysOf(catalogue.RouteOf(CareerStep.ArbetsledareOchChef)!));
    }

    [Theory]
    [Rule("COURSE-4")]
    [InlineData(true)]
    [InlineData(false)]
    public void A_Ny_route_with_a_stop_that_is_not_a_course_gets_no_course_day_problem_on_top(bool complete)
    {
        var error = Assert.Throws<RegionDataException>(() => new CourseCatalogue(
            [Course("a", 10), Course("b", 10)],
            [new Route(CareerStep.Ny, ["saknas", "a", "b"], complete)]));
        Assert.Equal(["routes[0].stops[0]: no course with id 'saknas'"], Problems(error));
    }

    [Fact]
    [Rule("COURSE-4")]
    public void The_course_days_of_a_route_are_those_of_its_stops_courses_added_up()
    {
        CourseCatalogue catalogue = new([Course("a", 2), Course("b", 3), Course("c", 4), Course("d", 50)], []);
        Assert.Equal(9, catalogue.CourseDaysOf(new Route(CareerStep.Ny, ["a", "b", "c"])));
        Assert.Equal(50, catalogue.CourseDaysOf(new Route(CareerStep.Van, ["d"])));
        var error = Assert.Throws<KeyNotFoundException>(() => catalogue.CourseDaysOf(new Route(CareerStep.Van, ["a", "e"])));
        Assert.Equal("The course catalogue has no course with id 'e'.", error.Message);
        Assert.Throws<ArgumentNullException>(() => catalogue.CourseDaysOf(null!));
    }

    [Fact]
    [Rule("COURSE-5")]
    public void The_two_courses_the_plan_names_for_the_Ny_introductory_course_can_form_an_incomplete_Ny_route()
    {
        Course barnet = new("handlaggning-med-barnet-i-centrum", "Handläggning med barnet i centrum", 1);
        Course samtal = new("samtal-och-delaktighet", "Samtal och delaktighet", 1);

        CourseCatalogue catalogue = new(
            [barnet, samtal],
            [new Route(CareerStep.Ny, ["handlaggning-med-barnet-i-centrum", "samtal-och-delaktighet"], isComplete: false)]);

        Route ny = Assert.IsType<Route>(catalogue.RouteOf(CareerStep.Ny));
        Assert.False(ny.IsComplete);
        Assert.Equal(
            ["Handläggning med barnet i centrum", "Samtal och delaktighet"],
            ny.Stops.Select(id => catalogue.CourseWith(id).Name));
        Assert.Equal(2, catalogue.CourseDaysOf(ny));
    }

    [Fact]
    [Rule("COURSE-5")]
    public void The_two_introductory_courses_alone_are_not_a_complete_Ny_route()
    {
        var error = Assert.Throws<RegionDataException>(() => new CourseCatalogue(
            [
                new Course("handlaggning-med-barnet-i-centrum", "Handläggning med barnet i centrum", 1),
                new Course("samtal-och-delaktighet", "Samtal och delaktighet", 1),
            ],
            [new Route(CareerStep.Ny, ["handlaggning-med-barnet-i-centrum", "samtal-och-delaktighet"])]));
        Assert.Equal(["routes[0]: the Ny route has 2 course days; a complete Ny route has 8 or 9 (COURSE-4)"], Problems(error));
    }

    [Fact]
    [Rule("COURSE-5")]
    public void A_region_can_bring_its_own_catalogue_of_courses_and_routes()
    {
        Course intro = new("intro-vasterbotten", "Introduktion i Västerbotten", 4);
        Course fordjupning = new("fordjupning", "Fördjupning", 5);
        Course ledarskap = new("ledarskap", "Ledarskap", 2);

        CourseCatalogue catalogue = new([intro, fordjupning, ledarskap], [new Route(CareerStep.ArbetsledareOchChef, ["ledarskap"]), new Route(CareerStep.Ny, ["intro-vasterbotten", "fordjupning"])]);

        Assert.Equal([intro, fordjupning, ledarskap], catalogue.Courses.ToArray());
        Assert.Equal([CareerStep.Ny, CareerStep.ArbetsledareOchChef], catalogue.Routes.Select(r => r.Step));
        Assert.Equal(9, catalogue.CourseDaysOf(catalogue.RouteOf(CareerStep.Ny)!));
        Assert.Same(ledarskap, catalogue.CourseWith("ledarskap"));
    }
}
