using System.Globalization;

namespace Yrkesresan.Domain;

/// <summary>
/// One problem found in a data file (a region file or a ledger file): the file, the line where the reader knows it, the JSON
/// path of the field, and what is wrong, e.g.
/// <c>region.json:12: $.municipalities[4].population: must be at least 1, not 0</c>.
/// </summary>
/// <param name="File">The file's name as the caller gave it.</param>
/// <param name="Line">The line (from 1) where the field starts, or where its object starts when the field is missing; null when not known.</param>
/// <param name="Path">The JSON path of the field: <c>$</c> for the whole file, then <c>.name</c> and <c>[index]</c>.</param>
/// <param name="Code">
/// What is wrong, as a stable code that is the same in every language (the key of the message's text, e.g.
/// <c>FieldMissing</c>), for a system that acts on a problem without reading its words.
/// </param>
/// <param name="Message">What is wrong, in the UI culture current when the file was read (English, or Swedish for a Swedish culture).</param>
public sealed record DataFileProblem(string File, int? Line, string Path, string Code, string Message)
{
    /// <summary>The problem as one line: <c>FILE:LINE: PATH: MESSAGE</c>, or <c>FILE: PATH: MESSAGE</c> without a line.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Line is int line
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}: {Path}: {Message}")
        : $"{File}: {Path}: {Message}";
}
