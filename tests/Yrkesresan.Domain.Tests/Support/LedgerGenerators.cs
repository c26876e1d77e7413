using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Calendar;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>
/// Random valid course occasions of Norrbotten for the fee, pot and settlement properties: working
/// days in 2022-2025 (often around New Year), either mode, registrations of Norrbotten's
/// municipalities (a municipality sometimes on two lines), trainers with and without dates, external
/// trainers, waived fees and the occasion's own venue amounts.
/// </summary>
internal static class LedgerGenerators
{
    /// <summary>The first year course days are drawn from.</summary>
    public const int FirstYear = 2022;

    /// <summary>The last year course days are drawn from.</summary>
    public const int LastYear = 2025;

    /// <summary>Every Swedish working day of 2022 to 2025, in order.</summary>
    public static readonly LocalDate[] WorkingDays =
    [
        .. Enumerable.Range(0, 1_461)
            .Select(i => new LocalDate(FirstYear, 1, 1).PlusDays(i))
            .Where(d => d.Year <= LastYear && SwedishCalendar.IsWorkingDay(d)),
    ];

    /// <summary>Norrbotten's municipality codes.</summary>
    public static readonly MunicipalityCode[] Codes = [.. Norrbotten.Region.Municipalities.Select(m => m.Code)];

    /// <summary>The indexes in <see cref="WorkingDays"/> of the last working days of 2022, 2023 and 2024, where an occasion may run into the next year.</summary>
    private static readonly int[] YearEnds =
        [.. Enumerable.Range(0, WorkingDays.Length - 1).Where(i => WorkingDays[i].Year != WorkingDays[i + 1].Year)];

    /// <summary>1 to 4 strictly increasing working days, each with a mode; about one occasion in four is near New Year.</summary>
    public static Gen<OccasionDay[]> Days =>
        from start in Gen.Frequency(
            (3, Gen.Choose(0, WorkingDays.Length - 1)),
            (1, from end in Gen.Elements(YearEnds) from back in Gen.Choose(0, 4) select end - back))
        from count in Gen.Choose(1, 4)
        from offsets in Gen.Shuffle(Enumerable.Range(0, 8).ToArray())
        from modes in Gen.ArrayOf(Gen.Elements(DeliveryMode.OnSite, DeliveryMode.Digital), 4)
        select offsets.Take(count)
            .Select(o => Math.Min(start + o, WorkingDays.Length - 1))
            .Distinct()
            .Order()
            .Select((index, i) => new OccasionDay(WorkingDays[index], modes[i]))
            .ToArray();

    /// <summary>0 to 5 registration lines of 1 to 30 participants; codes repeat now and then.</summary>
    public static Gen<ParticipantRegistration[]> Registrations =>
        from count in Gen.Choose(0, 5)
        from lines in Gen.ArrayOf(
            from code in Gen.Elements(Codes)
            from participants in Gen.Frequency((4, Gen.Choose(1, 12)), (1, Gen.Choose(13, 30)))
            select new ParticipantRegistration(code, participants),
            count)
        select lines;

    /// <summary>A trainer: of a municipality or external, on every day or on a non-empty subset of the days.</summary>
    public static Gen<TrainerAssignment> Trainer(OccasionDay[] days) =>
        from external in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from code in Gen.Elements(Codes)
        from everyDay in Gen.Elements(true, false)
        from subset in Gen.SubListOf(days.Select(d => d.Date).ToArray())
        select new TrainerAssignment(
            external ? null : code,
            everyDay || subset.Count == 0 ? null : subset.ToArray());

    /// <summary>A valid occasion with the given id.</summary>
    public static Gen<CourseOccasion> Occasion(string id) =>
        from days in Days
        from participants in Registrations
        from trainerCount in Gen.Choose(0, 4)
        from trainers in Gen.ArrayOf(Trainer(days), trainerCount)
        from waived in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from venue in Gen.Frequency(
            (4, Gen.Constant<long?>(null)),
            (1, Gen.Elements<long?>(0, 600, 1_200)),
            (1, Gen.Choose(0, 2_000).Select(v => (long?)v)))
        select new CourseOccasion(
            id,
            Occasions.FreeCourse,
            days,
            participants,
            trainers,
            venue is long kronor ? Sek.FromKronor(kronor) : null,
            waived);

    /// <summary>0 to 25 occasions with ids o0, o1, ….</summary>
    public static Gen<CourseOccasion[]> OccasionList =>
        from count in Gen.Frequency((1, Gen.Choose(0, 2)), (6, Gen.Choose(3, 25)))
        from occasions in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => Occasion($"o{i}")))
        select occasions;

    /// <summary>A valid ledger of Norrbotten.</summary>
    public static Gen<Ledger> Ledgers => OccasionList.Select(o => new Ledger(Norrbotten.Region, o));
}
