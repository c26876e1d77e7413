using System.Globalization;
using System.Text;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// The bytes of a UTF-8 JSON document as the plain-words syntax errors read them (<see cref="JsonMistake"/>): the
/// byte or character at an offset, white space, a word as written, a character as a person can read it, and the
/// line and column of an offset.
/// </summary>
/// <param name="utf8">The document, valid UTF-8.</param>
internal sealed class JsonText(byte[] utf8)
{
    private const int MaxWord = 40;

    /// <summary>The document's length in bytes.</summary>
    public int Length => utf8.Length;

    /// <summary>Whether a byte is JSON white space.</summary>
    /// <param name="b">The byte.</param>
    /// <returns>Whether it is a space, tab, carriage return or line feed.</returns>
    public static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>The byte at an offset.</summary>
    /// <param name="at">The offset.</param>
    /// <returns>The byte, or -1 outside the document.</returns>
    public int ByteAt(int at) => at >= 0 && at < utf8.Length ? utf8[at] : -1;

    /// <summary>The character that starts at an offset.</summary>
    /// <param name="at">The offset.</param>
    /// <returns>The character, or null outside the document or inside a character.</returns>
    public Rune? RuneAt(int at) =>
        at >= 0 && at < utf8.Length && Rune.DecodeFromUtf8(utf8.AsSpan(at), out Rune rune, out _) == System.Buffers.OperationStatus.Done ? rune : null;

    /// <summary>The first offset from <paramref name="at"/> on that is not white space.</summary>
    /// <param name="at">The offset.</param>
    /// <returns>The offset, or the length at the end.</returns>
    public int SkipWhite(int at)
    {
        while (at < utf8.Length && IsWhite(utf8[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The offset just after the last byte that is not white space.</summary>
    /// <returns>The offset.</returns>
    public int EndOfContent()
    {
        int end = utf8.Length;
        while (end > 0 && IsWhite(utf8[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>Whether <paramref name="count"/> bytes from <paramref name="at"/> are hexadecimal digits.</summary>
    /// <param name="at">The offset.</param>
    /// <param name="count">How many.</param>
    /// <returns>Whether they all are.</returns>
    public bool IsHex(int at, int count)
    {
        for (int i = at; i < at + count; i++)
        {
            if (!char.IsAsciiHexDigit((char)ByteAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word (a letter or <c>_</c>) starts at an offset.</summary>
    /// <param name="at">The offset.</param>
    /// <returns>Whether it does.</returns>
    public bool IsWordStart(int at) => RuneAt(at) is { } rune && (Rune.IsLetter(rune) || rune.Value == '_');

    /// <summary>The word or number that starts at an offset, as written, cut at 40 characters.</summary>
    /// <param name="at">The offset.</param>
    /// <param name="numberLike">Whether <c>.</c>, <c>+</c> and <c>-</c> belong to it, as in a number.</param>
    /// <returns>The word, or the character there when no word starts there.</returns>
    public string Word(int at, bool numberLike)
    {
        var word = new StringBuilder();
        int i = at;
        while (word.Length < MaxWord && RuneAt(i) is { } rune
               && (Rune.IsLetterOrDigit(rune) || rune.Value == '_' || (numberLike && rune.Value is '.' or '+' or '-')))
        {
            word.Append(rune.ToString());
            i += rune.Utf8SequenceLength;
        }

        return word.Length == 0 ? Show(at) : word.ToString();
    }

    /// <summary>The character at an offset as a person can read it: itself, or <c>U+0009</c> for one that does not show.</summary>
    /// <param name="at">The offset.</param>
    /// <returns>The character.</returns>
    public string Show(int at)
    {
        if (RuneAt(at) is not { } rune)
        {
            return "U+0000";
        }

        return Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || rune.Value == 0xFEFF
            ? "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture)
            : rune.ToString();
    }

    /// <summary>The text of some bytes.</summary>
    /// <param name="at">The first byte.</param>
    /// <param name="count">How many at most.</param>
    /// <returns>The text.</returns>
    public string Slice(int at, int count) => Encoding.UTF8.GetString(utf8, at, Math.Min(count, utf8.Length - at));

    /// <summary>The line and column of an offset, both from 1; the column counts characters, not bytes.</summary>
    /// <param name="offset">The offset.</param>
    /// <returns>The line and column.</returns>
    public (int Line, int Column) PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        int lineStart = offset;
        while (lineStart > 0 && utf8[lineStart - 1] != (byte)'\n')
        {
            lineStart--;
        }

        // Every byte that is not a UTF-8 continuation byte starts a character.
        int column = 1;
        for (int i = lineStart; i < offset; i++)
        {
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (JsonLineMap.LineOfOffset(utf8, offset), column);
    }
}
