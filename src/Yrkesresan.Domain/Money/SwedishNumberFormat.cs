namespace Yrkesresan.Domain.Money;

/// <summary>
/// Formats whole numbers the way Swedish invoices and tables print them: digits in groups of
/// three separated by a space ("249 427"), a minus sign in front of negative numbers.
/// </summary>
/// <remarks>
/// The separator is a plain space (U+0020) rather than the no-break space of the sv-SE culture,
/// so that output is identical on every machine whatever its globalization settings, and so
/// that it reads back through the same parsers that accept "2 697" in a region file.
/// </remarks>
public static class SwedishNumberFormat
{
    /// <summary>Formats <paramref name="value"/> with a space between groups of three digits.</summary>
    /// <param name="value">The number to format.</param>
    /// <returns>For example <c>"950 000"</c>, <c>"-1 234"</c>, <c>"7"</c>.</returns>
    public static string FormatInteger(long value)
    {
        // Work on the magnitude in 128 bits so that long.MinValue formats correctly.
        ulong magnitude = (ulong)Int128.Abs(value);
        Span<char> buffer = stackalloc char[32];
        int position = buffer.Length;
        int digits = 0;
        do
        {
            if (digits > 0 && digits % 3 == 0)
            {
                buffer[--position] = ' ';
            }

            buffer[--position] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
            digits++;
        }
        while (magnitude != 0);

        if (value < 0)
        {
            buffer[--position] = '-';
        }

        return new string(buffer[position..]);
    }
}
