namespace Yrkesresan.Domain.Regions.Files;

/// <summary>The texts of the data-file readers (<c>FileTexts.resx</c>), as a code and a message in the current UI culture.</summary>
internal static class FileText
{
    /// <summary>A text by its key, its values filled in.</summary>
    /// <param name="key">The key: <c>nameof</c> a <see cref="FileTexts"/> property.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string key, params object?[] values) => LocalizedText.Of(FileTexts.ResourceManager, key, values);
}
