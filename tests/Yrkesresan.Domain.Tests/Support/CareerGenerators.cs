using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>
/// Random professional histories and as-of dates for the property tests of the career steps. Dates
/// stay within 1980-2070, inside 1901-2099 where every fourth year is a leap year, and periods are
/// short enough (a few years) that their days can be counted one by one.
/// </summary>
internal static class CareerGenerators
{
    /// <summary>The earliest day a generated period starts.</summary>
    public static readonly LocalDate Earliest = new(1980, 1, 1);

    /// <summary>A day from 1980 to about 2030, with 29 February and the days around it drawn more often.</summary>
    public static Gen<LocalDate> Day =>
        Gen.Frequency(
            (6, Gen.Choose(0, 18_000).Select(d => Earliest.PlusDays(d))),
            (1, from year in Gen.Choose(1980, 2028).Select(y => y - (y % 4))
                from shift in Gen.Choose(-1, 1)
                select new LocalDate(year, 2, 29).PlusDays(shift)));

    /// <summary>
    /// A number of days a period lasts beyond its first day: 0 (one day) to about 7 years, often short,
    /// and often within a day of 2 or 5 years, where the step changes.
    /// </summary>
    public static Gen<int> Length =>
        Gen.Frequency(
            (1, Gen.Choose(0, 3)),
            (3, Gen.Choose(0, 400)),
            (4, Gen.Choose(0, 2_600)),
            (2, Gen.Elements(729, 730, 731, 1_825, 1_826, 1_827)));

    /// <summary>A closed period.</summary>
    public static Gen<ProfessionPeriod> ClosedPeriod =>
        from start in Day
        from length in Length
        select new ProfessionPeriod(start, start.PlusDays(length));

    /// <summary>An open period.</summary>
    public static Gen<ProfessionPeriod> OpenPeriod => Day.Select(start => new ProfessionPeriod(start));

    /// <summary>1 to 5 closed periods, overlapping, touching or apart, in any order.</summary>
    public static Gen<ProfessionPeriod[]> ClosedPeriods =>
        from count in Gen.Choose(1, 5)
        from periods in Gen.ArrayOf(ClosedPeriod, count)
        select periods;

    /// <summary>1 to 5 periods of which at least one is open, in any order.</summary>
    public static Gen<ProfessionPeriod[]> PeriodsWithAnOpenOne =>
        from closed in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(ClosedPeriod, n))
        from open in OpenPeriod
        from position in Gen.Choose(0, closed.Length)
        select closed.Take(position).Append(open).Concat(closed.Skip(position)).ToArray();

    /// <summary>Any 1 to 5 periods, open or closed.</summary>
    public static Gen<ProfessionPeriod[]> Periods => Gen.OneOf(ClosedPeriods, PeriodsWithAnOpenOne);

    /// <summary>A day around a history: from about a year before its latest start to about eight years after it.</summary>
    public static Gen<LocalDate> AsOfAround(ProfessionPeriod[] periods) =>
        Gen.Choose(-400, 3_000).Select(d => periods.Max(p => p.Start).PlusDays(d));

    /// <summary>Two days around a history, the first on or before the second.</summary>
    public static Gen<(LocalDate Earlier, LocalDate Later)> TwoDaysAround(ProfessionPeriod[] periods) =>
        from first in AsOfAround(periods)
        from second in AsOfAround(periods)
        select first <= second ? (first, second) : (second, first);

    /// <summary>A social secretary in intake at a municipality, with the given periods.</summary>
    public static Person SocialSecretary(IEnumerable<ProfessionPeriod> periods) =>
        new(Role.Socialsekreterare, EmployerKind.Kommun, new ProfessionalHistory(periods), PersonWorkArea.Of(WorkArea.Mottagning));

    /// <summary>
    /// The days in the profession on or before <paramref name="asOf"/>, counted one by one, and the
    /// last of them (<see langword="null"/> when there is none).
    /// </summary>
    public static (int Count, LocalDate? Last) DaysOneByOne(IEnumerable<ProfessionPeriod> periods, LocalDate asOf)
    {
        var days = new HashSet<LocalDate>();
        LocalDate? last = null;
        foreach (ProfessionPeriod period in periods)
        {
            for (LocalDate day = period.Start; day <= asOf && (period.End is not LocalDate end || day <= end); day = day.PlusDays(1))
            {
                days.Add(day);
                last = last is LocalDate latest && latest > day ? latest : day;
            }
        }

        return (days.Count, last);
    }
}
