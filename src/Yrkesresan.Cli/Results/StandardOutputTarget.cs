using System.Diagnostics.CodeAnalysis;

namespace Yrkesresan.Cli.Results;

/// <summary>The result goes to standard output, as text (the default, without <c>--output</c>).</summary>
/// <param name="stdout">Standard output.</param>
internal sealed class StandardOutputTarget(TextWriter stdout) : ResultTarget
{
    /// <inheritdoc/>
    public override bool TryPrepare([NotNullWhen(false)] out string? problem)
    {
        problem = null;
        return true;
    }

    /// <inheritdoc/>
    public override bool TryWrite(ResultBuffer result, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(result);

        if (result.IsBinary)
        {
            // A command with a binary result refuses to run without --output (see ResultBuffer.GoesToFile).
            throw new InvalidOperationException("A binary result cannot go to standard output.");
        }

        stdout.Write(result.ToString());
        stdout.Flush();
        problem = null;
        return true;
    }
}
