namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Resolves the cells of one question's column to what they mean (an option's class, a role, a
/// municipality), remembering each distinct cell text: a survey has a few options and many rows, so
/// each text is matched once (<see cref="AnswerText"/>) and then found by an ordinal lookup.
/// </summary>
/// <param name="resolve">What a cell's text means: a value from 0, or <see cref="Unknown"/> for none of the options.</param>
internal sealed class AnswerLookup(Func<string, int> resolve)
{
    /// <summary>What <c>resolve</c> returns for a text that is none of the options.</summary>
    public const int Unknown = -1;

    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    /// <summary>What a non-blank cell means, or <see cref="Unknown"/>.</summary>
    /// <param name="cell">The cell's text, as exported.</param>
    /// <returns>The value.</returns>
    public int Resolve(string cell)
    {
        if (!seen.TryGetValue(cell, out int value))
        {
            value = resolve(cell);
            seen.Add(cell, value);
        }

        return value;
    }

    /// <summary>A resolver over a table of normalized texts.</summary>
    /// <param name="values">Each normalized option text and its value; the first of equal texts wins.</param>
    /// <returns>The lookup.</returns>
    public static AnswerLookup Over(IEnumerable<(string Text, int Value)> values)
    {
        var table = new Dictionary<string, int>(AnswerText.Comparer);
        foreach ((string text, int value) in values)
        {
            table.TryAdd(AnswerText.Normalize(text), value);
        }

        return new AnswerLookup(cell => table.TryGetValue(AnswerText.Normalize(cell), out int value) ? value : Unknown);
    }
}
