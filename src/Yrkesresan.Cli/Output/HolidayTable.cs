using Spectre.Console;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Courses.Calendar;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes a year's named days for people to read (<c>holidays --format table</c>): a heading with the
/// year and how many public holidays and eves it has, then a table with one row per named day in the
/// calendar's order: the date, the day of the week, the Swedish name and whether it is a public
/// holiday or an eve.
/// </summary>
/// <remarks>The table is laid out by <see cref="PlainConsole"/>: ASCII borders, no colours, at most 120 columns.</remarks>
internal static class HolidayTable
{
    /// <summary>Writes the days.</summary>
    /// <param name="year">The year.</param>
    /// <param name="days">The year's named days, in the calendar's order.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(int year, IReadOnlyList<NamedDay> days, TextWriter output)
    {
        int holidays = days.Count(d => d.Holiday.IsPublicHoliday);
        int dates = days.Select(d => d.Date).Distinct().Count();
        output.WriteLine(Texts.Format(OutputTexts.HolidaysHeading, year, holidays, days.Count - holidays, dates));
        output.WriteLine();

        var table = new Table { Border = TableBorder.Ascii };
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnDate)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnWeekday)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnName)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnKind)));
        foreach (NamedDay day in days)
        {
            table.AddRow(
                new Text(IsoDate.Format(day.Date)),
                new Text(PeopleWords.Of(day.Date.DayOfWeek)),
                new Text(day.Holiday.DisplayName),
                new Text(day.Holiday.IsPublicHoliday ? OutputTexts.HolidayPublic : OutputTexts.HolidayEve));
        }

        PlainConsole.Create(output).Write(table);
    }
}
