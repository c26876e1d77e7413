using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// Reads the values of a JSON document field by field, checking each one's type and range and
/// collecting every problem (with its JSON path and line) instead of stopping at the first.
/// Every reader returns null (or false) when the value is unusable, after reporting why.
/// </summary>
/// <param name="file">The file's name, for problems.</param>
/// <param name="lines">Where each value of the document starts.</param>
internal sealed class ReadContext(string file, JsonLineMap lines)
{
    private readonly List<DataFileProblem> problems = [];

    /// <summary>The file's name, as problems show it.</summary>
    public string File => file;

    /// <summary>The line where the value at a path starts, or where its nearest present parent starts.</summary>
    /// <param name="path">The JSON path.</param>
    /// <returns>The line, or null when not known.</returns>
    public int? LineOf(string path) => lines.LineOf(path);

    /// <summary>The problems found so far, in the order found.</summary>
    public IReadOnlyList<DataFileProblem> Problems => problems;

    /// <summary>How many problems have been found; compare before and after reading a part to know whether that part was clean.</summary>
    public int Count => problems.Count;

    /// <summary>Reports a problem at a path.</summary>
    /// <param name="path">The JSON path.</param>
    /// <param name="message">What is wrong.</param>
    public void Report(string path, string message) => problems.Add(new DataFileProblem(file, lines.LineOf(path), path, message));

    /// <summary>Reports a problem at a path, on a line the caller knows.</summary>
    /// <param name="line">The line.</param>
    /// <param name="path">The JSON path.</param>
    /// <param name="message">What is wrong.</param>
    public void Report(int line, string path, string message) => problems.Add(new DataFileProblem(file, line, path, message));

    /// <summary>Whether a problem has been reported at <paramref name="path"/> or inside it.</summary>
    /// <param name="path">A JSON path.</param>
    /// <returns>Whether any problem is at or below the path.</returns>
    public bool HasProblemAtOrBelow(string path) => problems.Exists(p =>
        p.Path.StartsWith(path, StringComparison.Ordinal)
        && (p.Path.Length == path.Length || p.Path[path.Length] is '.' or '['));

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

    /// <summary>
    /// Reports the problems a domain type found in parts the reader handed it, at the file's JSON
    /// paths, except where the reader has already reported a problem at or below the same path (so a
    /// broken field never causes a second, misleading problem).
    /// </summary>
    /// <param name="domainProblems">The domain type's problems, with paths relative to <paramref name="prefix"/>.</param>
    /// <param name="prefix">The path, without <c>$.</c>, of the value the domain type validated; empty for the whole file.</param>
    /// <param name="toFile">Turns a relative path into the file's (e.g. to put back the indexes of items the reader left out); null keeps it.</param>
    public void ReportDomainProblems(IEnumerable<DataProblem> domainProblems, string prefix, Func<string, string>? toFile = null)
    {
        var found = new List<(string Path, string Message)>();
        foreach (DataProblem problem in domainProblems)
        {
            string relative = problem.Under(prefix).Path;
            string path = relative.Length == 0
                ? JsonPath.Root
                : JsonPath.Root + "." + (toFile is null ? relative : toFile(relative));
            if (!HasProblemAtOrBelow(path))
            {
                found.Add((path, problem.Message));
            }
        }

        foreach ((string path, string message) in found)
        {
            Report(path, message);
        }
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

    /// <summary>Reads a string that is not blank.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The string, or null.</returns>
    public string? Text(JsonElement value, string path)
    {
        if (!Expect(value, path, JsonValueKind.String, "a string"))
        {
            return null;
        }

        string text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(path, "must not be blank");
            return null;
        }

        return text;
    }

    /// <summary>Reads any string, blank included.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The string, or null.</returns>
    public string? AnyText(JsonElement value, string path) =>
        Expect(value, path, JsonValueKind.String, "a string") ? value.GetString() : null;

    /// <summary>Reads a whole number in a range.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="min">The least allowed.</param>
    /// <param name="max">The most allowed.</param>
    /// <returns>The number, or null.</returns>
    public long? Integer(JsonElement value, string path, long min, long max)
    {
        if (!Expect(value, path, JsonValueKind.Number, "a whole number"))
        {
            return null;
        }

        string raw = value.GetRawText();
        if (!value.TryGetInt64(out long number))
        {
            bool looksWhole = raw.All(c => char.IsAsciiDigit(c) || c == '-');
            Report(path, looksWhole
                ? $"must be at most {Show(max)}, not {raw}"
                : $"must be a whole number, not {raw}");
            return null;
        }

        if (number < min)
        {
            Report(path, $"must be at least {Show(min)}, not {raw}");
            return null;
        }

        if (number > max)
        {
            Report(path, $"must be at most {Show(max)}, not {raw}");
            return null;
        }

        return number;
    }

    /// <summary>Reads true or false.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The boolean, or null.</returns>
    public bool? Boolean(JsonElement value, string path)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Report(path, $"must be true or false, not {KindOf(value)}");
        return null;
    }

    /// <summary>Reads a date written <c>YYYY-MM-DD</c>, in the years 1900 to 9999.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The date, or null.</returns>
    public LocalDate? Date(JsonElement value, string path)
    {
        if (!Expect(value, path, JsonValueKind.String, "a date written YYYY-MM-DD"))
        {
            return null;
        }

        string text = value.GetString()!;
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || text.Length != 10 || parsed.Value.Year < Region.MinYear)
        {
            Report(path, parsed.Success && text.Length == 10
                ? $"{text} is before {Region.MinYear}; dates go from {Region.MinYear}-01-01"
                : $"must be a real date written YYYY-MM-DD, not \"{text}\"");
            return null;
        }

        return parsed.Value;
    }

    /// <summary>Reads a date or null.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="date">The date, or null when the value is JSON null.</param>
    /// <returns>Whether the value was usable (a date or null).</returns>
    public bool DateOrNull(JsonElement value, string path, out LocalDate? date)
    {
        date = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        date = Date(value, path);
        return date is not null;
    }

    /// <summary>Reads a municipality code: a string of four ASCII digits, not 0000.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The code, or null.</returns>
    public MunicipalityCode? Code(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            Report(path, $"must be a string of four digits, e.g. \"{value.GetRawText().PadLeft(4, '0')}\", not the number {value.GetRawText()}: a code keeps its leading zero");
            return null;
        }

        if (!Expect(value, path, JsonValueKind.String, "a municipality code, a string of four digits"))
        {
            return null;
        }

        string text = value.GetString()!;
        if (!MunicipalityCode.TryParse(text, out MunicipalityCode code))
        {
            Report(path, text == "0000"
                ? "0000 is not a municipality code"
                : $"must be a municipality code of exactly four digits, not \"{text}\"");
            return null;
        }

        return code;
    }

    /// <summary>Reads a value of a closed set by its code.</summary>
    /// <typeparam name="T">The set.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="what">What the values are, for messages: e.g. "work area".</param>
    /// <returns>The value, or null.</returns>
    public T? Coded<T>(JsonElement value, string path, string what)
        where T : CodedValue<T>
    {
        if (!Expect(value, path, JsonValueKind.String, $"a {what}, one of {CodedValue<T>.AllCodes()}"))
        {
            return null;
        }

        string text = value.GetString()!;
        if (CodedValue<T>.TryFromCode(text, out T? found))
        {
            return found;
        }

        Report(path, $"\"{text}\" is not a {what}; use one of {CodedValue<T>.AllCodes()}");
        return null;
    }

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

    private static string Show(long number) => number.ToString(CultureInfo.InvariantCulture);

    private static bool NotThere(out JsonElement value)
    {
        value = default;
        return false;
    }
}
