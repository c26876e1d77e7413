namespace Yrkesresan.Cli.Tests.Support;

/// <summary>Expected output, written as lines.</summary>
internal static class Text
{
    /// <summary>The lines, each ended as the tool's writers end a line (<see cref="Environment.NewLine"/>).</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The text.</returns>
    public static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));
}
