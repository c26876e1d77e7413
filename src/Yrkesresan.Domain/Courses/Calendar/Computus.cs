using NodaTime;

namespace Yrkesresan.Domain.Courses.Calendar;

/// <summary>
/// The date of Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
/// (Meeus, <i>Astronomical Algorithms</i>, ch. 8), in integer arithmetic only.
/// </summary>
internal static class Computus
{
    /// <summary>Easter Sunday of a year.</summary>
    /// <param name="year">A Gregorian year, 1583 or later; the caller checks the range it supports.</param>
    /// <returns>Easter Sunday, between 22 March and 25 April.</returns>
    public static LocalDate EasterSunday(int year)
    {
        int a = year % 19;              // place in the 19-year Metonic cycle
        int b = year / 100;             // century
        int c = year % 100;             // year in the century
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;        // lunar correction
        int h = ((19 * a) + b - d - g + 15) % 30; // days from 21 March to the paschal full moon, less a correction
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7; // days from the full moon to the next Sunday
        int m = (a + (11 * h) + (22 * l)) / 451;
        int n = h + l - (7 * m) + 114;
        return new LocalDate(year, n / 31, (n % 31) + 1);
    }
}
