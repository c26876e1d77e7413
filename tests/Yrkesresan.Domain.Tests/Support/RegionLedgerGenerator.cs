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
/// Random valid course occasions and ledgers of any region, on a given list of working days: occasions
/// of the catalogue's courses (with exactly the course's number of days) and of a course outside the
/// catalogue (any number of days up to a maximum), either mode on each day, registrations of the
/// region's municipalities (a municipality sometimes on two lines), trainers of its municipalities or
/// external, with and without dates, waived fees and the occasion's own venue amounts. About one
/// occasion in four starts near a New Year. Every ledger it makes is valid against its region, provided
/// the working days have a fee schedule of the region (see <see cref="For"/>).
/// </summary>
internal sealed class RegionLedgerGenerator
{
    /// <summary>How many working days a window around an occasion's days has beyond the days themselves.</summary>
    private const int Slack = 4;

    private readonly (string Id, int Days)[] _courses;

    /// <summary>The indexes in <see cref="WorkingDays"/> of the last working day of each year but the last, where an occasion may run into the next year.</summary>
    private readonly int[] _yearEnds;

    /// <summary>Creates a generator.</summary>
    /// <param name="region">The region the ledgers are of.</param>
    /// <param name="workingDays">The working days to draw course days from, in increasing order; each must have a fee schedule of the region.</param>
    /// <param name="catalogueCourses">Whether occasions are also of the catalogue's courses, not only of a course outside it.</param>
    /// <param name="maxFreeCourseDays">The most days an occasion of the course outside the catalogue has.</param>
    public RegionLedgerGenerator(Region region, IEnumerable<LocalDate> workingDays, bool catalogueCourses, int maxFreeCourseDays)
    {
        Region = region;
        WorkingDays = [.. workingDays];
        Codes = [.. region.Municipalities.Select(m => m.Code)];
        FreeCourse = Occasions.FreeCourse;
        while (region.Catalogue.TryGetCourse(FreeCourse, out _))
        {
            FreeCourse += "-x";
        }

        MaxFreeCourseDays = Math.Min(maxFreeCourseDays, WorkingDays.Length);
        _courses =
        [
            .. (catalogueCourses ? region.Catalogue.Courses : [])
                .Where(c => c.CourseDays + Slack <= WorkingDays.Length)
                .Select(c => (c.Id, c.CourseDays)),
        ];
        _yearEnds = [.. Enumerable.Range(0, Math.Max(0, WorkingDays.Length - 1)).Where(i => WorkingDays[i].Year != WorkingDays[i + 1].Year)];
    }

    /// <summary>The region.</summary>
    public Region Region { get; }

    /// <summary>The working days course days are drawn from, in increasing order.</summary>
    public LocalDate[] WorkingDays { get; }

    /// <summary>The region's municipality codes.</summary>
    public MunicipalityCode[] Codes { get; }

    /// <summary>A course id not in the region's catalogue: accepted with a notice, with any number of days.</summary>
    public string FreeCourse { get; }

    /// <summary>The most days an occasion of <see cref="FreeCourse"/> has.</summary>
    public int MaxFreeCourseDays { get; }

    /// <summary>Whether the generator can make an occasion at all: there are working days to draw from.</summary>
    public bool MakesOccasions => MaxFreeCourseDays > 0;

    /// <summary>A course and its number of days: one of the catalogue's (with its own number), or <see cref="FreeCourse"/> with 1 to <see cref="MaxFreeCourseDays"/>.</summary>
    public Gen<(string CourseId, int Days)> Courses =>
        _courses.Length == 0
            ? FreeCourses
            : Gen.Frequency((1, FreeCourses), (2, Gen.Elements(_courses)));

    /// <summary>0 to 5 registration lines of 1 to 30 participants; codes repeat now and then.</summary>
    public Gen<ParticipantRegistration[]> Registrations =>
        from count in Gen.Choose(0, 5)
        from lines in Gen.ArrayOf(
            from code in Gen.Elements(Codes)
            from participants in Gen.Frequency((4, Gen.Choose(1, 12)), (1, Gen.Choose(13, 30)))
            select new ParticipantRegistration(code, participants),
            count)
        select lines;

    /// <summary>0 to 25 occasions with ids o0, o1, …; none when there are no working days.</summary>
    public Gen<CourseOccasion[]> OccasionList =>
        from count in MakesOccasions ? Gen.Frequency((1, Gen.Choose(0, 2)), (6, Gen.Choose(3, 25))) : Gen.Constant(0)
        from occasions in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => Occasion($"o{i}")))
        select occasions;

    /// <summary>A valid ledger of the region.</summary>
    public Gen<Ledger> Ledgers => OccasionList.Select(o => new Ledger(Region, o));

    private Gen<(string CourseId, int Days)> FreeCourses =>
        Gen.Choose(1, Math.Max(1, MaxFreeCourseDays)).Select(days => (FreeCourse, days));

    /// <summary>
    /// A generator of the region's ledgers on every Swedish working day of the given years on or after
    /// the region's first fee schedule, with the catalogue's courses and 1 to 3 days for a course outside
    /// it; no working days (so only empty ledgers) when the region has no fee schedule.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="years">The calendar years; those outside the working-day calendar are left out.</param>
    /// <returns>The generator.</returns>
    public static RegionLedgerGenerator For(Region region, IEnumerable<int> years)
    {
        LocalDate[] days = region.FeeSchedules is { } schedules
            ? [.. WorkingDaysIn(years).Where(d => d >= schedules.FirstDate)]
            : [];
        return new RegionLedgerGenerator(region, days, catalogueCourses: true, maxFreeCourseDays: 3);
    }

    /// <summary>Every Swedish working day of the given years that the calendar covers, in increasing order.</summary>
    /// <param name="years">The calendar years.</param>
    /// <returns>The working days.</returns>
    public static IEnumerable<LocalDate> WorkingDaysIn(IEnumerable<int> years) =>
        years.Where(SwedishCalendar.Covers).Distinct().Order().SelectMany(year =>
            Enumerable.Range(0, 366)
                .Select(i => new LocalDate(year, 1, 1).PlusDays(i))
                .Where(d => d.Year == year && SwedishCalendar.IsWorkingDay(d)));

    /// <summary>
    /// Exactly <paramref name="count"/> strictly increasing working days, each with a mode, within a
    /// window of <paramref name="count"/> + 4 working days; about one window in four is near New Year.
    /// </summary>
    /// <param name="count">The number of days, at most <see cref="WorkingDays"/>' length.</param>
    /// <returns>The days.</returns>
    public Gen<OccasionDay[]> Days(int count)
    {
        int window = Math.Min(count + Slack, WorkingDays.Length);
        int lastStart = WorkingDays.Length - window;
        Gen<int> anywhere = Gen.Choose(0, lastStart);
        Gen<int> starts = _yearEnds.Length == 0
            ? anywhere
            : Gen.Frequency(
                (3, anywhere),
                (1, from end in Gen.Elements(_yearEnds) from back in Gen.Choose(0, Slack) select Math.Clamp(end - back, 0, lastStart)));
        return
            from start in starts
            from offsets in Gen.Shuffle(Enumerable.Range(0, window).ToArray())
            from modes in Gen.ArrayOf(Gen.Elements(DeliveryMode.OnSite, DeliveryMode.Digital), count)
            select offsets.Take(count)
                .Order()
                .Select((offset, i) => new OccasionDay(WorkingDays[start + offset], modes[i]))
                .ToArray();
    }

    /// <summary>A trainer: of a municipality or external, on every day or on a non-empty subset of the days.</summary>
    /// <param name="days">The occasion's days.</param>
    /// <returns>The trainer.</returns>
    public Gen<TrainerAssignment> Trainer(OccasionDay[] days) =>
        from external in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from code in Gen.Elements(Codes)
        from everyDay in Gen.Elements(true, false)
        from subset in Gen.SubListOf(days.Select(d => d.Date).ToArray())
        select new TrainerAssignment(
            external ? null : code,
            everyDay || subset.Count == 0 ? null : subset.ToArray());

    /// <summary>A valid occasion with the given id, of a course <see cref="Courses"/> draws.</summary>
    /// <param name="id">The occasion's id.</param>
    /// <returns>The occasion.</returns>
    public Gen<CourseOccasion> Occasion(string id) => Courses.SelectMany(course => Occasion(id, course.CourseId, course.Days));

    /// <summary>A valid occasion with the given id, of the given course with the given number of days.</summary>
    /// <param name="id">The occasion's id.</param>
    /// <param name="courseId">The course's id.</param>
    /// <param name="dayCount">The number of days, at most <see cref="WorkingDays"/>' length.</param>
    /// <returns>The occasion.</returns>
    public Gen<CourseOccasion> Occasion(string id, string courseId, int dayCount) =>
        from days in Days(dayCount)
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
            courseId,
            days,
            participants,
            trainers,
            venue is long kronor ? Sek.FromKronor(kronor) : null,
            waived);
}
