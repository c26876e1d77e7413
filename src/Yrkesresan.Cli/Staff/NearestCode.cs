namespace Yrkesresan.Cli.Staff;

/// <summary>
/// The known code a mistyped value most likely meant (<c>utredninng</c> → <c>utredning</c>, <c>Chef</c> → <c>chef</c>),
/// by edit distance: the fewest insertions, deletions, substitutions and swaps of two neighbouring letters that
/// turn one into the other (Damerau–Levenshtein, optimal string alignment), ignoring case. A code is near when the
/// distance is at most a third of the code's length, at least 1 and at most 2; otherwise nothing is suggested.
/// </summary>
internal static class NearestCode
{
    /// <summary>The most edits a suggestion may be away, for a long code.</summary>
    public const int MaxDistance = 2;

    /// <summary>The nearest of the codes to a value that is none of them, when one is near enough.</summary>
    /// <param name="value">The value as written, not one of the codes.</param>
    /// <param name="codes">The known codes, in the order a tie is decided by.</param>
    /// <returns>The nearest code, or null when none is near.</returns>
    public static string? To(string value, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(codes);
        string? nearest = null;
        int best = int.MaxValue;
        foreach (string code in codes)
        {
            int distance = Distance(value.ToLowerInvariant(), code.ToLowerInvariant());
            if (distance <= Allowed(code) && distance < best)
            {
                nearest = code;
                best = distance;
            }
        }

        return nearest;
    }

    /// <summary>The most edits a value may be away from a code for the code to be suggested.</summary>
    /// <param name="code">The code.</param>
    /// <returns>A third of its length, at least 1 and at most <see cref="MaxDistance"/>.</returns>
    public static int Allowed(string code) => Math.Clamp(code.Length / 3, 1, MaxDistance);

    /// <summary>The edit distance between two texts: insertions, deletions, substitutions and swaps of neighbours.</summary>
    /// <param name="a">One text.</param>
    /// <param name="b">The other.</param>
    /// <returns>The distance.</returns>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
