namespace Yrkesresan.Cli.RegionFiles;

/// <summary>One record of a CSV file as read: the physical line it is on, its fields, and why it could not be read, if so.</summary>
/// <param name="Line">The physical line, 1-based; empty lines and line breaks inside quoted fields count.</param>
/// <param name="Fields">The fields, as read (not trimmed).</param>
/// <param name="Malformed">Why the record could not be read as CSV (bad quoting), or <see langword="null"/> when it could.</param>
/// <param name="MalformedCode">The key of <paramref name="Malformed"/>'s text, its stable code, or <see langword="null"/> when the record could be read.</param>
internal readonly record struct CsvRecord(long Line, string[] Fields, string? Malformed, string? MalformedCode = null)
{
    /// <summary>Whether the line holds nothing but spaces, which counts as an empty line.</summary>
    public bool IsBlank => Fields.Length == 1 && string.IsNullOrWhiteSpace(Fields[0]);
}
