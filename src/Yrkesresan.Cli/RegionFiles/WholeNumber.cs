namespace Yrkesresan.Cli.RegionFiles;

/// <summary>What reading a whole number from text found.</summary>
internal enum WholeNumberKind
{
    /// <summary>A whole number that fits in a <see cref="long"/>.</summary>
    Valid,

    /// <summary>Nothing but whitespace.</summary>
    Blank,

    /// <summary>Not a whole number: a decimal, a letter, a misplaced space.</summary>
    NotAWholeNumber,

    /// <summary>A whole number too large for a <see cref="long"/>.</summary>
    TooLarge,
}

/// <summary>
/// A whole number as Swedish tables write it: digits, optionally in groups of three separated by
/// a space ("2 697", "249 428"), a minus sign in front of a negative number. The separator may be
/// a plain space (U+0020), a no-break space (U+00A0, as sv-SE formats numbers) or a narrow
/// no-break space (U+202F); spreadsheets write all three.
/// </summary>
/// <param name="Kind">What was found.</param>
/// <param name="Value">The number, when <see cref="Kind"/> is <see cref="WholeNumberKind.Valid"/>; otherwise 0.</param>
internal readonly record struct WholeNumber(WholeNumberKind Kind, long Value)
{
    /// <summary>Reads a whole number. Whitespace around it is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>What was found.</returns>
    public static WholeNumber Parse(string? text)
    {
        ReadOnlySpan<char> span = (text ?? string.Empty).AsSpan().Trim();
        if (span.IsEmpty)
        {
            return new WholeNumber(WholeNumberKind.Blank, 0);
        }

        bool negative = span[0] is '-' or '\u2212';
        if (negative)
        {
            span = span[1..];
        }

        if (!IsWellGrouped(span))
        {
            return new WholeNumber(WholeNumberKind.NotAWholeNumber, 0);
        }

        long value = 0;
        foreach (char c in span)
        {
            if (IsGroupSeparator(c))
            {
                continue;
            }

            if (value > (long.MaxValue - (c - '0')) / 10)
            {
                return new WholeNumber(WholeNumberKind.TooLarge, 0);
            }

            value = (value * 10) + (c - '0');
        }

        return new WholeNumber(WholeNumberKind.Valid, negative ? -value : value);
    }

    private static bool IsGroupSeparator(char c) => c is ' ' or '\u00A0' or '\u202F';

    /// <summary>Digits only, or groups of digits whose every group after the first has exactly three.</summary>
    private static bool IsWellGrouped(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return false;
        }

        int groupLength = 0;
        bool grouped = false;
        foreach (char c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                groupLength++;
            }
            else if (IsGroupSeparator(c))
            {
                // The first group has 1 to 3 digits; every later one exactly 3.
                if (groupLength == 0 || groupLength > 3 || (grouped && groupLength != 3))
                {
                    return false;
                }

                grouped = true;
                groupLength = 0;
            }
            else
            {
                return false;
            }
        }

        return groupLength > 0 && (!grouped || groupLength == 3);
    }
}
