namespace Yrkesresan.Domain.Courses;

/// <summary>
/// What a preparation or follow-up task is meant to teach: a level of knowledge and a text that
/// says what the participant should know or be able to do afterwards.
/// </summary>
/// <remarks>
/// <para>
/// A goal is checked when the <see cref="Course"/> that holds it is created: the level must be
/// given and the text must not be blank. The course reports every problem at once, with its path
/// in the region file (<c>preparation[0].goal.text</c>).
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed record KnowledgeGoal
{
    /// <summary>Creates a goal; it is checked by the <see cref="Course"/> that holds it.</summary>
    /// <param name="level">The level of knowledge the goal aims at.</param>
    /// <param name="text">What the participant should know or be able to do; not blank.</param>
    public KnowledgeGoal(KnowledgeLevel level, string text)
    {
        Level = level;
        Text = text;
    }

    /// <summary>The level of knowledge the goal aims at.</summary>
    public KnowledgeLevel Level { get; }

    /// <summary>What the participant should know or be able to do.</summary>
    public string Text { get; }

    /// <summary>The level's Swedish name and the text, e.g. <c>"Färdighet: Kan leda ett samtal"</c>.</summary>
    /// <returns>The level and the text.</returns>
    public override string ToString() => $"{Level?.DisplayName}: {Text}";
}
