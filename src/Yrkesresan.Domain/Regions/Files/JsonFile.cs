using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// Opens a strict JSON data file (a region file or a ledger file): refuses a byte order mark, an empty
/// file, bytes that are not UTF-8 and invalid JSON, each as one problem with its line; otherwise parses
/// it and gives a <see cref="ReadContext"/> that already holds a problem for every duplicate key.
/// </summary>
internal static class JsonFile
{
    /// <summary>Opens a JSON data file.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="file">The file's name, for problems.</param>
    /// <param name="what">What the file is, for the empty-file message: e.g. "a region file".</param>
    /// <param name="document">The parsed document, which the caller disposes; null when the file cannot be read.</param>
    /// <param name="context">The reading context for the file; null when the file cannot be read.</param>
    /// <param name="problem">Why the file cannot be read at all; null when it can.</param>
    /// <returns>Whether the file could be parsed.</returns>
    public static bool TryOpen(
        ReadOnlySpan<byte> utf8,
        string file,
        string what,
        [NotNullWhen(true)] out JsonDocument? document,
        [NotNullWhen(true)] out ReadContext? context,
        [NotNullWhen(false)] out DataFileProblem? problem)
    {
        document = null;
        context = null;
        problem = null;
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            problem = Whole(file, 1, "the file starts with a UTF-8 byte order mark (BOM); JSON files must not have one (RFC 8259, section 8.1): save it as UTF-8 without BOM");
            return false;
        }

        if (utf8.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            problem = Whole(file, 1, $"the file is empty; {what} is one JSON object");
            return false;
        }

        int invalid = FirstInvalidUtf8(utf8);
        if (invalid >= 0)
        {
            problem = Whole(
                file,
                JsonLineMap.LineOfOffset(utf8, invalid),
                $"the file is not UTF-8 (byte 0x{utf8[invalid]:X2} at offset {invalid.ToString(CultureInfo.InvariantCulture)} starts no UTF-8 character); save it as UTF-8 without BOM");
            return false;
        }

        byte[] bytes = utf8.ToArray();
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            int line = (int)(exception.LineNumber ?? 0) + 1;
            problem = Whole(file, line, "invalid JSON: " + Describe(exception));
            return false;
        }

        var lines = JsonLineMap.Of(bytes);
        context = new ReadContext(file, lines);
        foreach ((string path, int line) in lines.Duplicates)
        {
            context.Report(line, path, "appears more than once in its object; give each field once");
        }

        return true;
    }

    private static DataFileProblem Whole(string file, int line, string message) => new(file, line, JsonPath.Root, string.Empty, message);

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static string Describe(JsonException exception)
    {
        string message = exception.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd().TrimEnd('.');
    }
}
