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
        if (!Expect(value, path, JsonValueKind.String, FileTexts.ExpectedString))
        {
            return null;
        }

        string text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(path, FileText.Of(nameof(FileTexts.TextBlank)));
            return null;
        }

        return text;
    }

    /// <summary>Reads any string, blank included.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The string, or null.</returns>
    public string? AnyText(JsonElement value, string path) =>
        Expect(value, path, JsonValueKind.String, FileTexts.ExpectedString) ? value.GetString() : null;

    /// <summary>Reads a whole number in a range.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="min">The least allowed.</param>
    /// <param name="max">The most allowed.</param>
    /// <returns>The number, or null.</returns>
    public long? Integer(JsonElement value, string path, long min, long max)
    {
        if (!Expect(value, path, JsonValueKind.Number, FileTexts.ExpectedWholeNumber))
        {
            return null;
        }

        string raw = value.GetRawText();
        if (!value.TryGetInt64(out long number))
        {
            bool looksWhole = raw.All(c => char.IsAsciiDigit(c) || c == '-');
            Report(path, looksWhole
                ? FileText.Of(nameof(FileTexts.NumberTooLarge), Show(max), raw)
                : FileText.Of(nameof(FileTexts.NumberNotWhole), raw));
            return null;
        }

        if (number < min)
        {
            Report(path, FileText.Of(nameof(FileTexts.NumberTooSmall), Show(min), raw));
            return null;
        }

        if (number > max)
        {
            Report(path, FileText.Of(nameof(FileTexts.NumberTooLarge), Show(max), raw));
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

        if (Placeholder.Is(value))
        {
            Report(path, Placeholder.Problem(path, FileTexts.ExpectedTrueOrFalse));
            return null;
        }

        Report(path, FileText.Of(nameof(FileTexts.NotTrueOrFalse), KindOf(value)));
        return null;
    }

    /// <summary>Reads a date written <c>YYYY-MM-DD</c>, in the years 1900 to 9999.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The date, or null.</returns>
    public LocalDate? Date(JsonElement value, string path)
    {
        if (!Expect(value, path, JsonValueKind.String, FileTexts.ExpectedDate))
        {
            return null;
        }

        string text = value.GetString()!;
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || text.Length != 10 || parsed.Value.Year < Region.MinYear)
        {
            Report(path, parsed.Success && text.Length == 10
                ? FileText.Of(nameof(FileTexts.DateBeforeMinYear), text, Region.MinYear)
                : FileText.Of(nameof(FileTexts.DateNotReal), text));
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
            Report(path, FileText.Of(nameof(FileTexts.CodeWrittenAsNumber), value.GetRawText().PadLeft(4, '0'), value.GetRawText()));
            return null;
        }

        if (!Expect(value, path, JsonValueKind.String, FileTexts.ExpectedMunicipalityCode))
        {
            return null;
        }

        string text = value.GetString()!;
        if (!MunicipalityCode.TryParse(text, out MunicipalityCode code))
        {
            Report(path, text == "0000"
                ? FileText.Of(nameof(FileTexts.CodeZero))
                : FileText.Of(nameof(FileTexts.CodeNotFourDigits), text));
            return null;
        }

        return code;
    }

    /// <summary>Reads a value of a closed set by its code.</summary>
    /// <typeparam name="T">The set.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="what">What the values are, singular without an article, in the current UI culture: e.g. "work area" (Swedish "arbetsområde").</param>
    /// <returns>The value, or null.</returns>
    public T? Coded<T>(JsonElement value, string path, string what)
        where T : CodedValue<T>
    {
        if (!Expect(value, path, JsonValueKind.String, LocalizedText.Format(FileTexts.ExpectedCode, what, CodedValue<T>.AllCodes())))
        {
            return null;
        }

        string text = value.GetString()!;
        if (CodedValue<T>.TryFromCode(text, out T? found))
        {
            return found;
        }

        Report(path, FileText.Of(nameof(FileTexts.CodeUnknown), text, what, CodedValue<T>.AllCodes()));
        return null;
    }

    private static string Show(long number) => number.ToString(CultureInfo.InvariantCulture);
}
