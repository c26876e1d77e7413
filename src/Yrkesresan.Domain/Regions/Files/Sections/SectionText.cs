namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>The texts of the region file's section readers (<c>SectionTexts.resx</c>), as a code and a message in the current UI culture.</summary>
internal static class SectionText
{
    /// <summary>A text by its key, its values filled in.</summary>
    /// <param name="key">The key: <c>nameof</c> a <see cref="SectionTexts"/> property.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string key, params object?[] values) => LocalizedText.Of(SectionTexts.ResourceManager, key, values);
}
