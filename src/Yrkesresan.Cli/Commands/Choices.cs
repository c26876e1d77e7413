using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.Commands;

/// <summary>Lists of choices as help and errors write them: "table, csv or json", "tabell, csv eller json".</summary>
internal static class Choices
{
    /// <summary>The choices joined by commas, the last two by "or" in the current language.</summary>
    /// <param name="choices">The choices, at least one.</param>
    /// <returns>The list.</returns>
    public static string Or(IReadOnlyList<string> choices) =>
        choices.Count == 1
            ? choices[0]
            : Texts.Format(CommandTexts.ListOr, string.Join(", ", choices.Take(choices.Count - 1)), choices[^1]);
}
