using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>The readers of single values: text, whole numbers, booleans, dates, municipality codes and coded values.</summary>
internal sealed partial class ReadContext
{
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

    private static string Show(long number) => number.ToString(CultureInfo.InvariantCulture);
}
