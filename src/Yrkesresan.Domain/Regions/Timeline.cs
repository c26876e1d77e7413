using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// The history of one of a region's values that change over time: each value is in force from its
/// <see cref="DatedValue{T}.ValidFrom"/> until the day before the next one's. Asking for a date
/// before the first value is a clear error, never a guess.
/// </summary>
/// <typeparam name="T">The kind of value, e.g. a fee schedule.</typeparam>
/// <remarks>This type is immutable and safe to share between threads.</remarks>
public sealed class Timeline<T>
    where T : class
{
    private readonly TimelineWording wording;

    /// <summary>Creates a timeline and checks it: at least one value, none missing, no two valid from the same day.</summary>
    /// <param name="what">What the values are, for messages: e.g. <c>"fee schedule"</c>.</param>
    /// <param name="values">The values, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="what"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="what"/> is blank.</exception>
    /// <exception cref="RegionDataException">
    /// The values break the rules; every problem is listed, with paths such as <c>[1].valid_from</c>
    /// relative to the list as given.
    /// </exception>
    public Timeline(string what, IEnumerable<DatedValue<T>> values)
        : this(TimelineWording.Of(Guard.Against.NullOrWhiteSpace(what, message: "A timeline needs to say what its values are, e.g. \"fee schedule\".")), values)
    {
    }

    /// <summary>Creates a timeline of a kind of value the library knows, whose problems have whole texts in each language.</summary>
    /// <param name="wording">How the values are named.</param>
    /// <param name="values">The values, in any order.</param>
    internal Timeline(TimelineWording wording, IEnumerable<DatedValue<T>> values)
    {
        Guard.Against.Null(values);
        DatedValue<T>[] given = values.ToArray();
        var problems = new List<DataProblem>();
        if (given.Length == 0)
        {
            problems.Add(new(string.Empty, wording.Needed()));
        }

        var starts = new HashSet<LocalDate>();
        for (int i = 0; i < given.Length; i++)
        {
            if (given[i] is null)
            {
                problems.Add(new($"[{i}]", RegionText.Of(nameof(RegionTexts.RegionListItemMissing))));
            }
            else if (given[i].Value is null)
            {
                problems.Add(new($"[{i}]", wording.Empty()));
            }
            else if (!starts.Add(given[i].ValidFrom))
            {
                problems.Add(new($"[{i}].valid_from", wording.Overlap(Format(given[i].ValidFrom))));
            }
        }

        if (problems.Count > 0)
        {
            throw new RegionDataException(wording.Subject(), problems);
        }

        this.wording = wording;
        What = wording.What;
        Values = [.. given.OrderBy(v => v.ValidFrom)];
    }

    /// <summary>What the values are, e.g. <c>"fee schedule"</c>, as the code that made the timeline named them.</summary>
    public string What { get; }

    /// <summary>The values, in ascending <see cref="DatedValue{T}.ValidFrom"/> order; never empty.</summary>
    public ImmutableArray<DatedValue<T>> Values { get; }

    /// <summary>The first day any value is in force.</summary>
    public LocalDate FirstDate => Values[0].ValidFrom;

    /// <summary>The value in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value whose period contains <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="FirstDate"/>; the message says which date the first value is valid from.</exception>
    public T On(LocalDate date) => TryOn(date, out T? value)
        ? value
        : throw new ArgumentOutOfRangeException(
            nameof(date),
            date,
            wording.NoneOn(Format(date), Format(FirstDate)));

    /// <summary>The value in force on a date, if any.</summary>
    /// <param name="date">The date.</param>
    /// <param name="value">The value, when <paramref name="date"/> is on or after <see cref="FirstDate"/>.</param>
    /// <returns>Whether a value is in force on <paramref name="date"/>.</returns>
    public bool TryOn(LocalDate date, [NotNullWhen(true)] out T? value)
    {
        for (int i = Values.Length - 1; i >= 0; i--)
        {
            if (Values[i].ValidFrom <= date)
            {
                value = Values[i].Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>The kind of value and the dates, e.g. <c>"fee schedule from 2021-07-01"</c>, in the current UI culture.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => wording.Summary(string.Join(", ", Values.Select(v => Format(v.ValidFrom))));

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
