namespace Yrkesresan.Domain.FollowUp;

/// <summary>The texts of the follow-up (<c>FollowUpTexts.resx</c>), looked up in the current UI culture.</summary>
internal static class FollowUpText
{
    /// <summary>A text with its code (the key), its values filled in.</summary>
    /// <param name="key">The key; use <c>nameof</c> of the generated property.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string key, params object?[] values) => LocalizedText.Of(FollowUpTexts.ResourceManager, key, values);

    /// <summary>A text's message alone.</summary>
    /// <param name="key">The key.</param>
    /// <param name="values">The values.</param>
    /// <returns>The message.</returns>
    public static string Format(string key, params object?[] values) => Of(key, values).Message;
}
