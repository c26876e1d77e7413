namespace Yrkesresan.Cli;

/// <summary>The exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked; its result is on standard output.</summary>
    public const int Success = 0;

    /// <summary>The data was bad: a region file, a municipality CSV or a staff file breaks the rules, or the allocation refused it. Nothing is printed on standard output.</summary>
    public const int BadData = 1;

    /// <summary>The command line was bad: an unknown option, a missing or malformed value, a file that cannot be read. Nothing is printed on standard output.</summary>
    public const int BadUsage = 2;
}
