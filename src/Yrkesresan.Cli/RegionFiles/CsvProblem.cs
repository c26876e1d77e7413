using System.Globalization;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// One problem in a region file, printed as <c>FILE:LINE: FIELD: message</c> so that editors and
/// people can go straight to it.
/// </summary>
/// <param name="File">The file's path, as the user gave it.</param>
/// <param name="Line">The physical line, 1-based; the header is line 1.</param>
/// <param name="Field">
/// The column (<c>code</c>, <c>name</c>, <c>population</c>), or <c>header</c> for a problem of the
/// header line or of the file as a whole, <c>row</c> for a line that cannot be read as a row
/// (wrong number of fields, bad quoting), <c>encoding</c> for bytes that are not UTF-8.
/// </param>
/// <param name="Message">What is wrong and, where it helps, what would be right.</param>
internal sealed record CsvProblem(string File, long Line, string Field, string Message)
{
    /// <summary>The problem as one line: <c>FILE:LINE: FIELD: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Field}: {Message}");
}
