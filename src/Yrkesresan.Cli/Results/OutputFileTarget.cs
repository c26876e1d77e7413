using System.Diagnostics.CodeAnalysis;
using System.Text;
using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.Results;

/// <summary>
/// The result goes to the file <c>--output</c> names: text as UTF-8 without a byte order mark, bytes as they are.
/// The file is written only when the command has succeeded, so a failed command neither creates nor changes it.
/// </summary>
/// <param name="path">The file, as the user gave it.</param>
/// <param name="inputs">The files the command reads, by the option that names them, e.g. (<c>--ledger</c>, <c>ledger.json</c>):
/// the result must not replace one of them.</param>
internal sealed class OutputFileTarget(string path, IReadOnlyList<(string Option, string Path)> inputs) : ResultTarget
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file, as the user gave it.</summary>
    public string Path { get; } = path;

    /// <inheritdoc/>
    /// <remarks>
    /// Refused: a blank name, a directory, a file in a folder that does not exist, an existing file that cannot be
    /// opened for writing (opened without changing it), a file the command also reads. A new file in a folder that
    /// cannot be written is found only when it is written, after the command.
    /// </remarks>
    public override bool TryPrepare([NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(Path))
        {
            problem = ResultTexts.OutputBlank;
            return false;
        }

        string full;
        try
        {
            full = System.IO.Path.GetFullPath(Path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = Texts.Format(ResultTexts.OutputNotWritable, Path, exception.Message);
            return false;
        }

        if (Directory.Exists(full))
        {
            problem = Texts.Format(ResultTexts.OutputIsDirectory, Path);
            return false;
        }

        string? folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            problem = Texts.Format(ResultTexts.OutputFolderMissing, Path, folder);
            return false;
        }

        foreach ((string option, string input) in inputs)
        {
            if (SameFile(full, input))
            {
                problem = Texts.Format(ResultTexts.OutputIsInput, Path, option);
                return false;
            }
        }

        return !File.Exists(full) || CanOpenForWriting(full, out problem);
    }

    /// <inheritdoc/>
    public override bool TryWrite(ResultBuffer result, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(result);
        byte[] content = result.IsBinary ? result.Bytes() : Utf8WithoutBom.GetBytes(result.ToString());
        bool existed = File.Exists(Path);
        try
        {
            File.WriteAllBytes(Path, content);
            problem = null;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = Describe(exception);
        }

        if (!existed)
        {
            // A new file the write failed part way through is not left behind half written.
            TryDelete(Path);
        }

        return false;
    }

    private bool CanOpenForWriting(string full, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            // Opened for writing and closed at once: neither truncated nor changed.
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            problem = null;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = Describe(exception);
            return false;
        }
    }

    private string Describe(Exception exception) => exception is UnauthorizedAccessException
        ? Texts.Format(ResultTexts.OutputAccessDenied, Path)
        : Texts.Format(ResultTexts.OutputNotWritable, Path, exception.Message);

    private static bool SameFile(string full, string input)
    {
        try
        {
            StringComparison comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
                ? StringComparison.OrdinalIgnoreCase
                : StringComparison.Ordinal;
            return string.Equals(full, System.IO.Path.GetFullPath(input), comparison);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the usage error already says the file could not be written.
        }
    }
}
