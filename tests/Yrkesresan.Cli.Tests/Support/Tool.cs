using System.Globalization;

namespace Yrkesresan.Cli.Tests.Support;

/// <summary>What a run of the tool printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Stdout">Everything written to standard output.</param>
/// <param name="Stderr">Everything written to standard error.</param>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines of standard error, without the final empty one.</summary>
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the tool in-process, as <c>Program.Main</c> would, with a fixed clock.</summary>
internal static class Tool
{
    /// <summary>The year the fixed clock says it is, unless a test says otherwise.</summary>
    public const int CurrentYear = 2024;

    /// <summary>Runs <c>yrkesresan</c> with <paramref name="args"/> in <see cref="CurrentYear"/>.</summary>
    public static CliResult Run(params string[] args) => RunIn(CurrentYear, args);

    /// <summary>
    /// Runs <c>yrkesresan</c> with <paramref name="args"/> as a user whose UI culture is <paramref name="culture"/>
    /// (e.g. <c>sv-SE</c>, as <c>LANG=sv_SE.UTF-8</c> gives on Linux), then restores the test's culture.
    /// </summary>
    public static CliResult RunInCulture(string culture, params string[] args)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return Run(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>
    /// Runs <c>yrkesresan</c> with <paramref name="args"/>, the clock saying it is <paramref name="year"/>, with no
    /// environment variables (so a <c>YRKESRESAN_REGION</c> set for the conformance suite changes nothing here).
    /// </summary>
    public static CliResult RunIn(int year, params string[] args) => RunWith(year, new Dictionary<string, string>(), args);

    /// <summary>Runs <c>yrkesresan</c> in <see cref="CurrentYear"/> with these environment variables and no others.</summary>
    public static CliResult RunWith(IReadOnlyDictionary<string, string> environment, params string[] args) => RunWith(CurrentYear, environment, args);

    private static CliResult RunWith(int year, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int exitCode = Program.Run(args, stdout, stderr, new FixedClock(year), name => environment.GetValueOrDefault(name));
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
