using CsvHelper;
using Yrkesresan.Domain.Courses.Calendar;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes a year's named days as CSV (<c>holidays --format csv</c>): the header <c>date,name</c>, then
/// one row per named day in the calendar's order, the date as <c>YYYY-MM-DD</c> and the Swedish name
/// (<c>2008-05-01,Kristi himmelsfärdsdag</c>); comma separated, UTF-8 without a byte order mark, LF
/// line endings, a field quoted only when it needs it (no name does).
/// </summary>
internal static class HolidayCsv
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header = ["date", "name"];

    /// <summary>Writes the days.</summary>
    /// <param name="days">The named days, in the calendar's order.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IEnumerable<NamedDay> days, TextWriter output)
    {
        using CsvWriter csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (NamedDay day in days)
        {
            csv.WriteRecord([IsoDate.Format(day.Date), day.Holiday.DisplayName]);
        }

        csv.Flush();
    }
}
