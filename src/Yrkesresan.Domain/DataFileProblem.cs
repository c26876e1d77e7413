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
/// <param name="Message">What is wrong.</param>
public sealed record DataFileProblem(string File, int? Line, string Path, string Message)
{
    /// <summary>The problem as one line: <c>FILE:LINE: PATH: MESSAGE</c>, or <c>FILE: PATH: MESSAGE</c> without a line.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Line is int line
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}: {Path}: {Message}")
        : $"{File}: {Path}: {Message}";
}
