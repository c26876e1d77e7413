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

    /// <summary>Every exit code with what it means, in the current language, as the root command's <c>--help</c> ends.</summary>
    /// <returns>The codes in increasing order, each with its text.</returns>
    public static IReadOnlyList<(int Code, string Meaning)> Described() =>
    [
        (Success, ToolTexts.ExitCodeSuccess),
        (BadData, ToolTexts.ExitCodeBadData),
        (BadUsage, ToolTexts.ExitCodeBadUsage),
    ];
}
