using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;

namespace Yrkesresan.Domain.Careers;

/// <summary>
/// A person's time in the profession: one or more periods, across employers and municipalities
/// (rule <c>STEP-3</c>), and the completed years it gives on a day (rule <c>STEP-2</c>).
/// </summary>
/// <remarks>
/// <para>
/// The history holds the union of the periods it is given: sorted, with overlapping periods and
/// touching ones (one ends the day before the next starts) merged, so overlapping days count once
/// and gaps do not count. How the periods were cut up or ordered makes no difference.
/// </para>
/// <para>
/// <b>Counting (rules <c>STEP-2</c>, <c>STEP-3</c>).</b> On an as-of date, the days in the profession
/// are the days of the union on or before it. The <i>equivalent continuous start</i> is the as-of
/// date minus (days − 1) days, and the completed years are the largest n with start + n years ≤
/// as-of date, in ISO calendar arithmetic (a 29 February start has its anniversary on 28 February in
/// a year that is not a leap year). For a person in the profession on the as-of date with one period,
/// the equivalent start is the period's start.
/// </para>
/// <para>
/// <b>Decision 0018:</b> the brief counts back from the as-of date for everyone, and so does this
/// type. For a person out of the profession on the as-of date (after leaving, or in a gap) the days
/// stay fixed while the as-of date moves, so a 29 February moving into or out of the counted span
/// can change the count by one: 731 days ending 2023-03-01 are 2 completed years, counted back from
/// 2025-02-28 only 1.
/// </para>
/// <para>This type is immutable and safe to share between threads. A single period is handled without loops or allocation.</para>
/// </remarks>
public sealed class ProfessionalHistory
{
    private readonly ProfessionPeriod[] periods;

    /// <summary>Creates a history of one period.</summary>
    /// <param name="period">The period in the profession.</param>
    public ProfessionalHistory(ProfessionPeriod period)
    {
        periods = [period];
    }

    /// <summary>Creates a history from its periods, in any order, overlapping or not.</summary>
    /// <param name="periods">The periods in the profession: at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty.</exception>
    public ProfessionalHistory(IEnumerable<ProfessionPeriod> periods)
    {
        ProfessionPeriod[] given = [.. Guard.Against.Null(periods)];
        Guard.Against.NullOrEmpty(given, nameof(periods), "A professional history needs at least one period in the profession.");

        this.periods = given.Length == 1 ? given : Union(given);
    }

    /// <summary>
    /// The union of the periods: sorted by start, none overlapping or touching another. Only the last
    /// can be open.
    /// </summary>
    public ImmutableArray<ProfessionPeriod> Periods => ImmutableCollectionsMarshal.AsImmutableArray(periods);

    /// <summary>The first day in the profession.</summary>
    public LocalDate FirstDay => periods[0].Start;

    /// <summary>Whether the person is still in the profession: the last period has no end.</summary>
    public bool IsOpen => periods[^1].IsOpen;

    /// <summary>The days in the profession on or before a date, both ends of each period included (rule <c>STEP-3</c>).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>
    /// The number of days of the union on or before <paramref name="asOf"/>; an open period runs to
    /// <paramref name="asOf"/>, and a period starting after it adds nothing. 0 when there is no such day.
    /// </returns>
    public int DaysInProfession(LocalDate asOf) => Measure(asOf).Days;

    /// <summary>
    /// The last day in the profession on or before a date: <paramref name="asOf"/> itself when the
    /// person is in the profession that day, otherwise the end of the last period before it.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The day, or <see langword="null"/> when no day in the profession is on or before <paramref name="asOf"/>.</returns>
    public LocalDate? LastDayInProfession(LocalDate asOf)
    {
        TimeInProfession time = Measure(asOf);
        return time.Days == 0 ? null : time.LastDay;
    }

    /// <summary>
    /// The equivalent continuous start on a date (rule <c>STEP-3</c>): <paramref name="asOf"/> minus
    /// (<see cref="DaysInProfession"/> − 1) days, the day a person who had been in the profession
    /// without a break up to <paramref name="asOf"/> would have started.
    /// </summary>
    /// <remarks>
    /// The brief counts back from the as-of date for everyone, also for a person who is not in the
    /// profession that day. For such a person the count can move with the calendar: 731 days are
    /// 2 years when no 29 February falls between the equivalent start and the as-of date, and
    /// 1 year and 365 days when one does (decision 0018).
    /// </remarks>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The equivalent start, or <see langword="null"/> when no day in the profession is on or before <paramref name="asOf"/>.</returns>
    public LocalDate? EquivalentStart(LocalDate asOf)
    {
        TimeInProfession time = Measure(asOf);
        return time.Days == 0 ? null : time.EquivalentStart;
    }

    /// <summary>
    /// The completed years in the profession on a date (rules <c>STEP-2</c>, <c>STEP-3</c>): the largest
    /// n with <see cref="EquivalentStart"/> + n years ≤ <paramref name="asOf"/>, in ISO calendar
    /// arithmetic.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The completed years; 0 when no day in the profession is on or before <paramref name="asOf"/>.</returns>
    public int CompletedYears(LocalDate asOf) => Measure(asOf).CompletedYears;

    /// <summary>Whether a day is in one of the periods.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the person is in the profession on <paramref name="date"/>.</returns>
    public bool IsInProfessionOn(LocalDate date)
    {
        foreach (ProfessionPeriod period in periods)
        {
            if (period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The periods of the union, e.g. <c>"2015-01-01..2017-12-31, 2019-03-01.."</c>.</summary>
    /// <returns>The periods as text, separated by a comma and a space.</returns>
    public override string ToString() => string.Join(", ", periods);

    /// <summary>Everything a decision needs from the history on one date, in one pass.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The measure; all zero when no day in the profession is on or before <paramref name="asOf"/>.</returns>
    internal TimeInProfession Measure(LocalDate asOf)
    {
        if (periods.Length == 1)
        {
            ProfessionPeriod only = periods[0];
            if (asOf < only.Start)
            {
                return default;
            }

            LocalDate last = only.End is LocalDate end && end < asOf ? end : asOf;
            int total = Period.DaysBetween(only.Start, last) + 1;
            LocalDate equivalent = last == asOf ? only.Start : asOf.PlusDays(1 - total);
            return new(total, equivalent, last, YearsBetween(equivalent, asOf), last == asOf);
        }

        int days = 0;
        LocalDate lastDay = default;
        foreach (ProfessionPeriod period in periods)
        {
            if (asOf < period.Start)
            {
                break;
            }

            lastDay = period.End is LocalDate end && end < asOf ? end : asOf;
            days += Period.DaysBetween(period.Start, lastDay) + 1;
        }

        if (days == 0)
        {
            return default;
        }

        LocalDate start = asOf.PlusDays(1 - days);
        return new(days, start, lastDay, YearsBetween(start, asOf), lastDay == asOf);
    }

    /// <summary>The largest n with <paramref name="start"/> + n years ≤ <paramref name="last"/> (rule <c>STEP-2</c>); <paramref name="start"/> ≤ <paramref name="last"/>.</summary>
    private static int YearsBetween(LocalDate start, LocalDate last)
    {
        int years = last.Year - start.Year;
        return years > 0 && start.PlusYears(years) > last ? years - 1 : years;
    }

    private static ProfessionPeriod[] Union(ProfessionPeriod[] given)
    {
        Array.Sort(given, static (x, y) => x.Start.CompareTo(y.Start));
        var union = new List<ProfessionPeriod>(given.Length);
        LocalDate start = given[0].Start;
        LocalDate? end = given[0].End;
        for (int i = 1; i < given.Length; i++)
        {
            ProfessionPeriod next = given[i];
            if (end is LocalDate last && Period.DaysBetween(last, next.Start) > 1)
            {
                union.Add(new ProfessionPeriod(start, end));
                start = next.Start;
                end = next.End;
            }
            else if (end is LocalDate current && (next.End is not LocalDate nextEnd || nextEnd > current))
            {
                end = next.End;
            }
        }

        union.Add(new ProfessionPeriod(start, end));
        return [.. union];
    }
}

/// <summary>A professional history measured on one as-of date.</summary>
/// <param name="Days">The days in the profession on or before the as-of date; 0 when none.</param>
/// <param name="EquivalentStart">The equivalent continuous start (rule <c>STEP-3</c>).</param>
/// <param name="LastDay">The last day in the profession on or before the as-of date.</param>
/// <param name="CompletedYears">The completed years (rule <c>STEP-2</c>).</param>
/// <param name="IsInProfessionOnAsOf">Whether the as-of date is a day in the profession.</param>
internal readonly record struct TimeInProfession(int Days, LocalDate EquivalentStart, LocalDate LastDay, int CompletedYears, bool IsInProfessionOnAsOf);
