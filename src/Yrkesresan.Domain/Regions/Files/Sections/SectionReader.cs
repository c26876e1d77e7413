using System.Text.Json;
using NodaTime;

namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>
/// What the readers of a region file's sections share: the file's <see cref="ReadContext"/>, the
/// <see cref="IndexMap"/> of the items handed to the domain types, and the ways of reading a list,
/// a dated list and a yearly start, and of handing parts to a validating constructor.
/// </summary>
/// <param name="context">The file's read context, which collects every problem.</param>
/// <param name="indexes">Where the items handed to the domain types came from in the file.</param>
internal abstract class SectionReader(ReadContext context, IndexMap indexes)
{
    /// <summary>The file's read context, which collects every problem.</summary>
    protected ReadContext Context => context;

    /// <summary>Where the items handed to the domain types came from in the file.</summary>
    protected IndexMap Indexes => indexes;

    /// <summary>Reads a list of dated values (each with <c>valid_from</c>) into a timeline; an item with any problem is left out.</summary>
    /// <typeparam name="T">What each item holds.</typeparam>
    /// <param name="root">The file's root object.</param>
    /// <param name="list">The list's field, e.g. <c>fee_schedules</c>.</param>
    /// <param name="wording">How the timeline names its items in its problems.</param>
    /// <param name="plural">The items, for the list's problems, in the current UI culture: e.g. "fee schedules".</param>
    /// <param name="readItem">Reads an item's value at its path, reporting what is wrong.</param>
    /// <returns>The timeline; null when no item could be read or the timeline breaks a rule.</returns>
    protected Timeline<T>? ReadTimeline<T>(JsonElement root, string list, TimelineWording wording, string plural, Func<JsonElement, string, T?> readItem)
        where T : class
    {
        var values = new List<DatedValue<T>>();
        ForEachItem(root, list, plural, 1, (item, path, index) =>
        {
            int itemBefore = context.Count;
            LocalDate? validFrom = ReadContext.ReadValue(item, path, "valid_from", context.Date);
            T? value = readItem(item, path);
            if (validFrom is LocalDate from && value is not null && context.Count == itemBefore)
            {
                indexes.Add(list, index);
                values.Add(new DatedValue<T>(from, value));
            }
        });

        if (values.Count == 0)
        {
            return null;
        }

        try
        {
            return new Timeline<T>(wording, values);
        }
        catch (RegionDataException exception)
        {
            context.ReportDomainProblems(exception.Problems, list, indexes.ToFile);
            return null;
        }
    }

    /// <summary>Reads an item's <c>valid_from</c>, which must be 1 January of a year.</summary>
    /// <param name="item">The item.</param>
    /// <param name="path">Its path.</param>
    /// <param name="notFromJanuary">The key of the problem of a date other than 1 January, which says why the value changes per calendar year.</param>
    /// <returns>The year, or null.</returns>
    protected int? ReadYearStart(JsonElement item, string path, string notFromJanuary)
    {
        LocalDate? date = ReadContext.ReadValue(item, path, "valid_from", context.Date);
        if (date is not LocalDate from)
        {
            return null;
        }

        if (from.Month != 1 || from.Day != 1)
        {
            context.Report(JsonPath.Property(path, "valid_from"), SectionText.Of(notFromJanuary));
            return null;
        }

        return from.Year;
    }

    /// <summary>Reads every item of a list of the root object, if it is there and is a list.</summary>
    /// <param name="root">The file's root object.</param>
    /// <param name="list">The list's field.</param>
    /// <param name="what">What the items are, plural, in the current UI culture, for messages.</param>
    /// <param name="minItems">The fewest items allowed.</param>
    /// <param name="read">Reads one item, given its value, path and index in the file.</param>
    protected void ForEachItem(JsonElement root, string list, string what, int minItems, Action<JsonElement, string, int> read)
    {
        string listPath = JsonPath.Property(JsonPath.Root, list);
        if (!ReadContext.Field(root, list, out JsonElement array) || !context.List(array, listPath, minItems, what))
        {
            return;
        }

        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            read(item, JsonPath.Item(listPath, index), index);
            index++;
        }
    }

    /// <summary>Hands read parts to a validating constructor, reporting its problems at the file's paths.</summary>
    /// <typeparam name="T">What is built.</typeparam>
    /// <param name="create">Calls the constructor.</param>
    /// <param name="path">The path of the value built; the constructor's paths are relative to it.</param>
    /// <returns>The value, or null when the constructor found problems.</returns>
    protected T? Build<T>(Func<T> create, string path)
        where T : class
    {
        try
        {
            return create();
        }
        catch (RegionDataException exception)
        {
            string relative = path.Length <= JsonPath.Root.Length ? string.Empty : path[(JsonPath.Root.Length + 1)..];
            context.ReportDomainProblems(exception.Problems, relative);
            return null;
        }
    }
}
