using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Yrkesresan.Cli.Tests.Reports;

/// <summary>
/// A report printed by a real browser: headless Chromium (Debian's <c>chromium</c>) prints the HTML file to a PDF
/// on A4, and Poppler (<c>poppler-utils</c>) reads it back: <c>pdfinfo</c> for the pages and their size,
/// <c>pdftotext -layout</c> for each page's text.
/// </summary>
public sealed partial class PrintedPdf
{
    private PrintedPdf(string path, int pages, string pageSize, IReadOnlyList<string> pageTexts, TimeSpan printing)
    {
        Path = path;
        Pages = pages;
        PageSize = pageSize;
        PageTexts = pageTexts;
        Printing = printing;
    }

    /// <summary>The PDF file.</summary>
    public string Path { get; }

    /// <summary>How many pages it has.</summary>
    public int Pages { get; }

    /// <summary>The page size as <c>pdfinfo</c> says it, e.g. <c>594.96 x 841.92 pts (A4)</c>.</summary>
    public string PageSize { get; }

    /// <summary>Each page's text, laid out as printed; page 1 first.</summary>
    public IReadOnlyList<string> PageTexts { get; }

    /// <summary>How long Chromium took to print it.</summary>
    public TimeSpan Printing { get; }

    /// <summary>The browser and tools found on the PATH.</summary>
    public static string? Chromium { get; } = Find("chromium", "chromium-browser", "google-chrome");

    private static string? PdfToText { get; } = Find("pdftotext");

    private static string? PdfInfo { get; } = Find("pdfinfo");

    /// <summary>Why the report cannot be printed here (Chromium or Poppler missing), or null when it can.</summary>
    public static string? Unavailable =>
        Chromium is null ? "headless Chromium is not installed (apt-get install chromium)"
        : PdfToText is null || PdfInfo is null ? "pdftotext and pdfinfo are not installed (apt-get install poppler-utils)"
        : null;

    /// <summary>Whether the tests run in CI, where a browser test fails rather than skips without the browser.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Prints an HTML file to a PDF beside it on A4, once, and reads it back.</summary>
    /// <param name="htmlFile">The HTML file.</param>
    /// <returns>The printed PDF.</returns>
    public static PrintedPdf Print(string htmlFile)
    {
        string folder = System.IO.Path.GetDirectoryName(htmlFile)!;
        string pdf = System.IO.Path.ChangeExtension(htmlFile, ".pdf");
        var clock = Stopwatch.StartNew();
        Run(
            Chromium!,
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--disable-extensions",
            "--user-data-dir=" + System.IO.Path.Combine(folder, "chromium-profile"), "--no-pdf-header-footer",
            "--print-to-pdf=" + pdf, new Uri(htmlFile).AbsoluteUri);
        clock.Stop();
        if (!File.Exists(pdf))
        {
            throw new InvalidOperationException($"Chromium wrote no PDF for {htmlFile}.");
        }

        string info = Run(PdfInfo!, pdf);
        int pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        string size = SizeLine().Match(info).Groups[1].Value.Trim();
        string[] texts = [.. Enumerable.Range(1, pages).Select(p => Run(PdfToText!, "-layout", "-enc", "UTF-8", "-f", P(p), "-l", P(p), pdf, "-"))];
        return new PrintedPdf(pdf, pages, size, texts, clock.Elapsed);
    }

    /// <summary>A page's text with runs of white space as one space: figures and phrases read as on paper, whatever the columns.</summary>
    /// <param name="page">The page, from 1.</param>
    /// <returns>The text.</returns>
    public string Words(int page) => Spaces().Replace(PageTexts[page - 1], " ");

    private static string P(int page) => page.ToString(CultureInfo.InvariantCulture);

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in two minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }

    private static string? Find(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => System.IO.Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex SizeLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
