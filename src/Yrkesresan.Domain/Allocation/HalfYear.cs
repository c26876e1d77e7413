using NodaTime;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// The two halves of a calendar year at whose change (<i>halvårsskifte</i>, 30 June and
/// 31 December) the fixed cost is invoiced (rule <c>ALLOC-5</c>).
/// </summary>
public enum HalfYear
{
    /// <summary>January to June, invoiced at 30 June.</summary>
    First = 1,

    /// <summary>July to December, invoiced at 31 December.</summary>
    Second = 2,
}

/// <summary>Dates of the half-years.</summary>
public static class HalfYearExtensions
{
    /// <summary>The first day of the half-year in <paramref name="year"/>: 1 January or 1 July.</summary>
    /// <param name="half">The half-year.</param>
    /// <param name="year">The calendar year.</param>
    /// <returns>The first day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="half"/> is not a defined half-year, or the year is out of range.</exception>
    public static LocalDate StartIn(this HalfYear half, int year) => half switch
    {
        HalfYear.First => new LocalDate(year, 1, 1),
        HalfYear.Second => new LocalDate(year, 7, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(half), half, "A half-year is First or Second."),
    };

    /// <summary>The last day of the half-year in <paramref name="year"/>, its half-year change: 30 June or 31 December.</summary>
    /// <param name="half">The half-year.</param>
    /// <param name="year">The calendar year.</param>
    /// <returns>The last day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="half"/> is not a defined half-year, or the year is out of range.</exception>
    public static LocalDate EndIn(this HalfYear half, int year) => half switch
    {
        HalfYear.First => new LocalDate(year, 6, 30),
        HalfYear.Second => new LocalDate(year, 12, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(half), half, "A half-year is First or Second."),
    };
}
