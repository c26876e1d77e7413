namespace Yrkesresan.Domain.Courses;

/// <summary>The texts of this folder (<c>CourseTexts.resx</c>), as a code and a message in the current UI culture.</summary>
internal static class CourseText
{
    /// <summary>A text by its key, its values filled in.</summary>
    /// <param name="key">The key: <c>nameof</c> a <see cref="CourseTexts"/> property.</param>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string key, params object?[] values) => LocalizedText.Of(CourseTexts.ResourceManager, key, values);
}
