using System.Text.Json;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// Reads the values of a JSON document field by field, checking each one's type and range and
/// collecting every problem (with its JSON path and line, in <see cref="FileProblems"/>) instead
/// of stopping at the first.
/// Every reader returns null (or false) when the value is unusable, after reporting why.
/// </summary>
/// <remarks>
/// <para>
/// This file reads the shape of a document (objects, lists, fields); <c>ReadContext.Values.cs</c>
/// reads the values in it (text, numbers, dates, codes).
/// </para>
/// <para>
/// Problems are written in the current UI culture, with the key of their text as their code. A <c>what</c> argument
/// names a part of the file inside those texts, so it is a text of the calling reader's resources, already in the
/// current UI culture: each method says which form it takes ("a municipality" and "en kommun"; "municipalities" and
/// "kommuner"; "work area" and "arbetsområde").
/// </para>
/// </remarks>
/// <param name="file">The file's name, for problems.</param>
/// <param name="lines">Where each value of the document starts.</param>
internal sealed partial class ReadContext(string file, JsonLineMap lines) : FileProblems(file, lines)
{
    /// <summary>Checks that a value is an object with the required fields and no others.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="what">What the object is, with its article, in the current UI culture: e.g. "a municipality" (Swedish "en kommun").</param>
    /// <param name="required">The fields it must have.</param>
    /// <param name="optional">The fields it may have.</param>
    /// <returns>Whether the value is an object (its fields can then be read, even if some are missing or unknown).</returns>
    public bool Object(JsonElement value, string path, string what, string[] required, string[] optional)
    {
        if (!Expect(value, path, JsonValueKind.Object, FileTexts.KindObject))
        {
            return false;
        }

        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (Array.IndexOf(required, property.Name) < 0 && Array.IndexOf(optional, property.Name) < 0)
            {
                Report(
                    JsonPath.Property(path, property.Name),
                    FileText.Of(nameof(FileTexts.FieldUnknown), what, string.Join(", ", required.Concat(optional))));
            }
        }

        foreach (string name in required)
        {
            if (!value.TryGetProperty(name, out _))
            {
                Report(JsonPath.Property(path, name), FileText.Of(nameof(FileTexts.FieldMissing), what));
            }
        }

        return true;
    }

    /// <summary>Reads a field of an object with <paramref name="read"/>, if the field is there.</summary>
    /// <typeparam name="T">What the field holds.</typeparam>
    /// <param name="parent">The object.</param>
    /// <param name="parentPath">Its path.</param>
    /// <param name="name">The field.</param>
    /// <param name="read">Reads the value at its path, reporting what is wrong.</param>
    /// <returns>The value, or null when the field is missing or unusable.</returns>
    public static T? ReadField<T>(JsonElement parent, string parentPath, string name, Func<JsonElement, string, T?> read)
        where T : class =>
        Field(parent, name, out JsonElement value) ? read(value, JsonPath.Property(parentPath, name)) : null;

    /// <summary>Reads a field of an object holding a value type with <paramref name="read"/>, if the field is there.</summary>
    /// <typeparam name="T">What the field holds.</typeparam>
    /// <param name="parent">The object.</param>
    /// <param name="parentPath">Its path.</param>
    /// <param name="name">The field.</param>
    /// <param name="read">Reads the value at its path, reporting what is wrong.</param>
    /// <returns>The value, or null when the field is missing or unusable.</returns>
    public static T? ReadValue<T>(JsonElement parent, string parentPath, string name, Func<JsonElement, string, T?> read)
        where T : struct =>
        Field(parent, name, out JsonElement value) ? read(value, JsonPath.Property(parentPath, name)) : null;

    /// <summary>A field of an object, if present (JSON null counts as present).</summary>
    /// <param name="parent">The object.</param>
    /// <param name="name">The field.</param>
    /// <param name="value">Its value.</param>
    /// <returns>Whether the field is there.</returns>
    public static bool Field(JsonElement parent, string name, out JsonElement value) =>
        parent.ValueKind == JsonValueKind.Object ? parent.TryGetProperty(name, out value) : NotThere(out value);

    /// <summary>Checks that a value is an array with at least <paramref name="minItems"/> items.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="minItems">The fewest items allowed.</param>
    /// <param name="what">What the items are, plural without an article, in the current UI culture: e.g. "municipalities" (Swedish "kommuner").</param>
    /// <returns>Whether the items can be read (it is an array, even if too short).</returns>
    public bool List(JsonElement value, string path, int minItems, string what)
    {
        if (!Expect(value, path, JsonValueKind.Array, LocalizedText.Format(FileTexts.ExpectedArrayOf, what)))
        {
            return false;
        }

        if (value.GetArrayLength() < minItems)
        {
            Report(path, FileText.Of(nameof(FileTexts.ListEmpty), what));
        }

        return true;
    }

    private bool Expect(JsonElement value, string path, JsonValueKind kind, string expected)
    {
        if (Placeholder.Is(value))
        {
            // A value still to be filled in, anywhere a value is expected (a string too): work left, not a wrong type.
            Report(path, Placeholder.Problem(path, expected));
            return false;
        }

        if (value.ValueKind == kind)
        {
            return true;
        }

        Report(path, FileText.Of(nameof(FileTexts.ValueOfWrongKind), expected, KindOf(value)));
        return false;
    }

    /// <summary>What a value is, for messages: "an object", "the number 2", or the JSON literal true, false or null as written.</summary>
    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => FileTexts.KindObject,
        JsonValueKind.Array => FileTexts.KindArray,
        JsonValueKind.String => LocalizedText.Format(FileTexts.KindString, value.GetString()),
        JsonValueKind.Number => LocalizedText.Format(FileTexts.KindNumber, value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    private static bool NotThere(out JsonElement value)
    {
        value = default;
        return false;
    }
}
