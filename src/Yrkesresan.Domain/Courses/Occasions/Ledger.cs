using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>
/// A region's ledger of course occasions (<i>kurstillfällen</i>): what the settlement of a year and the
/// invoice basis of an occasion are computed from. A ledger belongs to one region and is valid against
/// it.
/// </summary>
/// <remarks>
/// <para>
/// A ledger is validated as a whole when it is created, and every problem is reported at once in a
/// <see cref="RegionDataException"/> with paths in the ledger file's spelling
/// (<c>occasions[3].participants[0].municipality</c>): occasion ids are unique; every municipality,
/// of a participant or of a trainer, is one of the region's (an external trainer has none); an
/// occasion of a course in the region's catalogue has one date per course day (rule <c>COURSE-6</c>);
/// and a fee schedule of the region is in force on every course day, so that each day can be priced.
/// </para>
/// <para>
/// An occasion of a course that is not in the catalogue is accepted, with a <see cref="Notices">notice</see>:
/// a region's catalogue may be incomplete (Norrbotten's plan names only two courses of the Ny route),
/// and the course's id plays no part in what is charged.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Ledger
{
    private readonly FrozenDictionary<string, CourseOccasion> _byId;

    /// <summary>Creates and validates a ledger against its region.</summary>
    /// <param name="region">The region the occasions are given in.</param>
    /// <param name="occasions">The occasions, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> or <paramref name="occasions"/> is null.</exception>
    /// <exception cref="RegionDataException">The occasions break a rule of the region; every problem is listed.</exception>
    public Ledger(Region region, IEnumerable<CourseOccasion> occasions)
    {
        Guard.Against.Null(region);
        Guard.Against.Null(occasions);
        ImmutableArray<CourseOccasion> all = [.. occasions];

        var problems = new List<DataProblem>();
        var notices = new List<DataProblem>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < all.Length; i++)
        {
            string at = $"occasions[{Index(i)}]";
            CourseOccasion occasion = all[i];
            if (occasion is null)
            {
                problems.Add(new(at, OccasionText.Of(nameof(OccasionTexts.OccasionEntryMissing))));
                continue;
            }

            CheckId(occasion.Id, i, ids, problems);
            var found = new List<DataProblem>();
            var noted = new List<DataProblem>();
            CheckAgainst(
                region,
                occasion.CourseId,
                [.. occasion.Days],
                [.. occasion.Participants.Select(p => (MunicipalityCode?)p.Municipality)],
                [.. occasion.Trainers.Select(t => t.Municipality is null ? Trainer.External : Trainer.From(t.Municipality.Value))],
                found,
                noted);
            problems.AddRange(found.Select(p => p.Under(at)));
            notices.AddRange(noted.Select(n => n.Under(at)));
        }

        if (problems.Count > 0)
        {
            throw new RegionDataException(OccasionTexts.LedgerSubject, problems);
        }

        Region = region;
        Occasions = all;
        Notices = [.. notices];
        _byId = all.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>Creates a ledger whose occasions the caller has checked against the region with <see cref="CheckId"/> and <see cref="CheckAgainst"/>.</summary>
    /// <param name="region">The region.</param>
    /// <param name="occasions">The occasions, checked.</param>
    /// <param name="notices">The notices the checks gave, with paths relative to the ledger.</param>
    internal Ledger(Region region, ImmutableArray<CourseOccasion> occasions, ImmutableArray<DataProblem> notices)
    {
        Region = region;
        Occasions = occasions;
        Notices = notices;
        _byId = occasions.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>The region the ledger is valid against.</summary>
    public Region Region { get; }

    /// <summary>The occasions, in the order given.</summary>
    public ImmutableArray<CourseOccasion> Occasions { get; }

    /// <summary>
    /// What is accepted but worth a look, with paths in the ledger file's spelling: an occasion of a
    /// course that is not in the region's catalogue (<c>occasions[2].course</c>). Empty for most ledgers.
    /// </summary>
    public ImmutableArray<DataProblem> Notices { get; }

    /// <summary>The calendar years that have a course day of some occasion, in increasing order (rule <c>POT-1</c>: a day belongs to the year of its date).</summary>
    public ImmutableArray<int> Years => [.. Occasions.SelectMany(o => o.Days).Select(d => d.Date.Year).Distinct().Order()];

    /// <summary>The occasion with a given id; the comparison is exact (ordinal, case-sensitive).</summary>
    /// <param name="id">The occasion's id.</param>
    /// <returns>The occasion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no occasion with that id.</exception>
    public CourseOccasion OccasionWith(string id) =>
        TryGetOccasion(id, out CourseOccasion? occasion)
            ? occasion
            : throw new KeyNotFoundException($"The ledger has no occasion with id '{id}'.");

    /// <summary>Finds the occasion with a given id; the comparison is exact (ordinal, case-sensitive).</summary>
    /// <param name="id">The occasion's id.</param>
    /// <param name="occasion">The occasion, when found.</param>
    /// <returns>Whether the ledger has an occasion with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetOccasion(string id, [MaybeNullWhen(false)] out CourseOccasion occasion)
    {
        Guard.Against.Null(id);
        return _byId.TryGetValue(id, out occasion);
    }

    /// <summary>The number of occasions and the region in the current UI culture, e.g. <c>"ledger of 5 occasion(s) in Norrbotten"</c>.</summary>
    /// <returns>The ledger as text.</returns>
    public override string ToString() => LocalizedText.Format(OccasionTexts.LedgerSummary, Occasions.Length, Region.Name);

    /// <summary>Checks that an occasion id is not one an earlier occasion has.</summary>
    internal static void CheckId(string? id, int index, Dictionary<string, int> ids, List<DataProblem> problems)
    {
        if (id is null)
        {
            return;
        }

        if (ids.TryGetValue(id, out int first))
        {
            problems.Add(new($"occasions[{Index(index)}].id", OccasionText.Of(nameof(OccasionTexts.OccasionIdRepeated), id, first)));
        }
        else
        {
            ids.Add(id, index);
        }
    }

    /// <summary>
    /// Checks an occasion against its region, on parts that may be incomplete (a null part was not
    /// readable and has been reported): municipalities of the region, the catalogue's day count, a
    /// fee schedule on every day. Paths are relative to the occasion.
    /// </summary>
    internal static void CheckAgainst(
        Region region,
        string? courseId,
        IReadOnlyList<OccasionDay?> days,
        IReadOnlyList<MunicipalityCode?> participants,
        IReadOnlyList<Trainer?> trainers,
        List<DataProblem> problems,
        List<DataProblem> notices)
    {
        if (courseId is not null && !string.IsNullOrWhiteSpace(courseId))
        {
            if (region.Catalogue.TryGetCourse(courseId, out Course? course))
            {
                if (course.CourseDays != days.Count && days.Count > 0)
                {
                    problems.Add(new(
                        "days",
                        OccasionText.Of(nameof(OccasionTexts.CourseDaysNotAsInCatalogue), courseId, Days(course.CourseDays), Dates(course.CourseDays), days.Count)));
                }
            }
            else
            {
                notices.Add(new("course", OccasionText.Of(nameof(OccasionTexts.CourseNotInCatalogue), courseId, region.Name)));
            }
        }

        for (int i = 0; i < days.Count; i++)
        {
            if (days[i] is { } day && !HasFeeSchedule(region, day.Date))
            {
                problems.Add(new($"days[{Index(i)}].date", region.FeeSchedules is { } schedules
                    ? OccasionText.Of(nameof(OccasionTexts.DayBeforeFirstFeeSchedule), Iso(day.Date), region.Name, Iso(schedules.FirstDate))
                    : OccasionText.Of(nameof(OccasionTexts.NoFeeSchedule), region.Name, Iso(day.Date))));
            }
        }

        for (int i = 0; i < participants.Count; i++)
        {
            if (participants[i] is { } code && !region.HasMunicipality(code))
            {
                problems.Add(new($"participants[{Index(i)}].municipality", OccasionText.Of(nameof(OccasionTexts.MunicipalityNotInRegion), code, region.Name)));
            }
        }

        for (int i = 0; i < trainers.Count; i++)
        {
            if (trainers[i] is { Municipality: { } code } && !region.HasMunicipality(code))
            {
                problems.Add(new(
                    $"trainers[{Index(i)}].municipality",
                    OccasionText.Of(nameof(OccasionTexts.TrainerMunicipalityNotInRegion), code, region.Name)));
            }
        }
    }

    private static bool HasFeeSchedule(Region region, LocalDate date) =>
        region.FeeSchedules is { } schedules && schedules.FirstDate <= date;

    private static string Days(int n) => n == 1 ? OccasionTexts.OneCourseDay : LocalizedText.Format(OccasionTexts.ManyCourseDays, n);

    private static string Dates(int n) => n == 1 ? OccasionTexts.OneDate : LocalizedText.Format(OccasionTexts.ManyDates, n);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>A trainer as far as the region checks go: external, or from a municipality.</summary>
    internal sealed record Trainer(MunicipalityCode? Municipality)
    {
        public static Trainer External { get; } = new((MunicipalityCode?)null);

        public static Trainer From(MunicipalityCode code) => new(code);
    }
}
