using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Domain.Courses.Calendar;

namespace Yrkesresan.Cli.Commands;

/// <summary>What <c>yrkesresan holidays</c> does: print a year's public holidays and eves (rule <c>COURSE-7</c>).</summary>
internal static class HolidaysAction
{
    private const string HelpCommand = UsageError.ToolName + " " + HolidaysCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="year">The <c>--year</c>.</param>
    /// <param name="format">The <c>--format</c>.</param>
    /// <param name="output">Where the result goes (the caller writes it to standard output only on success).</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(int year, OutputFormat format, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!SwedishCalendar.Covers(year))
        {
            return UsageError.Report(
                error,
                Texts.Format(CommandTexts.HolidaysYearOutsideCalendar, SwedishCalendar.FirstYear, SwedishCalendar.LastYear, year),
                HelpCommand);
        }

        System.Collections.Immutable.ImmutableArray<NamedDay> days = SwedishCalendar.NamedDays(year);
        switch (format)
        {
            case OutputFormat.Csv:
                HolidayCsv.Write(days, output);
                break;
            case OutputFormat.Json:
                HolidayJson.Write(days, output);
                break;
            default:
                HolidayTable.Write(year, days, output);
                break;
        }

        return ExitCodes.Success;
    }
}
