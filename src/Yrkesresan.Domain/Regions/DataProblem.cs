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
/// <param name="Code">
/// What is wrong, as a stable code that is the same in every language (the key of the message's text, e.g.
/// <c>FieldMissing</c>), for a system that acts on a problem without reading its words.
/// </param>
/// <param name="Message">
/// What is wrong, as a readable sentence fragment in the UI culture current when the problem was found
/// (English, or Swedish for a Swedish culture).
/// </param>
public sealed record DataProblem(string Path, string Code, string Message)
{
    /// <summary>A problem whose message is a text of the library's resources.</summary>
    /// <param name="path">The field.</param>
    /// <param name="text">The text, its code and message.</param>
    internal DataProblem(string path, LocalizedText text)
        : this(path, text.Code, text.Message)
    {
    }

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
