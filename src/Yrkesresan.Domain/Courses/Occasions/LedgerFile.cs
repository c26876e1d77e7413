using System.Text;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>
/// Reads ledger files: one JSON file of a region's course occasions, as <c>docs/ledger-file.md</c>
/// documents and <c>docs/schemas/ledger.schema.json</c> defines, checked against the region.
/// </summary>
/// <remarks>
/// <para>
/// Reading reports every problem at once, each with the file, the line where known and the JSON path
/// of the field (<c>ledger.json:14: $.occasions[3].days[1].date: 2023-06-23 is midsummer eve, not a
/// working day (COURSE-7)</c>), and gives either a complete, valid <see cref="Ledger"/> or problems,
/// never a half-read ledger.
/// </para>
/// <para>All members are safe to call from several threads at once.</para>
/// </remarks>
public static class LedgerFile
{
    /// <summary>Reads a ledger file from its UTF-8 bytes.</summary>
    /// <param name="utf8">The file's content: UTF-8 without a byte order mark.</param>
    /// <param name="fileName">The file's name as problems should show it, e.g. <c>"ledger.json"</c>.</param>
    /// <param name="region">The region the occasions are given in, e.g. <see cref="Norrbotten.Region"/>.</param>
    /// <returns>The ledger, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> or <paramref name="region"/> is null.</exception>
    public static LedgerFileResult Parse(ReadOnlySpan<byte> utf8, string fileName, Region region)
    {
        Guard.Against.Null(fileName);
        Guard.Against.Null(region);
        return LedgerFileReader.Read(utf8, fileName, region);
    }

    /// <summary>Reads a ledger file from its text.</summary>
    /// <param name="json">The file's content.</param>
    /// <param name="fileName">The file's name as problems should show it.</param>
    /// <param name="region">The region the occasions are given in.</param>
    /// <returns>The ledger, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/>, <paramref name="fileName"/> or <paramref name="region"/> is null.</exception>
    public static LedgerFileResult Parse(string json, string fileName, Region region)
    {
        Guard.Against.Null(json);
        return Parse(Encoding.UTF8.GetBytes(json), fileName, region);
    }

    /// <summary>Reads a ledger file from disk.</summary>
    /// <param name="path">The file's path; problems name it as given.</param>
    /// <param name="region">The region the occasions are given in.</param>
    /// <returns>The ledger, or every problem found in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="region"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LedgerFileResult Read(string path, Region region)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(region);
        return Parse(File.ReadAllBytes(path), path, region);
    }

    /// <summary>Reads a ledger file from disk and returns its ledger.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="region">The region the occasions are given in.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="region"/> is null.</exception>
    /// <exception cref="DataFileException">The file is not a valid ledger file; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Ledger Load(string path, Region region) => Read(path, region).Ledger;
}
