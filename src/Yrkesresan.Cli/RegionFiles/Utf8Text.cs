using System.Text.Unicode;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>The checks of a region file's bytes before they are read as CSV: a byte order mark, valid UTF-8.</summary>
internal static class Utf8Text
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The content without a leading UTF-8 byte order mark, if it has one.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <returns>The bytes after the mark.</returns>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> content) =>
        content.Span.StartsWith(ByteOrderMark) ? content[ByteOrderMark.Length..] : content;

    /// <summary>The first line (1-based) that is not valid UTF-8, or <see langword="null"/> when all of it is.</summary>
    /// <param name="utf8">The content, without a byte order mark.</param>
    /// <returns>The line, or <see langword="null"/>.</returns>
    public static long? FirstInvalidLine(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return null;
        }

        long line = 1;
        ReadOnlySpan<byte> rest = utf8;
        while (true)
        {
            int end = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> current = end < 0 ? rest : rest[..end];
            if (!Utf8.IsValid(current) || end < 0)
            {
                return line;
            }

            rest = rest[(end + 1)..];
            line++;
        }
    }
}
