using System.Diagnostics.CodeAnalysis;

namespace Yrkesresan.Cli.Results;

/// <summary>
/// Where a command's result goes once the command has succeeded: standard output (<see cref="StandardOutputTarget"/>)
/// or the file <c>--output</c> names (<see cref="OutputFileTarget"/>). A target takes text or bytes.
/// </summary>
internal abstract class ResultTarget
{
    /// <summary>
    /// Checks, before the command runs, that the result can go here, so that a target that cannot take it is a usage
    /// error found first; nothing is created or changed.
    /// </summary>
    /// <param name="problem">Why not, a usage error naming the target.</param>
    /// <returns>Whether the target looks usable.</returns>
    public abstract bool TryPrepare([NotNullWhen(false)] out string? problem);

    /// <summary>Writes the result of a command that succeeded.</summary>
    /// <param name="result">The result: text or bytes.</param>
    /// <param name="problem">Why it could not be written, a usage error naming the target.</param>
    /// <returns>Whether it was written.</returns>
    public abstract bool TryWrite(ResultBuffer result, [NotNullWhen(false)] out string? problem);
}
