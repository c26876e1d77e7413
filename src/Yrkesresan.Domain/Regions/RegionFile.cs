using System.Text;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Regions.Files;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// Reads region files: one JSON file that describes a region (its municipalities, fixed cost,
/// memberships, fee schedules, eligibility policy and step calendar, course catalogue), as
/// <c>docs/region-file.md</c> documents and <c>docs/schemas/region.schema.json</c> defines.
/// </summary>
/// <remarks>
/// <para>
/// Reading reports every problem at once, each with the file, the line where known and the JSON
/// path of the field (<c>region.json:12: $.municipalities[4].population: must be at least 1, not 0</c>),
/// and gives either a complete, valid <see cref="Region"/> or problems, never a half-built region. Problems are
/// written in the current UI culture (English, or Swedish for a Swedish culture), each with a stable <c>Code</c>.
/// Norrbotten's built-in data is such a file, read by the same code (<see cref="Norrbotten.RegionFileText"/>).
/// </para>
/// <para>All members are safe to call from several threads at once.</para>
/// </remarks>
public static class RegionFile
{
    /// <summary>Reads a region file from its bytes.</summary>
    /// <param name="utf8">The file's content: UTF-8, with or without a byte order mark, or UTF-16 with one.</param>
    /// <param name="fileName">The file's name as problems should show it, e.g. <c>"region.json"</c>.</param>
    /// <returns>The region, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    public static RegionFileResult Parse(ReadOnlySpan<byte> utf8, string fileName)
    {
        Guard.Against.Null(fileName);
        return RegionFileReader.Read(utf8, fileName);
    }

    /// <summary>Reads a region file from its text.</summary>
    /// <param name="json">The file's content.</param>
    /// <param name="fileName">The file's name as problems should show it.</param>
    /// <returns>The region, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="fileName"/> is null.</exception>
    public static RegionFileResult Parse(string json, string fileName)
    {
        Guard.Against.Null(json);
        return Parse(Encoding.UTF8.GetBytes(json), fileName);
    }

    /// <summary>Reads a region file from disk.</summary>
    /// <param name="path">The file's path; problems name it as given.</param>
    /// <returns>The region, or every problem found in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static RegionFileResult Read(string path)
    {
        Guard.Against.Null(path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a region file from disk and returns its region.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is not a valid region file; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Region Load(string path) => Read(path).Region;
}
