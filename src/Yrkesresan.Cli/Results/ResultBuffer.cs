using System.Globalization;

namespace Yrkesresan.Cli.Results;

/// <summary>
/// A command's result, held until the command has succeeded and then handed to its <see cref="ResultTarget"/>
/// (standard output, or the <c>--output</c> file), so that a failed command never leaves a partial result
/// anywhere. A command writes text to it as the <see cref="TextWriter"/> it is given
/// (<c>InvocationConfiguration.Output</c>); a command whose result is a binary file (a workbook, issue 13)
/// gives the bytes to <see cref="WriteBytes"/> instead.
/// </summary>
/// <param name="goesToFile">Whether the result goes to a file (<c>--output</c>) rather than standard output.</param>
internal sealed class ResultBuffer(bool goesToFile) : StringWriter(CultureInfo.InvariantCulture)
{
    private MemoryStream? bytes;

    /// <summary>
    /// Whether the result goes to a file (<c>--output FILE</c>). A command with a binary result refuses to run
    /// without one, as a usage error, before it does anything: standard output takes text only.
    /// </summary>
    public bool GoesToFile { get; } = goesToFile;

    /// <summary>Whether the result is bytes rather than text.</summary>
    public bool IsBinary => bytes is not null;

    /// <summary>The buffer a command's output writer is, for a command that writes bytes.</summary>
    /// <param name="output">The writer the command was given.</param>
    /// <returns>The buffer.</returns>
    /// <exception cref="InvalidOperationException">The writer is not a result buffer (a programming error).</exception>
    public static ResultBuffer Of(TextWriter output) =>
        output as ResultBuffer ?? throw new InvalidOperationException("A command's output is a ResultBuffer when the tool runs it.");

    /// <summary>Adds bytes to a binary result.</summary>
    /// <param name="content">The bytes.</param>
    /// <exception cref="InvalidOperationException">Text was written too, or the result goes to standard output.</exception>
    public void WriteBytes(ReadOnlySpan<byte> content)
    {
        if (!GoesToFile)
        {
            throw new InvalidOperationException("A binary result needs --output FILE; the command must refuse to run without it.");
        }

        if (GetStringBuilder().Length > 0)
        {
            throw new InvalidOperationException("A result is text or bytes, not both.");
        }

        bytes ??= new MemoryStream();
        bytes.Write(content);
    }

    /// <summary>The binary result.</summary>
    /// <returns>The bytes written by <see cref="WriteBytes"/>.</returns>
    /// <exception cref="InvalidOperationException">The result is text, or text was written too.</exception>
    public byte[] Bytes() => bytes is null
        ? throw new InvalidOperationException("The result is text; read it with ToString().")
        : GetStringBuilder().Length > 0
            ? throw new InvalidOperationException("A result is text or bytes, not both.")
            : bytes.ToArray();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            bytes?.Dispose();
        }

        base.Dispose(disposing);
    }
}
