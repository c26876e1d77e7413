namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Resolves the cells of one question's column to what they mean (an option's class, a role, a
/// municipality), remembering each distinct cell text: a survey has a few options and many rows, so
/// each text is matched once (<see cref="AnswerText"/>) and then found by an ordinal lookup.
/// </summary>
/// <remarks>
/// The remembered texts are hashed by their length and three of their characters, not by every
/// character: the few options of a question differ there, and a lookup then reads little more of a
/// cell than its equality check does (most of the time of a large survey is reading its cells). So
/// that many different texts (a column of free text read by mistake) cannot make the hash table slow,
/// at most <see cref="MaxRemembered"/> texts are remembered; the rest are matched each time.
/// </remarks>
/// <param name="resolve">What a cell's text means: a value from 0, or <see cref="Unknown"/> for none of the options.</param>
internal sealed class AnswerLookup(Func<string, int> resolve)
{
    /// <summary>What <c>resolve</c> returns for a text that is none of the options.</summary>
    public const int Unknown = -1;

    /// <summary>The most distinct texts remembered.</summary>
    public const int MaxRemembered = 1024;

    private readonly Dictionary<string, int> seen = new(CellComparer.Instance);

    /// <summary>What a non-blank cell means, or <see cref="Unknown"/>.</summary>
    /// <param name="cell">The cell's text, as exported.</param>
    /// <returns>The value.</returns>
    public int Resolve(string cell)
    {
        if (!seen.TryGetValue(cell, out int value))
        {
            value = resolve(cell);
            if (seen.Count < MaxRemembered)
            {
                seen.Add(cell, value);
            }
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

    /// <summary>Ordinal equality, with a hash of the length and the first, middle and last characters.</summary>
    private sealed class CellComparer : IEqualityComparer<string>
    {
        public static CellComparer Instance { get; } = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj) => obj.Length == 0
            ? 0
            : unchecked((obj.Length * 29_791) + (obj[0] * 961) + (obj[obj.Length / 2] * 31) + obj[^1]);
    }
}
