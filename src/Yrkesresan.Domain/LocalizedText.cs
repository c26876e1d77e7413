using System.Globalization;
using System.Resources;

namespace Yrkesresan.Domain;

/// <summary>
/// A text for a person: its stable <see cref="Code"/> (the key of the text in the library's
/// resources) and its <see cref="Message"/>, written in the current UI culture (English, or Swedish
/// when <see cref="CultureInfo.CurrentUICulture"/> is Swedish).
/// </summary>
/// <param name="Code">The key of the text, e.g. <c>FieldMissing</c>: the same in every language.</param>
/// <param name="Message">The text in the current UI culture, its values filled in.</param>
internal readonly record struct LocalizedText(string Code, string Message)
{
    /// <summary>Looks a text up by its key and fills in its values.</summary>
    /// <param name="resources">The resources of the folder the text belongs to (a generated <c>*Texts</c> class's manager).</param>
    /// <param name="key">The key; use <c>nameof</c> of the generated property, so that a missing key does not compile.</param>
    /// <param name="values">The values of the text's <c>{0}</c>, <c>{1}</c>, …, formatted invariantly (numbers and dates are
    /// formatted by the caller where they need a Swedish format).</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(ResourceManager resources, string key, params object?[] values)
    {
        string template = resources.GetString(key, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"The library has no text '{key}' in {resources.BaseName}.");
        return new(key, Format(template, values));
    }

    /// <summary>Fills in a text's values, invariantly.</summary>
    /// <param name="template">The text, with <c>{0}</c>, <c>{1}</c>, … for its values.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text with its values.</returns>
    public static string Format(string template, params object?[] values) =>
        values.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>The message.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
