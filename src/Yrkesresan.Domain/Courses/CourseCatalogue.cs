using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Courses;

/// <summary>
/// A region's course catalogue: its courses, and the route of each career step through them
/// (rules <c>COURSE-1</c> to <c>COURSE-5</c>). The catalogue is data: a region brings its own.
/// </summary>
/// <remarks>
/// <para>
/// A catalogue is validated as a whole when it is created: course ids are unique, each step has at
/// most one route, every stop is a course of the catalogue, and a Ny route's course days add up to
/// 8 or 9 (rule <c>COURSE-4</c>; an incomplete Ny route may have fewer, never more than 9). Every
/// problem is reported at once in a <see cref="RegionDataException"/>, with paths in the region
/// file's spelling (<c>routes[0].stops[2]</c>), and no partly valid catalogue ever exists.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class CourseCatalogue
{
    private const int NyMinCourseDays = 8;
    private const int NyMaxCourseDays = 9;

    private readonly FrozenDictionary<string, Course> _byId;

    /// <summary>Creates and validates a course catalogue.</summary>
    /// <param name="courses">The courses, in the order of the file: no id twice.</param>
    /// <param name="routes">The routes, in any order: at most one per step, every stop a course of <paramref name="courses"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="courses"/> or <paramref name="routes"/> is null.</exception>
    /// <exception cref="RegionDataException">The data breaks a rule; every problem is listed.</exception>
    public CourseCatalogue(IEnumerable<Course> courses, IEnumerable<Route> routes)
    {
        Guard.Against.Null(courses);
        Guard.Against.Null(routes);
        ImmutableArray<Course> all = [.. courses];
        ImmutableArray<Route> paths = [.. routes];

        var problems = new List<DataProblem>();
        var byId = new Dictionary<string, Course>(StringComparer.Ordinal);
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                problems.Add(new($"courses[{Index(i)}]", CourseText.Of(nameof(CourseTexts.CourseEntryMissing))));
            }
            else if (!byId.TryAdd(all[i].Id, all[i]))
            {
                problems.Add(new($"courses[{Index(i)}].id", CourseText.Of(nameof(CourseTexts.CourseIdRepeated), all[i].Id)));
            }
        }

        var steps = new HashSet<CareerStep>();
        for (int i = 0; i < paths.Length; i++)
        {
            Route route = paths[i];
            if (route is null)
            {
                problems.Add(new($"routes[{Index(i)}]", CourseText.Of(nameof(CourseTexts.CourseEntryMissing))));
                continue;
            }

            if (!steps.Add(route.Step))
            {
                problems.Add(new($"routes[{Index(i)}].step", CourseText.Of(nameof(CourseTexts.StepHasTwoRoutes), route.Step.Code)));
            }

            bool allKnown = true;
            for (int j = 0; j < route.Stops.Length; j++)
            {
                if (!byId.ContainsKey(route.Stops[j]))
                {
                    allKnown = false;
                    problems.Add(new($"routes[{Index(i)}].stops[{Index(j)}]", CourseText.Of(nameof(CourseTexts.StopNotACourse), route.Stops[j])));
                }
            }

            if (allKnown && route.Step == CareerStep.Ny)
            {
                CheckNyCourseDays(route, route.Stops.Sum(id => byId[id].CourseDays), $"routes[{Index(i)}]", problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new RegionDataException(CourseTexts.CatalogueSubject, problems);
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        Courses = all;
        Routes = [.. paths.OrderBy(r => r.Step.Value)];
    }

    /// <summary>The catalogue with no courses and no routes.</summary>
    public static CourseCatalogue Empty { get; } = new([], []);

    /// <summary>The courses, in the order of the file.</summary>
    public ImmutableArray<Course> Courses { get; }

    /// <summary>The routes, at most one per step, in step order (Ny first).</summary>
    public ImmutableArray<Route> Routes { get; }

    /// <summary>The course with a given id; the comparison is exact (ordinal, case-sensitive).</summary>
    /// <param name="id">The course's id.</param>
    /// <returns>The course.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no course with that id.</exception>
    public Course CourseWith(string id) =>
        TryGetCourse(id, out Course? course)
            ? course
            : throw new KeyNotFoundException($"The course catalogue has no course with id '{id}'.");

    /// <summary>Finds the course with a given id; the comparison is exact (ordinal, case-sensitive).</summary>
    /// <param name="id">The course's id.</param>
    /// <param name="course">The course, when found.</param>
    /// <returns>Whether the catalogue has a course with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetCourse(string id, [MaybeNullWhen(false)] out Course course)
    {
        Guard.Against.Null(id);
        return _byId.TryGetValue(id, out course);
    }

    /// <summary>The route of a career step (rule <c>COURSE-1</c>).</summary>
    /// <param name="step">The step.</param>
    /// <returns>The step's route, or <see langword="null"/> when the catalogue has none for it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public Route? RouteOf(CareerStep step)
    {
        Guard.Against.Null(step);
        return Routes.FirstOrDefault(r => r.Step == step);
    }

    /// <summary>The course days of a route: the sum of the course days of its stops' courses (rule <c>COURSE-4</c>).</summary>
    /// <param name="route">The route; each of its stops must be a course of this catalogue.</param>
    /// <returns>The number of course days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A stop of the route is not a course of this catalogue.</exception>
    public int CourseDaysOf(Route route)
    {
        Guard.Against.Null(route);
        return route.Stops.Sum(id => CourseWith(id).CourseDays);
    }

    private static void CheckNyCourseDays(Route route, int days, string at, List<DataProblem> problems)
    {
        if (route.IsComplete && days is < NyMinCourseDays or > NyMaxCourseDays)
        {
            problems.Add(new(at, CourseText.Of(nameof(CourseTexts.NyRouteCourseDays), days, NyMinCourseDays, NyMaxCourseDays)));
        }
        else if (!route.IsComplete && days > NyMaxCourseDays)
        {
            problems.Add(new(at, CourseText.Of(nameof(CourseTexts.NyRouteTooManyCourseDays), days, NyMinCourseDays, NyMaxCourseDays)));
        }
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
