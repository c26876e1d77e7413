using System.Diagnostics.CodeAnalysis;
using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.Answers;

/// <summary>
/// Chooses the reader of an answers file (<c>--answers</c>) by what the file is: a CSV export is read by
/// <see cref="CsvAnswersReader"/>; an .xlsx workbook (by its name, or its content, a ZIP archive) is a usage error until
/// the tool reads workbooks, and says how to save it as CSV.
/// </summary>
internal static class AnswersFile
{
    /// <summary>The first bytes of a ZIP archive, which an .xlsx workbook is.</summary>
    private static ReadOnlySpan<byte> ZipSignature => [(byte)'P', (byte)'K', 3, 4];

    /// <summary>The reader of a file.</summary>
    /// <param name="path">The file's path, as given.</param>
    /// <param name="content">Its bytes.</param>
    /// <param name="reader">The reader, when the tool reads such a file.</param>
    /// <param name="usageProblem">Otherwise why not, a usage error.</param>
    /// <returns>Whether the file can be read.</returns>
    public static bool TryChoose(string path, ReadOnlySpan<byte> content, [NotNullWhen(true)] out IAnswersReader? reader, [NotNullWhen(false)] out string? usageProblem)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || content.StartsWith(ZipSignature))
        {
            reader = null;
            usageProblem = Texts.Format(AnswersTexts.AnswersXlsxNotYet, $"--answers {path}");
            return false;
        }

        reader = new CsvAnswersReader();
        usageProblem = null;
        return true;
    }
}
