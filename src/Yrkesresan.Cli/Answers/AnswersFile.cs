using System.Diagnostics.CodeAnalysis;

namespace Yrkesresan.Cli.Answers;

/// <summary>
/// Chooses the reader of an answers file (<c>--answers</c>) by what the file is: a workbook (its name ends in
/// <c>.xlsx</c> or <c>.xlsm</c>, or its bytes are a zip file, which a workbook is, or an OLE compound file, which a
/// workbook saved with a password is) is read by <see cref="XlsxAnswersReader"/>; anything else is a CSV export, read by
/// <see cref="CsvAnswersReader"/>.
/// </summary>
internal static class AnswersFile
{
    /// <summary>The first bytes of a zip file, which an .xlsx workbook is.</summary>
    private static ReadOnlySpan<byte> ZipSignature => [(byte)'P', (byte)'K', 3, 4];

    /// <summary>The first bytes of an OLE compound file: a workbook saved with a password, or an old .xls.</summary>
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The reader of a file.</summary>
    /// <param name="path">The file's path, as given.</param>
    /// <param name="content">Its bytes.</param>
    /// <param name="reader">The reader, when the tool reads such a file.</param>
    /// <param name="usageProblem">Otherwise why not, a usage error.</param>
    /// <returns>Whether the file can be read: every file can now, its content's problems being the reader's to report.</returns>
    public static bool TryChoose(string path, ReadOnlySpan<byte> content, [NotNullWhen(true)] out IAnswersReader? reader, [NotNullWhen(false)] out string? usageProblem)
    {
        ArgumentNullException.ThrowIfNull(path);
        usageProblem = null;
        reader = IsWorkbook(path, content) ? new XlsxAnswersReader() : new CsvAnswersReader();
        return true;
    }

    private static bool IsWorkbook(string path, ReadOnlySpan<byte> content) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase)
        || content.StartsWith(ZipSignature)
        || content.StartsWith(OleSignature);
}
