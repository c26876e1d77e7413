using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>
/// Short ways to write course occasions, ledgers and small regions in the fee, pot and settlement
/// tests. Every date used with them must be a Swedish working day (the occasion refuses others).
/// </summary>
internal static class Occasions
{
    /// <summary>A course id not in any catalogue: accepted with a notice, with any number of days.</summary>
    public const string FreeCourse = "fordjupning-utredning";

    /// <summary>A date from its ISO text, e.g. <c>"2023-03-14"</c>.</summary>
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>A municipality code from its text, e.g. <c>"2580"</c>.</summary>
    public static MunicipalityCode C(string code) => MunicipalityCode.Parse(code);

    /// <summary>A course day on site.</summary>
    public static OccasionDay OnSite(string iso) => new(D(iso), DeliveryMode.OnSite);

    /// <summary>A digital course day.</summary>
    public static OccasionDay Digital(string iso) => new(D(iso), DeliveryMode.Digital);

    /// <summary>A registration of <paramref name="count"/> participants of a municipality.</summary>
    public static ParticipantRegistration P(string code, int count) => new(C(code), count);

    /// <summary>A trainer of a municipality on every day of the occasion, or on the dates given.</summary>
    public static TrainerAssignment T(string code, params string[] dates) =>
        new(C(code), dates.Length == 0 ? null : dates.Select(D));

    /// <summary>A trainer from outside the region's municipalities on every day, or on the dates given.</summary>
    public static TrainerAssignment External(params string[] dates) =>
        new(null, dates.Length == 0 ? null : dates.Select(D));

    /// <summary>An occasion of a course outside the catalogue, so it may have any number of days.</summary>
    public static CourseOccasion Occasion(
        string id,
        OccasionDay[] days,
        ParticipantRegistration[] participants,
        TrainerAssignment[]? trainers = null,
        long? venueFee = null,
        bool waivesFee = false) =>
        new(id, FreeCourse, days, participants, trainers ?? [], venueFee is long kronor ? Sek.FromKronor(kronor) : null, waivesFee);

    /// <summary>A ledger of Norrbotten.</summary>
    public static Ledger NorrbottenLedger(params CourseOccasion[] occasions) => new(global::Yrkesresan.Domain.Regions.Norrbotten.Region, occasions);

    /// <summary>The example ledger of the documentation, <c>docs/examples/norrbotten-2023-ledger.json</c>, read against Norrbotten.</summary>
    public static Ledger ExampleLedger() =>
        LedgerFile.Read(Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json"), global::Yrkesresan.Domain.Regions.Norrbotten.Region).Ledger;

    /// <summary>Norrbotten's schedule as rates, with some amounts or digital charging changed.</summary>
    public static FeeSchedule Schedule(long venue = 1_000, long pot = 400, long material = 100, long buffer = 50, bool venueOnDigitalDays = false) =>
        new(
        [
            new FeeRate(FeeComponent.Venue, Sek.FromKronor(venue), venueOnDigitalDays),
            new FeeRate(FeeComponent.TrainerPot, Sek.FromKronor(pot), true),
            new FeeRate(FeeComponent.CourseMaterial, Sek.FromKronor(material), true),
            new FeeRate(FeeComponent.Buffer, Sek.FromKronor(buffer), true),
        ]);

    /// <summary>
    /// Testlän: three municipalities 0001 Ett (100 inhabitants), 0002 Två (300) and 0003 Tre (600),
    /// a fixed cost of 1 000 kr a year from 2021, and Norrbotten's fee schedule from 2021-07-01,
    /// or the schedules and memberships given.
    /// </summary>
    public static Region Testlan(
        (string From, FeeSchedule Schedule)[]? schedules = null,
        (int From, string[] Members)[]? memberships = null,
        long fixedCost = 1_000,
        int fixedCostFrom = 2021) =>
        new(
            "Testlän",
            [
                new Municipality(C("0001"), "Ett", 100),
                new Municipality(C("0002"), "Två", 300),
                new Municipality(C("0003"), "Tre", 600),
            ],
            [new FixedCostPeriod(fixedCostFrom, Sek.FromKronor(fixedCost))],
            memberships?.Select(m => new MembershipPeriod(m.From, [.. m.Members.Select(C)])),
            feeSchedules: new Timeline<FeeSchedule>(
                "fee schedule",
                (schedules ?? [("2021-07-01", Schedule())]).Select(s => new DatedValue<FeeSchedule>(D(s.From), s.Schedule))));

    /// <summary>A kronor amount.</summary>
    public static Sek Kr(long kronor) => Sek.FromKronor(kronor);
}
