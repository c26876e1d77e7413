using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.Commands;

/// <summary>Reports what a file has that is accepted but worth a look: each on its own line on standard error, after <c>notice: </c>.</summary>
internal static class Notices
{
    /// <summary>Writes every notice, one per line.</summary>
    /// <typeparam name="T">The kind of notice; its <see cref="object.ToString"/> follows the prefix.</typeparam>
    /// <param name="stderr">Where notices go.</param>
    /// <param name="notices">The notices.</param>
    public static void Report<T>(TextWriter stderr, IEnumerable<T> notices)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(notices);
        foreach (T notice in notices)
        {
            stderr.WriteLine(Texts.Format(CommandLineTexts.NoticeLine, notice));
        }
    }
}
