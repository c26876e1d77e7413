namespace Yrkesresan.Domain.Careers;

/// <summary>The texts of the careers folder (<c>CareerTexts.resx</c>), as a code and a message in the current UI culture.</summary>
internal static class CareerText
{
    /// <summary>A text by its key, its values filled in.</summary>
    /// <param name="key">The key: <c>nameof</c> a <see cref="CareerTexts"/> property.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string key, params object?[] values) => LocalizedText.Of(CareerTexts.ResourceManager, key, values);
}
