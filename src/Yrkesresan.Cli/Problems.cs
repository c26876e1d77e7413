namespace Yrkesresan.Cli;

/// <summary>Reports the problems of a file: each on its own line on standard error, exit code 1 (bad data).</summary>
internal static class Problems
{
    /// <summary>Writes every problem, one per line.</summary>
    /// <typeparam name="T">The kind of problem; its <see cref="object.ToString"/> is the line.</typeparam>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="problems">The problems.</param>
    /// <returns><see cref="ExitCodes.BadData"/>.</returns>
    public static int Report<T>(TextWriter stderr, IEnumerable<T> problems)
    {
        foreach (T problem in problems)
        {
            stderr.WriteLine(problem);
        }

        return ExitCodes.BadData;
    }
}
