using System.Collections.Immutable;
using System.Globalization;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Courses;

/// <summary>
/// A course of the catalogue: one stop of a career step's route (rule <c>COURSE-1</c>).
/// </summary>
/// <remarks>
/// <para>
/// A course has three parts, in this order (rule <c>COURSE-2</c>): <see cref="Preparation"/>
/// (digital preparation tasks, <i>förberedelser</i>), <see cref="CourseDays"/> teacher-led course
/// days (<i>kursdagar</i>, on site or digital; when and how each day is given belongs to a course
/// occasion), and <see cref="FollowUp"/> (digital deepening tasks, suggested, <i>fördjupning efter</i>).
/// Preparation and follow-up are always digital, and a course has at least one course day (rule
/// <c>COURSE-3</c>).
/// </para>
/// <para>
/// A course is validated as a whole when it is created: every problem, its own and its tasks', is
/// reported at once in a <see cref="RegionDataException"/>, with paths relative to the course in
/// the region file's spelling (<c>course_days</c>, <c>preparation[0].goal.text</c>), and no partly
/// valid course ever exists.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Course
{
    /// <summary>The most course days a course may have.</summary>
    public const int MaxCourseDays = 100;

    /// <summary>Creates and validates a course.</summary>
    /// <param name="id">The course's id, as routes name it, e.g. <c>"barnet-i-centrum"</c>; not blank, no whitespace.</param>
    /// <param name="name">The course's name, e.g. "Handläggning med barnet i centrum"; not blank.</param>
    /// <param name="courseDays">The number of teacher-led course days: 1 to <see cref="MaxCourseDays"/> (rule <c>COURSE-3</c>).</param>
    /// <param name="preparation">The preparation tasks, in order; each digital. <see langword="null"/> (the default) means none.</param>
    /// <param name="followUp">The follow-up tasks, in order; each digital. <see langword="null"/> (the default) means none.</param>
    /// <exception cref="RegionDataException">The data breaks a rule; every problem is listed.</exception>
    public Course(string id, string name, int courseDays, IEnumerable<CourseTask>? preparation = null, IEnumerable<CourseTask>? followUp = null)
    {
        ImmutableArray<CourseTask> before = [.. preparation ?? []];
        ImmutableArray<CourseTask> after = [.. followUp ?? []];

        var problems = new List<DataProblem>();
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new("id", CourseText.Of(nameof(CourseTexts.CourseIdMissing))));
        }
        else if (id.Any(char.IsWhiteSpace))
        {
            problems.Add(new("id", CourseText.Of(nameof(CourseTexts.CourseIdHasWhitespace), id)));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new("name", CourseText.Of(nameof(CourseTexts.CourseNameMissing))));
        }

        if (courseDays < 1)
        {
            problems.Add(new("course_days", CourseText.Of(nameof(CourseTexts.CourseHasNoCourseDay))));
        }
        else if (courseDays > MaxCourseDays)
        {
            problems.Add(new("course_days", CourseText.Of(nameof(CourseTexts.CourseHasTooManyCourseDays), MaxCourseDays, courseDays)));
        }

        CheckTasks(before, "preparation", nameof(CourseTexts.PreparationNotDigital), problems);
        CheckTasks(after, "follow_up", nameof(CourseTexts.FollowUpNotDigital), problems);

        if (problems.Count > 0)
        {
            throw new RegionDataException(LocalizedText.Format(CourseTexts.CourseSubject, string.IsNullOrWhiteSpace(id) ? CourseTexts.CourseWithoutId : id), problems);
        }

        Id = id;
        Name = name;
        CourseDays = courseDays;
        Preparation = before;
        FollowUp = after;
    }

    /// <summary>The course's id, unique in its catalogue; routes name their stops by it.</summary>
    public string Id { get; }

    /// <summary>The course's name.</summary>
    public string Name { get; }

    /// <summary>The first part of the course (rule <c>COURSE-2</c>): the digital preparation tasks, in order; may be empty.</summary>
    public ImmutableArray<CourseTask> Preparation { get; }

    /// <summary>The second part of the course (rule <c>COURSE-2</c>): the number of teacher-led course days, at least one (rule <c>COURSE-3</c>).</summary>
    public int CourseDays { get; }

    /// <summary>The third part of the course (rule <c>COURSE-2</c>): the suggested digital follow-up tasks, in order; may be empty.</summary>
    public ImmutableArray<CourseTask> FollowUp { get; }

    /// <summary>The id and the name, e.g. <c>"samtal: Samtal och delaktighet"</c>.</summary>
    /// <returns>The id and the name.</returns>
    public override string ToString() => $"{Id}: {Name}";

    private static void CheckTasks(ImmutableArray<CourseTask> tasks, string part, string notDigitalKey, List<DataProblem> problems)
    {
        for (int i = 0; i < tasks.Length; i++)
        {
            string at = $"{part}[{i.ToString(CultureInfo.InvariantCulture)}]";
            CourseTask task = tasks[i];
            if (task is null)
            {
                problems.Add(new(at, CourseText.Of(nameof(CourseTexts.CourseEntryMissing))));
                continue;
            }

            if (string.IsNullOrWhiteSpace(task.Title))
            {
                problems.Add(new($"{at}.title", CourseText.Of(nameof(CourseTexts.TaskTitleMissing))));
            }

            if (task.Goal is null)
            {
                problems.Add(new($"{at}.goal", CourseText.Of(nameof(CourseTexts.CourseEntryMissing))));
            }
            else
            {
                if (task.Goal.Level is null)
                {
                    problems.Add(new($"{at}.goal.level", CourseText.Of(nameof(CourseTexts.CourseEntryMissing))));
                }

                if (string.IsNullOrWhiteSpace(task.Goal.Text))
                {
                    problems.Add(new($"{at}.goal.text", CourseText.Of(nameof(CourseTexts.GoalTextMissing))));
                }
            }

            if (task.EstimatedMinutes is < CourseTask.MinEstimatedMinutes or > CourseTask.MaxEstimatedMinutes)
            {
                problems.Add(new(
                    $"{at}.minutes",
                    CourseText.Of(nameof(CourseTexts.TaskMinutesOutOfRange), CourseTask.MinEstimatedMinutes, CourseTask.MaxEstimatedMinutes, task.EstimatedMinutes)));
            }

            if (task.Mode != DeliveryMode.Digital)
            {
                problems.Add(new($"{at}.mode", CourseText.Of(notDigitalKey)));
            }
        }
    }
}
