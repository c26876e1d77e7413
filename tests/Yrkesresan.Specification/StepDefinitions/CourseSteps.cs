using Reqnroll;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>Course structure (COURSE-1 to COURSE-5): courses, their parts, routes and the catalogue.</summary>
[Binding]
public sealed class CourseSteps(RegionContext regions, Refusal refusal)
{
    private readonly List<Course> courses = [];
    private readonly List<Route> routes = [];
    private readonly List<CourseTask> preparation = [];
    private readonly List<CourseTask> followUp = [];
    private (string Id, string Name, int Days)? draft;
    private CourseCatalogue? catalogue;
    private Course? course;
    private Route? route;

    private CourseCatalogue Catalogue => catalogue ?? regions.Region.Catalogue;

    [Given("kurserna:")]
    public void GivenTheCourses(DataTable table) =>
        courses.AddRange(table.Rows.Select(r => new Course(r["id"], r["namn"], (int)Swedish.Integer(r["kursdagar"]))));

    [Given(@"^resvägen för steget (.+) med hållplatserna (.+)$")]
    public void GivenARoute(string step, string stops) =>
        routes.Add(new Route(Swedish.Named<CareerStep>(step), Swedish.List(stops)));

    [Given(@"^en (komplett|ofullständig) resväg för steget (.+) vars kurser har (\d+) kursdagar$")]
    public void GivenARouteOfCourseDays(string complete, string step, int total)
    {
        // Courses of at most three course days each, named d1, d2, …, that add up to the total.
        var stops = new List<string>();
        for (int left = total; left > 0; left -= 3)
        {
            string id = $"d{courses.Count + 1}";
            courses.Add(new Course(id, "Kurs " + id, Math.Min(3, left)));
            stops.Add(id);
        }

        routes.Add(new Route(Swedish.Named<CareerStep>(step), stops, isComplete: complete == "komplett"));
    }

    [When("kurskatalogen läses in")]
    public void WhenTheCatalogueIsRead() => catalogue = refusal.Try(() => new CourseCatalogue(courses, routes));

    [Given(@"^kursen (\S+), ""(.+)"", med (-?\d+) kursdagar$")]
    public void GivenACourse(string id, string name, int days) => draft = (id, name, days);

    [Given("förberedelserna:")]
    public void GivenThePreparation(DataTable table) => preparation.AddRange(table.Rows.Select(Task));

    [Given("fördjupningen efter:")]
    public void GivenTheFollowUp(DataTable table) => followUp.AddRange(table.Rows.Select(Task));

    [When("kursen läggs in")]
    public void WhenTheCourseIsMade()
    {
        var (id, name, days) = draft ?? throw new InvalidOperationException("No course has been written.");
        course = refusal.Try(() => new Course(id, name, days, preparation, followUp));
    }

    [Then(@"^har kursen (\d+) förberedelseuppgift(?:er)?, (\d+) kursdag(?:ar)? och (\d+) fördjupningsuppgift(?:er)?$")]
    public void ThenTheCourseHasItsParts(int preparationTasks, int courseDays, int followUpTasks)
    {
        Assert.NotNull(course);
        Assert.Equal((preparationTasks, courseDays, followUpTasks), (course.Preparation.Length, course.CourseDays, course.FollowUp.Length));
    }

    [Then(@"^är förberedelserna och fördjupningen efter (.+)$")]
    public void ThenTheTasksAre(string mode)
    {
        Assert.NotNull(course);
        Assert.All(course.Preparation.Concat(course.FollowUp), t => Assert.Equal(Swedish.Named<DeliveryMode>(mode), t.Mode));
    }

    [Then("har kursens förberedelser uppgifterna:")]
    public void ThenThePreparationTasks(DataTable table)
    {
        Assert.NotNull(course);
        Assert.Equal(table.Rows.Select(r => r["uppgift"]), course.Preparation.Select(t => t.Title));
    }

    [Then(@"^har steget (.+) en resväg med hållplatserna:$")]
    public void ThenTheRoute(string step, DataTable table)
    {
        route = Catalogue.RouteOf(Swedish.Named<CareerStep>(step));
        Assert.NotNull(route);
        Assert.Equal(
            table.Rows.Select(r => (r["hållplats"], r["kurs"], r["kursdagar"])),
            route.Stops.Select((id, i) => ((i + 1).ToString(Culture.Swedish), Catalogue.CourseWith(id).Name, Catalogue.CourseWith(id).CourseDays.ToString(Culture.Swedish))));
    }

    [Then(@"^är resvägen (komplett|inte komplett än)$")]
    public void ThenTheRouteIsComplete(string complete)
    {
        Assert.NotNull(route);
        Assert.Equal(complete == "komplett", route.IsComplete);
    }

    [Then(@"^har resvägen (\d+) kursdagar sammanlagt$")]
    public void ThenTheRouteHasCourseDays(int days)
    {
        Assert.NotNull(route);
        Assert.Equal(days, Catalogue.CourseDaysOf(route));
    }

    [Then(@"^har katalogen resvägar för stegen (.+)$")]
    public void ThenTheCatalogueHasRoutes(string steps) =>
        Assert.Equal(Swedish.List(steps).Select(Swedish.Named<CareerStep>), Catalogue.Routes.Select(r => r.Step));

    [Then("har katalogen kurserna:")]
    public void ThenTheCatalogueHasCourses(DataTable table) =>
        Assert.Equal(table.Rows.Select(r => (r["id"], r["kurs"], r["kursdagar"])), Catalogue.Courses.Select(c => (c.Id, c.Name, c.CourseDays.ToString(Culture.Swedish))));

    private static CourseTask Task(DataTableRow row) =>
        new(
            row["uppgift"],
            new KnowledgeGoal(Swedish.Named<KnowledgeLevel>(row["kunskapsnivå"]), row["kunskapsmål"]),
            (int)Swedish.Integer(row["minuter"]),
            row.TryGetValue("genomförande", out string? mode) && !Swedish.IsNothing(mode) ? Swedish.Named<DeliveryMode>(mode) : null);
}
