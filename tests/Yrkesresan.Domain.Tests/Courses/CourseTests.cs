using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Courses;

/// <summary>COURSE-1, COURSE-2, COURSE-3: a course has preparation, course days and follow-up; it is validated as a whole.</summary>
public class CourseTests
{
    private static KnowledgeGoal Goal(string text = "Känner till barnkonventionen") => new(KnowledgeLevel.Fakta, text);

    private static CourseTask Task(string title = "Läs", int minutes = 30, DeliveryMode? mode = null) => new(title, Goal(), minutes, mode);

    private static string[] Problems(RegionDataException error) => [.. error.Problems.Select(p => p.ToString())];

    [Fact]
    [Rule("COURSE-2")]
    public void A_course_keeps_its_preparation_its_course_days_and_its_follow_up_in_order()
    {
        CourseTask read = new("Läs lagtexten", new KnowledgeGoal(KnowledgeLevel.Fakta, "Känner till LVU"), 45);
        CourseTask film = new("Se filmen", new KnowledgeGoal(KnowledgeLevel.Forstaelse, "Förstår barnets perspektiv"), 20);
        CourseTask practise = new("Öva samtal", new KnowledgeGoal(KnowledgeLevel.Fardighet, "Kan leda ett samtal"), 90, DeliveryMode.Digital);
        CourseTask reflect = new("Reflektera", new KnowledgeGoal(KnowledgeLevel.Fortrogenhet, "Prövar sitt omdöme"), 10_000);

        Course course = new("samtal", "Samtal och delaktighet", 3, [read, film], [practise, reflect]);

        Assert.Equal("samtal", course.Id);
        Assert.Equal("Samtal och delaktighet", course.Name);
        Assert.Equal([read, film], course.Preparation.ToArray());
        Assert.Equal(3, course.CourseDays);
        Assert.Equal([practise, reflect], course.FollowUp.ToArray());
        Assert.Equal("samtal: Samtal och delaktighet", course.ToString());
    }

    [Fact]
    [Rule("COURSE-2")]
    public void A_course_without_preparation_or_follow_up_has_two_empty_parts()
    {
        Course course = new("intro", "Introduktion", 1);
        Assert.False(course.Preparation.IsDefault);
        Assert.Empty(course.Preparation);
        Assert.False(course.FollowUp.IsDefault);
        Assert.Empty(course.FollowUp);

        Course given = new("intro", "Introduktion", 1, null, [Task()]);
        Assert.Empty(given.Preparation);
        Assert.Single(given.FollowUp);
    }

    [Fact]
    [Rule("COURSE-2")]
    public void A_task_has_a_title_a_knowledge_goal_an_estimated_time_and_is_digital_unless_it_says_otherwise()
    {
        CourseTask task = new("Läs", new KnowledgeGoal(KnowledgeLevel.Fardighet, "Kan skriva en utredning"), 25);
        Assert.Equal("Läs", task.Title);
        Assert.Equal(KnowledgeLevel.Fardighet, task.Goal.Level);
        Assert.Equal("Kan skriva en utredning", task.Goal.Text);
        Assert.Equal(25, task.EstimatedMinutes);
        Assert.Same(DeliveryMode.Digital, task.Mode);
        Assert.Same(DeliveryMode.OnSite, new CourseTask("Läs", task.Goal, 25, DeliveryMode.OnSite).Mode);
        Assert.Equal(task, new CourseTask("Läs", new KnowledgeGoal(KnowledgeLevel.Fardighet, "Kan skriva en utredning"), 25, DeliveryMode.Digital));
        Assert.NotEqual(task, new CourseTask("Läs", task.Goal, 26));
        Assert.Equal("Läs", task.ToString());
        Assert.Equal("Färdighet: Kan skriva en utredning", task.Goal.ToString());
        Assert.Equal(new KnowledgeGoal(KnowledgeLevel.Fardighet, "Kan skriva en utredning"), task.Goal);
        Assert.NotEqual(new KnowledgeGoal(KnowledgeLevel.Fortrogenhet, "Kan skriva en utredning"), task.Goal);
        Assert.Equal(1, CourseTask.MinEstimatedMinutes);
        Assert.Equal(10_000, CourseTask.MaxEstimatedMinutes);
    }

    [Theory]
    [Rule("COURSE-2")]
    [InlineData(1)]
    [InlineData(10_000)]
    public void A_task_of_one_minute_or_of_ten_thousand_minutes_is_accepted(int minutes)
    {
        Course course = new("kurs", "Kurs", 1, [Task(minutes: minutes)], [Task(minutes: minutes)]);
        Assert.Equal(minutes, course.Preparation[0].EstimatedMinutes);
        Assert.Equal(minutes, course.FollowUp[0].EstimatedMinutes);
    }

    [Theory]
    [Rule("COURSE-2")]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void A_task_of_no_minutes_or_of_more_than_ten_thousand_minutes_is_refused(int minutes)
    {
        var error = Assert.Throws<RegionDataException>(() => new Course("kurs", "Kurs", 1, [Task(minutes: minutes)], [Task(), Task(minutes: minutes)]));
        Assert.Equal(
            [
                $"preparation[0].minutes: a task takes 1 to 10000 minutes, not {minutes}",
                $"follow_up[1].minutes: a task takes 1 to 10000 minutes, not {minutes}",
            ],
            Problems(error));
    }

    [Theory]
    [Rule("COURSE-3")]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(100)]
    public void A_course_of_one_to_one_hundred_course_days_is_accepted(int days)
    {
        Assert.Equal(days, new Course("kurs", "Kurs", days).CourseDays);
        Assert.Equal(100, Course.MaxCourseDays);
    }

    [Theory]
    [Rule("COURSE-3")]
    [InlineData(0, "course_days: a course has at least one course day (COURSE-3)")]
    [InlineData(-1, "course_days: a course has at least one course day (COURSE-3)")]
    [InlineData(101, "course_days: a course has at most 100 course days, not 101")]
    [InlineData(int.MaxValue, "course_days: a course has at most 100 course days, not 2147483647")]
    public void A_course_of_no_course_day_or_of_more_than_one_hundred_is_refused(int days, string problem)
    {
        var error = Assert.Throws<RegionDataException>(() => new Course("kurs", "Kurs", days));
        Assert.Equal([problem], Problems(error));
        Assert.Equal($"The course 'kurs' has 1 problem(s):\n  - {problem}", error.Message);
    }

    [Fact]
    [Rule("COURSE-3")]
    public void Preparation_given_on_site_is_refused_because_preparation_is_always_digital()
    {
        var error = Assert.Throws<RegionDataException>(() => new Course(
            "kurs",
            "Kurs",
            1,
            [Task(mode: DeliveryMode.Digital), Task(mode: DeliveryMode.OnSite), Task(), Task(mode: DeliveryMode.OnSite)]));
        Assert.Equal(
            ["preparation[1].mode: preparation is always digital (COURSE-3)", "preparation[3].mode: preparation is always digital (COURSE-3)"],
            Problems(error));
    }

    [Fact]
    [Rule("COURSE-3")]
    public void Follow_up_given_on_site_is_refused_because_follow_up_is_always_digital()
    {
        var error = Assert.Throws<RegionDataException>(() => new Course("kurs", "Kurs", 1, null, [Task(mode: DeliveryMode.OnSite), Task()]));
        Assert.Equal(["follow_up[0].mode: follow-up is always digital (COURSE-3)"], Problems(error));
    }

    [Fact]
    [Rule("COURSE-3")]
    public void Preparation_and_follow_up_that_are_digital_are_accepted()
    {
        Course course = new("kurs", "Kurs", 1, [Task(mode: DeliveryMode.Digital)], [Task(mode: null)]);
        Assert.Same(DeliveryMode.Digital, course.Preparation[0].Mode);
        Assert.Same(DeliveryMode.Digital, course.FollowUp[0].Mode);
    }

    [Fact]
    [Rule("COURSE-2")]
    public void Every_problem_of_a_course_and_of_its_tasks_is_reported_at_once_in_the_order_of_the_file()
    {
        var error = Assert.Throws<RegionDataException>(() => new Course(
            " ",
            "",
            0,
            [
                new CourseTask(" ", new KnowledgeGoal(KnowledgeLevel.Fakta, "\t"), 0, DeliveryMode.OnSite),
                null!,
                new CourseTask(null!, null!, 10_001),
                Task(),
            ],
            [
                new CourseTask("Fördjupa", new KnowledgeGoal(null!, null!), 5, DeliveryMode.OnSite),
                null!,
            ]));

        Assert.Equal(
            [
                "id: a course needs an id",
                "name: a course needs a name",
                "course_days: a course has at least one course day (COURSE-3)",
                "preparation[0].title: a task needs a title",
                "preparation[0].goal.text: a knowledge goal needs a text",
                "preparation[0].minutes: a task takes 1 to 10000 minutes, not 0",
                "preparation[0].mode: preparation is always digital (COURSE-3)",
                "preparation[1]: is missing",
                "preparation[2].title: a task needs a title",
                "preparation[2].goal: is missing",
                "preparation[2].minutes: a task takes 1 to 10000 minutes, not 10001",
                "follow_up[0].goal.level: is missing",
                "follow_up[0].goal.text: a knowledge goal needs a text",
                "follow_up[0].mode: follow-up is always digital (COURSE-3)",
                "follow_up[1]: is missing",
            ],
            Problems(error));
        Assert.StartsWith("The course '(no id)' has 15 problem(s):\n  - id: a course needs an id\n", error.Message, StringComparison.Ordinal);
        Assert.Equal("course '(no id)'", error.Subject);
    }

    [Fact]
    [Rule("COURSE-2")]
    public void A_course_without_an_id_or_a_name_is_refused()
    {
        var error = Assert.Throws<RegionDataException>(() => new Course(null!, null!, 1));
        Assert.Equal(["id: a course needs an id", "name: a course needs a name"], Problems(error));
        Assert.Equal("course '(no id)'", error.Subject);
    }

    [Theory]
    [Rule("COURSE-1")]
    [InlineData("barnet i centrum")]
    [InlineData("barnet\tcentrum")]
    [InlineData(" barnet")]
    [InlineData("barnet\n")]
    public void A_course_id_that_routes_name_their_stops_by_has_no_whitespace(string id)
    {
        var error = Assert.Throws<RegionDataException>(() => new Course(id, "Handläggning med barnet i centrum", 1));
        Assert.Equal([$"id: '{id}' contains whitespace; a course id has none"], Problems(error));
        Assert.Equal($"course '{id}'", error.Subject);
    }

    [Fact]
    [Rule("COURSE-1")]
    public void A_course_id_may_hold_letters_digits_dashes_and_other_marks()
    {
        Assert.Equal("barnet-i-centrum_2.0/å", new Course("barnet-i-centrum_2.0/å", "Kurs", 1).Id);
        Assert.Equal("x", new Course("x", "K", 1).Id);
    }
}
