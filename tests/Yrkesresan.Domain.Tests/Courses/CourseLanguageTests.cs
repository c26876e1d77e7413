using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.Courses;

/// <summary>
/// COURSE-3, COURSE-4 in Swedish: the problems of courses, routes and catalogues read in the seeds' terms
/// (<i>kurs</i>, <i>kursdag</i>, <i>resväg</i>, <i>hållplats</i>), each with its code; the ledger's own texts too.
/// </summary>
public sealed class CourseLanguageTests
{
    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_course_s_problems_read_in_Swedish_with_their_codes()
    {
        var task = new CourseTask("Läs", new KnowledgeGoal(KnowledgeLevel.Fakta, "Känna till"), 0, DeliveryMode.OnSite);
        var error = Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => new Course("a b", " ", 0, preparation: [task])));
        Assert.Equal(
            [
                "CourseIdHasWhitespace: id: 'a b' innehåller blanksteg; ett kurs-id har inga",
                "CourseNameMissing: name: en kurs behöver ett namn",
                "CourseHasNoCourseDay: course_days: en kurs har minst en kursdag (COURSE-3)",
                "TaskMinutesOutOfRange: preparation[0].minutes: en uppgift tar 1 till 10000 minuter, inte 0",
                "PreparationNotDigital: preparation[0].mode: förberedelser är alltid digitala (COURSE-3)",
            ],
            error.Problems.Select(p => $"{p.Code}: {p}"));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_catalogue_s_and_a_route_s_problems_read_in_Swedish_with_their_codes()
    {
        var course = new Course("samtal", "Samtal", 3);
        var catalogue = Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => new CourseCatalogue(
            [course, course],
            [new Route(CareerStep.Ny, ["samtal", "okand"]), new Route(CareerStep.Ny, ["samtal"])])));
        Assert.Equal(
            [
                "CourseIdRepeated: courses[1].id: 'samtal' förekommer mer än en gång",
                "StopNotACourse: routes[0].stops[1]: ingen kurs har id 'okand'",
                "StepHasTwoRoutes: routes[1].step: Ny har mer än en resväg",
                "NyRouteCourseDays: routes[1]: resvägen för Ny har 3 kursdagar; en komplett resväg för Ny har 8 eller 9 (COURSE-4)",
            ],
            catalogue.Problems.Select(p => $"{p.Code}: {p}"));

        var route = Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => new Route(CareerStep.Van, ["a", " ", "a"])));
        Assert.Equal(
            ["StopIdMissing: stops[1]: en hållplats behöver ett kurs-id", "StopRepeated: stops[2]: 'a' är redan stops[0]"],
            route.Problems.Select(p => $"{p.Code}: {p}"));
        Assert.Equal("Ny: samtal (ofullständig)", Culture.InSwedish(() => new Route(CareerStep.Ny, ["samtal"], isComplete: false).ToString()));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_ledger_and_its_trainers_read_in_Swedish()
    {
        Ledger ledger = ExampleLedger();
        Assert.Equal("liggare med 6 kurstillfälle(n) i Norrbotten", Culture.InSwedish(() => ledger.ToString()));
        Assert.Equal("extern: alla dagar", Culture.InSwedish(() => External().ToString()));
        Assert.Equal("2581: 2023-03-14, 2023-03-15", Culture.InSwedish(() => T("2581", "2023-03-14", "2023-03-15").ToString()));
        Assert.Equal("external on every day", External().ToString());

        var error = Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => new CourseOccasion("o", "samtal", [OnSite("2023-03-14")], [P("2580", 0)], [])));
        Assert.Equal(
            "RegistrationCountTooSmall: participants[0].count: ska vara minst 1, inte 0: en anmälan gäller en deltagare eller fler",
            $"{Assert.Single(error.Problems).Code}: {Assert.Single(error.Problems)}");
    }
}
