using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// Opens a strict JSON data file (a region file or a ledger file): UTF-8, with or without a byte order mark, or
/// UTF-16 with one (decision 0024); refuses an empty file, other encodings and invalid JSON, each as one problem
/// with its line (and for invalid JSON its column, in plain words: <see cref="JsonSyntaxError"/>); otherwise parses it
/// and gives a <see cref="ReadContext"/> that already holds a problem for every duplicate key.
/// </summary>
internal static class JsonFile
{
    private const int MaxDepth = 64;

    /// <summary>Opens a JSON data file.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The file's name, for problems.</param>
    /// <param name="what">What the file is, with its article, in the current UI culture, for the empty-file message: e.g. "a region file" (Swedish "en regionfil").</param>
    /// <param name="document">The parsed document, which the caller disposes; null when the file cannot be read.</param>
    /// <param name="context">The reading context for the file; null when the file cannot be read.</param>
    /// <param name="problem">Why the file cannot be read at all; null when it can.</param>
    /// <returns>Whether the file could be parsed.</returns>
    public static bool TryOpen(
        ReadOnlySpan<byte> content,
        string file,
        string what,
        [NotNullWhen(true)] out JsonDocument? document,
        [NotNullWhen(true)] out ReadContext? context,
        [NotNullWhen(false)] out DataFileProblem? problem)
    {
        document = null;
        context = null;
        if (!TryDecode(content, file, out byte[]? bytes, out problem))
        {
            return false;
        }

        if (bytes.AsSpan().Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            problem = Whole(file, 1, FileText.Of(nameof(FileTexts.FileEmpty), what));
            return false;
        }

        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth });
        }
        catch (JsonException)
        {
            problem = JsonSyntaxError.Describe(bytes, file, MaxDepth);
            return false;
        }

        var lines = JsonLineMap.Of(bytes);
        context = new ReadContext(file, lines);
        foreach ((string path, int line) in lines.Duplicates)
        {
            context.Report(line, path, FileText.Of(nameof(FileTexts.FieldRepeated)));
        }

        return true;
    }

    /// <summary>
    /// The file as UTF-8 without a byte order mark: a UTF-8 one is dropped, UTF-16 with one (little or big endian, as
    /// Windows PowerShell 5.1 writes with <c>&gt;</c>) is decoded; lines stay where they were. Anything else must be UTF-8.
    /// </summary>
    private static bool TryDecode(ReadOnlySpan<byte> content, string file, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out DataFileProblem? problem)
    {
        utf8 = null;
        problem = null;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryUtf8(content, 3, file, out utf8, out problem);
        }

        // FF FE 00 00 is UTF-32's mark (or UTF-16 text starting with a NUL, which is no JSON either): read on as UTF-8, refused.
        bool littleEndian = content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]);
        if (littleEndian || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TryUtf16(content, littleEndian, file, out utf8, out problem);
        }

        return TryUtf8(content, 0, file, out utf8, out problem);
    }

    private static bool TryUtf8(ReadOnlySpan<byte> content, int start, string file, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out DataFileProblem? problem)
    {
        utf8 = null;
        problem = null;
        ReadOnlySpan<byte> text = content[start..];
        int invalid = FirstInvalidUtf8(text);
        int zero = text.IndexOf((byte)0);
        if (zero >= 0 && (invalid < 0 || zero < invalid))
        {
            // A JSON text never holds a NUL byte; UTF-16 without a byte order mark is full of them.
            problem = Whole(file, JsonLineMap.LineOfOffset(text, zero), FileText.Of(nameof(FileTexts.FileHasZeroByte), start + zero));
            return false;
        }

        if (invalid >= 0)
        {
            problem = Whole(file, JsonLineMap.LineOfOffset(text, invalid), FileText.Of(nameof(FileTexts.FileNotUtf8), text[invalid], start + invalid));
            return false;
        }

        utf8 = text.ToArray();
        return true;
    }

    private static bool TryUtf16(ReadOnlySpan<byte> content, bool littleEndian, string file, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out DataFileProblem? problem)
    {
        utf8 = null;
        problem = null;
        ReadOnlySpan<byte> text = content[2..];
        int line = 1;
        for (int at = 0; at < text.Length; at += 2)
        {
            int unit = at + 1 < text.Length ? Utf16Unit(text, at, littleEndian) : -1;
            int next = at + 3 < text.Length ? Utf16Unit(text, at + 2, littleEndian) : -1;
            bool valid = unit >= 0
                && !char.IsLowSurrogate((char)unit)
                && (!char.IsHighSurrogate((char)unit) || (next >= 0 && char.IsLowSurrogate((char)next)));
            if (!valid)
            {
                problem = Whole(file, line, FileText.Of(nameof(FileTexts.FileNotUtf16), 2 + at));
                return false;
            }

            if (char.IsHighSurrogate((char)unit))
            {
                at += 2;
            }
            else if (unit == '\n')
            {
                line++;
            }
        }

        utf8 = Encoding.UTF8.GetBytes(new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: false).GetString(text));
        return true;
    }

    private static int Utf16Unit(ReadOnlySpan<byte> text, int at, bool littleEndian) =>
        littleEndian ? text[at] | (text[at + 1] << 8) : (text[at] << 8) | text[at + 1];

    private static DataFileProblem Whole(string file, int line, LocalizedText text) => new(file, line, JsonPath.Root, text.Code, text.Message);

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
