namespace Yrkesresan.Domain.Regions;

/// <summary>The texts of the regions folder (<c>RegionTexts.resx</c>), as a code and a message in the current UI culture.</summary>
internal static class RegionText
{
    /// <summary>A text by its key, its values filled in.</summary>
    /// <param name="key">The key: <c>nameof</c> a <see cref="RegionTexts"/> property.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string key, params object?[] values) => LocalizedText.Of(RegionTexts.ResourceManager, key, values);
}
