namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>The texts of this folder (<c>OccasionTexts.resx</c>), as a code and a message in the current UI culture.</summary>
internal static class OccasionText
{
    /// <summary>A text by its key, its values filled in.</summary>
    /// <param name="key">The key: <c>nameof</c> a <see cref="OccasionTexts"/> property.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string key, params object?[] values) => LocalizedText.Of(OccasionTexts.ResourceManager, key, values);
}
