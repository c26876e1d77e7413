using System.Globalization;

namespace Yrkesresan.Cli.Language;

/// <summary>Fills in the values of the tool's texts (the <c>*Texts.resx</c> of each folder, in the current UI culture).</summary>
internal static class Texts
{
    /// <summary>Fills in a text's <c>{0}</c>, <c>{1}</c>, …, invariantly: numbers that need the Swedish format are formatted by the caller.</summary>
    /// <param name="template">The text, from a generated <c>*Texts</c> class.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text with its values.</returns>
    public static string Format(string template, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
