using FsCheck;
using NodaTime;
using Yrkesresan.Domain.Courses.Occasions;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>
/// Random valid course occasions of Norrbotten for the fee, pot and settlement properties: working
/// days in 2022-2025 (often around New Year), either mode, registrations of Norrbotten's
/// municipalities (a municipality sometimes on two lines), trainers with and without dates, external
/// trainers, waived fees and the occasion's own venue amounts; every occasion of a course outside the
/// catalogue, with 1 to 4 days. The <see cref="RegionLedgerGenerator"/> of Norrbotten on those days.
/// </summary>
internal static class LedgerGenerators
{
    /// <summary>The first year course days are drawn from.</summary>
    public const int FirstYear = 2022;

    /// <summary>The last year course days are drawn from.</summary>
    public const int LastYear = 2025;

    private static readonly RegionLedgerGenerator Norrbotten = new(
        global::Yrkesresan.Domain.Regions.Norrbotten.Region,
        RegionLedgerGenerator.WorkingDaysIn(Enumerable.Range(FirstYear, LastYear - FirstYear + 1)),
        catalogueCourses: false,
        maxFreeCourseDays: 4);

    /// <summary>Every Swedish working day of 2022 to 2025, in order.</summary>
    public static LocalDate[] WorkingDays => Norrbotten.WorkingDays;

    /// <summary>A valid occasion with the given id, of a course outside the catalogue, with 1 to 4 days.</summary>
    public static Gen<CourseOccasion> Occasion(string id) => Norrbotten.Occasion(id);

    /// <summary>0 to 25 occasions with ids o0, o1, ….</summary>
    public static Gen<CourseOccasion[]> OccasionList => Norrbotten.OccasionList;

    /// <summary>A valid ledger of Norrbotten.</summary>
    public static Gen<Ledger> Ledgers => Norrbotten.Ledgers;
}
