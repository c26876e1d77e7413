using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Courses;

/// <summary>
/// The route (<i>resväg</i>) that a career step's suitcase leads to: ordered stops, each stop one
/// course of the catalogue, named by its id (rule <c>COURSE-1</c>).
/// </summary>
/// <remarks>
/// <para>
/// A route is validated when it is created: it has at least one stop, no stop is blank and no
/// course is a stop twice. Every problem is reported at once in a <see cref="RegionDataException"/>,
/// with paths relative to the route in the region file's spelling (<c>stops[2]</c>). Whether each
/// stop is a course of the catalogue, and whether a Ny route has 8 or 9 course days (rule
/// <c>COURSE-4</c>), is checked by the <see cref="CourseCatalogue"/> that holds the route.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Route
{
    /// <summary>Creates and validates a route.</summary>
    /// <param name="step">The career step whose route this is.</param>
    /// <param name="stops">The ids of the courses, in the order they are taken: at least one, none blank, no course twice.</param>
    /// <param name="isComplete">
    /// Whether the route is the whole route of the step (the default); <see langword="false"/> says the
    /// region has not published the whole route yet.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="stops"/> is null.</exception>
    /// <exception cref="RegionDataException">The data breaks a rule; every problem is listed.</exception>
    public Route(CareerStep step, IEnumerable<string> stops, bool isComplete = true)
    {
        Guard.Against.Null(stops);
        ImmutableArray<string> ids = [.. stops];

        var problems = new List<DataProblem>();
        if (step is null)
        {
            problems.Add(new("step", CourseText.Of(nameof(CourseTexts.CourseEntryMissing))));
        }

        if (ids.IsEmpty)
        {
            problems.Add(new("stops", CourseText.Of(nameof(CourseTexts.RouteHasNoStop))));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < ids.Length; j++)
        {
            string at = $"stops[{j.ToString(CultureInfo.InvariantCulture)}]";
            if (string.IsNullOrWhiteSpace(ids[j]))
            {
                problems.Add(new(at, CourseText.Of(nameof(CourseTexts.StopIdMissing))));
            }
            else if (seen.TryGetValue(ids[j], out int first))
            {
                problems.Add(new(at, CourseText.Of(nameof(CourseTexts.StopRepeated), ids[j], first)));
            }
            else
            {
                seen.Add(ids[j], j);
            }
        }

        if (problems.Count > 0)
        {
            throw new RegionDataException(LocalizedText.Format(CourseTexts.RouteSubject, step is null ? CourseTexts.RouteWithoutStep : step.Code), problems);
        }

        Step = step!;
        Stops = ids;
        IsComplete = isComplete;
    }

    /// <summary>The career step whose route this is.</summary>
    public CareerStep Step { get; }

    /// <summary>The ids of the courses, in the order they are taken; at least one, no course twice.</summary>
    public ImmutableArray<string> Stops { get; }

    /// <summary>
    /// Whether the route is the whole route of the step; <see langword="false"/> when the region has
    /// not published the whole route yet, so that a Ny route may still have fewer than 8 course days
    /// (rule <c>COURSE-4</c>).
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>The step and the stops, e.g. <c>"Ny: barnet-i-centrum, samtal (incomplete)"</c>, in the current UI culture.</summary>
    /// <returns>The step and the stops.</returns>
    public override string ToString() => IsComplete
        ? $"{Step.Code}: {string.Join(", ", Stops)}"
        : LocalizedText.Format(CourseTexts.RouteIncomplete, Step.Code, string.Join(", ", Stops));
}
