using NodaTime;

namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>
/// Dates as spreadsheets store them: a number of days, shown as a date by the cell's number format. In the 1900
/// date system (Excel's default and LibreOffice's for .xlsx) day 1 is 1900-01-01 and day 60 is 1900-02-29, a day
/// that never was (kept for compatibility with Lotus 1-2-3), so from day 61 (1900-03-01) on, the serial is the
/// number of days since 1899-12-30. In the 1904 date system (old Mac workbooks) day 0 is 1904-01-01.
/// </summary>
internal static class DateSerial
{
    private static readonly LocalDate Epoch1900 = new(1899, 12, 30);
    private static readonly LocalDate Epoch1904 = new(1904, 1, 1);

    /// <summary>The serial of a date in the 1900 date system, the one this tool writes.</summary>
    /// <param name="date">The date, 1900-03-01 or later.</param>
    /// <returns>The serial, e.g. 44964 for 2023-02-07.</returns>
    public static int Of(LocalDate date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date, new LocalDate(1900, 3, 1));
        return Period.Between(Epoch1900, date, PeriodUnits.Days).Days;
    }

    /// <summary>The date of a whole serial.</summary>
    /// <param name="serial">The serial, at least 1.</param>
    /// <param name="date1904">Whether the workbook uses the 1904 date system.</param>
    /// <param name="date">The date, when the serial is one.</param>
    /// <returns>Whether it is a date a calendar has (not 0, not negative, not the 1900-02-29 that never was, not past 9999).</returns>
    public static bool TryDate(long serial, bool date1904, out LocalDate date)
    {
        date = default;
        const long LastSerial = 2_958_465; // 9999-12-31
        if (date1904)
        {
            if (serial < 0 || serial > LastSerial - 1462)
            {
                return false;
            }

            date = Epoch1904.PlusDays((int)serial);
            return true;
        }

        if (serial < 1 || serial == 60 || serial > LastSerial)
        {
            return false;
        }

        // Before the day that never was, the days are one later than the plain count from 1899-12-30 says.
        date = serial < 60 ? Epoch1900.PlusDays((int)serial + 1) : Epoch1900.PlusDays((int)serial);
        return true;
    }
}
