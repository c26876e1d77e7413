using System.Text.Json;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// Reads the values of a JSON document field by field, checking each one's type and range and
/// collecting every problem (with its JSON path and line, in <see cref="FileProblems"/>) instead
/// of stopping at the first.
/// Every reader returns null (or false) when the value is unusable, after reporting why.
/// </summary>
/// <remarks>
/// This file reads the shape of a document (objects, lists, fields); <c>ReadContext.Values.cs</c>
/// reads the values in it (text, numbers, dates, codes).
/// </remarks>
/// <param name="file">The file's name, for problems.</param>
/// <param name="lines">Where each value of the document starts.</param>
internal sealed partial class ReadContext(string file, JsonLineMap lines) : FileProblems(file, lines)
{
    /// <summary>Checks that a value is an object with the required fields and no others.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="what">What the object is, for messages: e.g. "a municipality".</param>
    /// <param name="required">The fields it must have.</param>
    /// <param name="optional">The fields it may have.</param>
    /// <returns>Whether the value is an object (its fields can then be read, even if some are missing or unknown).</returns>
    public bool Object(JsonElement value, string path, string what, string[] required, string[] optional)
    {
        if (!Expect(value, path, JsonValueKind.Object, "an object"))
        {
            return false;
        }

        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (Array.IndexOf(required, property.Name) < 0 && Array.IndexOf(optional, property.Name) < 0)
            {
                Report(
                    JsonPath.Property(path, property.Name),
                    $"is not a field of {what}; its fields are {string.Join(", ", required.Concat(optional))}");
            }
        }

        foreach (string name in required)
        {
            if (!value.TryGetProperty(name, out _))
            {
                Report(JsonPath.Property(path, name), $"is missing; {what} must have it");
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
    /// <param name="what">What the items are, for messages.</param>
    /// <returns>Whether the items can be read (it is an array, even if too short).</returns>
    public bool List(JsonElement value, string path, int minItems, string what)
    {
        if (!Expect(value, path, JsonValueKind.Array, $"an array of {what}"))
        {
            return false;
        }

        if (value.GetArrayLength() < minItems)
        {
            Report(path, $"must not be empty: list the {what}");
        }

        return true;
    }

    private bool Expect(JsonElement value, string path, JsonValueKind kind, string expected)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        Report(path, $"must be {expected}, not {KindOf(value)}");
        return false;
    }

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    private static bool NotThere(out JsonElement value)
    {
        value = default;
        return false;
    }
}
