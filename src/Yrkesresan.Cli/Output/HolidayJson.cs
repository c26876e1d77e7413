using Yrkesresan.Domain.Courses.Calendar;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes a year's named days as JSON (<c>holidays --format json</c>): an array with one object per
/// named day, in the calendar's order, with the keys <c>date</c> (<c>"YYYY-MM-DD"</c>), <c>name</c>
/// (the Swedish name) and <c>kind</c> (<c>"holiday"</c> for a public holiday, <c>"eve"</c> for one of
/// the three eves).
/// </summary>
internal static class HolidayJson
{
    /// <summary>Writes the days.</summary>
    /// <param name="days">The named days, in the calendar's order.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IEnumerable<NamedDay> days, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (NamedDay day in days)
            {
                json.WriteStartObject();
                json.WriteString("date", IsoDate.Format(day.Date));
                json.WriteString("name", day.Holiday.DisplayName);
                json.WriteString("kind", day.Holiday.Kind.Code);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
}
