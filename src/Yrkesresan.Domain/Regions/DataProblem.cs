using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// One problem found in a region's data: where it is, as a path of field names in the region
/// file's spelling (<c>municipalities[4].population</c>), and what is wrong with it.
/// </summary>
/// <remarks>
/// Types that validate region data (<see cref="Region"/>, fee schedules, eligibility policies,
/// course catalogues) report paths relative to themselves; whoever holds them puts its own path in
/// front with <see cref="Under"/>. The region file reader turns the result into a JSON path
/// (<c>$.municipalities[4].population</c>).
/// </remarks>
/// <param name="Path">The field, relative to the validated value; empty for the value as a whole.</param>
/// <param name="Message">What is wrong, as a readable sentence fragment.</param>
public sealed record DataProblem(string Path, string Message)
{
    /// <summary>The same problem, seen from a value that holds the validated one at <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The holder's path to the validated value, e.g. <c>fee_schedules[0]</c>.</param>
    /// <returns>The problem with <paramref name="prefix"/> in front of its path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    public DataProblem Under(string prefix)
    {
        Guard.Against.Null(prefix);
        if (prefix.Length == 0)
        {
            return this;
        }

        if (Path.Length == 0)
        {
            return this with { Path = prefix };
        }

        return this with { Path = Path[0] == '[' ? prefix + Path : prefix + "." + Path };
    }

    /// <summary>The path and the message, e.g. <c>"municipalities[4].population: must be positive"</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
