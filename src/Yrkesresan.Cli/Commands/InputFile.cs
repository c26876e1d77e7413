using System.Diagnostics.CodeAnalysis;
using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.Commands;

/// <summary>Reads a file named on the command line; a file that is missing or unreadable is a usage error (exit 2), not bad data.</summary>
internal static class InputFile
{
    /// <summary>Reads a whole file named by an option.</summary>
    /// <param name="option">The option that named it, for the message, e.g. <c>--region</c>.</param>
    /// <param name="path">The path.</param>
    /// <param name="content">The bytes, when read.</param>
    /// <param name="problem">Why it could not be read, otherwise, e.g. <c>--region region.json: no such file.</c></param>
    /// <returns>Whether the file was read.</returns>
    public static bool TryRead(string option, string path, out byte[] content, [NotNullWhen(false)] out string? problem) =>
        TryReadNamed($"{option} {path}", path, out content, out problem);

    /// <summary>Reads a whole file.</summary>
    /// <param name="named">How the file was named, as the message starts, e.g. <c>--region region.json</c> or <c>YRKESRESAN_REGION=region.json</c>.</param>
    /// <param name="path">The path.</param>
    /// <param name="content">The bytes, when read.</param>
    /// <param name="problem">Why it could not be read, otherwise.</param>
    /// <returns>Whether the file was read.</returns>
    public static bool TryReadNamed(string named, string path, out byte[] content, [NotNullWhen(false)] out string? problem)
    {
        content = [];
        problem = null;
        if (Directory.Exists(path))
        {
            problem = Texts.Format(CommandLineTexts.FileIsDirectory, named);
            return false;
        }

        try
        {
            content = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = Texts.Format(CommandLineTexts.FileMissing, named);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = Texts.Format(CommandLineTexts.FileUnreadable, named, exception.Message);
        }

        return false;
    }

    /// <summary>
    /// Whether a file is a region file (JSON) rather than a municipality CSV: its name ends in
    /// <c>.json</c>, or its first character that is not white space (after any byte order mark) is <c>{</c>.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="content">Its bytes.</param>
    /// <returns>Whether to read it as a region file.</returns>
    public static bool IsJson(string path, ReadOnlySpan<byte> content)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        ReadOnlySpan<byte> text = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
        text = text.TrimStart((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        return !text.IsEmpty && text[0] == (byte)'{';
    }
}
