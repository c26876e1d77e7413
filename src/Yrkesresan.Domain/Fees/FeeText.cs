namespace Yrkesresan.Domain.Fees;

/// <summary>The texts of the fees folder (<c>FeeTexts.resx</c>), as a code and a message in the current UI culture.</summary>
internal static class FeeText
{
    /// <summary>A text by its key, its values filled in.</summary>
    /// <param name="key">The key: <c>nameof</c> a <see cref="FeeTexts"/> property.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string key, params object?[] values) => LocalizedText.Of(FeeTexts.ResourceManager, key, values);
}
