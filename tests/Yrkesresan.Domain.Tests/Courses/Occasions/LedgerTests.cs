using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Courses.Occasions;

/// <summary>
/// A ledger checked against its region: unique occasion ids, municipalities of the region for
/// participants and trainers (an external trainer has none, POT-3), the catalogue's number of
/// course days for a catalogued course (COURSE-6), a fee schedule in force on every day (FEE-1);
/// a course outside the catalogue is a notice, not a problem.
/// </summary>
public sealed class LedgerTests
{
    private static readonly MunicipalityCode Lulea = MunicipalityCode.Parse("2580");
    private static readonly MunicipalityCode Pitea = MunicipalityCode.Parse("2581");
    private static readonly MunicipalityCode Umea = MunicipalityCode.Parse("2480");

    private static Region Norrbotten => Domain.Regions.Norrbotten.Region;

    [Fact]
    [Rule("COURSE-6")]
    public void A_ledger_keeps_its_region_and_its_occasions_in_the_order_given()
    {
        CourseOccasion second = Occasion("b", "samtal-och-delaktighet", "2023-09-19");
        CourseOccasion first = Occasion("a", "handlaggning-med-barnet-i-centrum", "2023-02-07");

        var ledger = new Ledger(Norrbotten, [second, first]);

        Assert.Same(Norrbotten, ledger.Region);
        Assert.Equal<CourseOccasion>([second, first], ledger.Occasions);
        Assert.Empty(ledger.Notices);
        Assert.Equal("ledger of 2 occasion(s) in Norrbotten", ledger.ToString());
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_empty_ledger_is_valid_and_has_no_years()
    {
        var ledger = new Ledger(Norrbotten, []);

        Assert.Empty(ledger.Occasions);
        Assert.Empty(ledger.Years);
        Assert.Empty(ledger.Notices);
        Assert.False(ledger.TryGetOccasion("a", out _));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_is_found_by_its_exact_id()
    {
        CourseOccasion occasion = Occasion("2023-samtal-1", "samtal-och-delaktighet", "2023-03-14");
        var ledger = new Ledger(Norrbotten, [Occasion("2023-barnet-1", "handlaggning-med-barnet-i-centrum", "2023-02-07"), occasion]);

        Assert.Same(occasion, ledger.OccasionWith("2023-samtal-1"));
        Assert.True(ledger.TryGetOccasion("2023-samtal-1", out CourseOccasion? found));
        Assert.Same(occasion, found);
        Assert.False(ledger.TryGetOccasion("2023-SAMTAL-1", out _));
        Assert.False(ledger.TryGetOccasion(" 2023-samtal-1", out _));
        var missing = Assert.Throws<KeyNotFoundException>(() => ledger.OccasionWith("2023-SAMTAL-1"));
        Assert.Equal("The ledger has no occasion with id '2023-SAMTAL-1'.", missing.Message);
        Assert.Throws<ArgumentNullException>(() => ledger.TryGetOccasion(null!, out _));
        Assert.Throws<ArgumentNullException>(() => ledger.OccasionWith(null!));
    }

    [Fact]
    [Rule("POT-1")]
    public void The_years_of_a_ledger_are_those_of_its_course_days_in_increasing_order_once_each()
    {
        var ledger = new Ledger(
            Norrbotten,
            [
                Occasion("c", "x", "2024-01-03", "2024-01-04"),
                Occasion("a", "x", "2023-12-28", "2024-01-02"),
                Occasion("b", "samtal-och-delaktighet", "2022-03-15"),
            ]);

        Assert.Equal<int>([2022, 2023, 2024], ledger.Years);
    }

    [Fact]
    [Rule("COURSE-6")]
    public void Two_occasions_with_one_id_are_refused_at_the_second()
    {
        AssertRefused(
            [
                "occasions[2].id: 'a' is also the id of occasions[0]; each occasion has its own id",
                "occasions[3].id: 'a' is also the id of occasions[0]; each occasion has its own id",
            ],
            () => new Ledger(
                Norrbotten,
                [
                    Occasion("a", "samtal-och-delaktighet", "2023-03-14"),
                    Occasion("A", "samtal-och-delaktighet", "2023-03-15"),
                    Occasion("a", "samtal-och-delaktighet", "2023-03-16"),
                    Occasion("a", "samtal-och-delaktighet", "2023-03-17"),
                ]));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void A_participant_or_a_trainer_from_a_municipality_outside_the_region_is_refused()
    {
        AssertRefused(
            [
                "occasions[0].participants[1].municipality: 2480 is not one of Norrbotten's municipalities",
                "occasions[0].trainers[0].municipality: 2480 is not one of Norrbotten's municipalities; a trainer from outside them has null (POT-3)",
            ],
            () => new Ledger(
                Norrbotten,
                [
                    Occasion(
                        "a",
                        "samtal-och-delaktighet",
                        ["2023-03-14"],
                        [new ParticipantRegistration(Lulea, 2), new ParticipantRegistration(Umea, 1)],
                        [new TrainerAssignment(Umea), new TrainerAssignment(Pitea)]),
                ]));
    }

    [Fact]
    [Rule("POT-3")]
    public void A_trainer_without_a_municipality_is_accepted_as_an_external_trainer()
    {
        var ledger = new Ledger(
            Norrbotten,
            [Occasion("a", "samtal-och-delaktighet", ["2023-03-14"], [new ParticipantRegistration(Lulea, 2)], [new TrainerAssignment(null), new TrainerAssignment(Lulea)])]);

        Assert.Equal([true, false], ledger.OccasionWith("a").Trainers.Select(t => t.IsExternal));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_of_a_catalogued_course_with_a_date_per_course_day_is_accepted()
    {
        // Norrbotten's two courses have one course day each.
        var ledger = new Ledger(
            Norrbotten,
            [Occasion("a", "samtal-och-delaktighet", "2023-03-14"), Occasion("b", "handlaggning-med-barnet-i-centrum", "2023-03-15")]);

        Assert.Equal(2, ledger.Occasions.Length);
        Assert.Empty(ledger.Notices);
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_of_a_catalogued_course_with_another_number_of_dates_is_refused()
    {
        AssertRefused(
            ["occasions[1].days: the course 'samtal-och-delaktighet' has 1 course day in the region's catalogue, so an occasion of it has 1 date, not 2 (COURSE-6)"],
            () => new Ledger(
                Norrbotten,
                [Occasion("a", "samtal-och-delaktighet", "2023-03-14"), Occasion("b", "samtal-och-delaktighet", "2023-03-14", "2023-03-15")]));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void The_number_of_dates_is_checked_against_a_course_of_several_days_in_its_plural()
    {
        // Västerbotten's example catalogue gives samtal-och-delaktighet two course days.
        Region vasterbotten = RegionFile.Load(Repository.PathOf("docs", "examples", "vasterbotten.json"));
        ParticipantRegistration[] umea = [new ParticipantRegistration(Umea, 3)];

        Assert.Single(new Ledger(vasterbotten, [Occasion("a", "samtal-och-delaktighet", ["2023-03-14", "2023-03-15"], umea, [])]).Occasions);
        AssertRefused(
            ["occasions[0].days: the course 'samtal-och-delaktighet' has 2 course days in the region's catalogue, so an occasion of it has 2 dates, not 1 (COURSE-6)"],
            () => new Ledger(vasterbotten, [Occasion("a", "samtal-och-delaktighet", ["2023-03-14"], umea, [])]));
        AssertRefused(
            ["occasions[0].days: the course 'samverkan-kring-barnet' has 1 course day in the region's catalogue, so an occasion of it has 1 date, not 3 (COURSE-6)"],
            () => new Ledger(vasterbotten, [Occasion("a", "samverkan-kring-barnet", ["2023-03-14", "2023-03-15", "2023-03-16"], umea, [])]));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_of_a_course_not_in_the_catalogue_is_accepted_with_a_notice_whatever_its_number_of_dates()
    {
        var ledger = new Ledger(
            Norrbotten,
            [Occasion("a", "samtal-och-delaktighet", "2023-03-14"), Occasion("b", "fordjupning-utredning", "2023-10-10", "2023-10-11")]);

        Assert.Equal(2, ledger.Occasions.Length);
        DataProblem notice = Assert.Single(ledger.Notices);
        Assert.Equal("occasions[1].course", notice.Path);
        Assert.Equal("'fordjupning-utredning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id", notice.Message);
    }

    [Fact]
    [Rule("FEE-1")]
    public void A_course_day_before_the_region_s_first_fee_schedule_is_refused_and_one_on_its_first_day_is_accepted()
    {
        // 2021-06-30 is a Wednesday and 2021-07-01 a Thursday: both working days, so only the fee schedule decides.
        Assert.True(Domain.Courses.Calendar.SwedishCalendar.IsWorkingDay(new LocalDate(2021, 6, 30)));
        Assert.True(Domain.Courses.Calendar.SwedishCalendar.IsWorkingDay(new LocalDate(2021, 7, 1)));

        Assert.Single(new Ledger(Norrbotten, [Occasion("a", "x", "2021-07-01")]).Occasions);
        AssertRefused(
            ["occasions[0].days[0].date: 2021-06-30 is before Norrbotten's first fee schedule (2021-07-01); no fee applies to it"],
            () => new Ledger(Norrbotten, [Occasion("a", "x", "2021-06-30", "2021-07-01")]));
    }

    [Fact]
    [Rule("FEE-1")]
    public void Every_course_day_of_a_region_without_fee_schedules_is_refused()
    {
        Region region = Testland();
        Assert.Null(region.FeeSchedules);

        AssertRefused(
            [
                "occasions[0].days[0].date: Testlän has no fee schedule, so no fee applies to 2023-03-14",
                "occasions[0].days[1].date: Testlän has no fee schedule, so no fee applies to 2023-03-15",
            ],
            () => new Ledger(region, [Occasion("a", "x", ["2023-03-14", "2023-03-15"], [], [])]));
    }

    [Fact]
    [Rule("FEE-1")]
    public void A_region_without_fee_schedules_still_accepts_an_empty_ledger()
    {
        Assert.Empty(new Ledger(Testland(), []).Occasions);
    }

    [Fact]
    [Rule("COURSE-6")]
    public void Every_problem_of_every_occasion_is_reported_at_once_in_the_order_of_the_occasions()
    {
        var error = Assert.Throws<RegionDataException>(() => new Ledger(
            Norrbotten,
            [
                Occasion("a", "samtal-och-delaktighet", ["2021-06-29", "2021-06-30"], [new ParticipantRegistration(Umea, 1)], []),
                Occasion("a", "x", ["2023-03-14"], [], [new TrainerAssignment(Umea)]),
            ]));

        Assert.Equal(
            [
                "occasions[0].days: the course 'samtal-och-delaktighet' has 1 course day in the region's catalogue, so an occasion of it has 1 date, not 2 (COURSE-6)",
                "occasions[0].days[0].date: 2021-06-29 is before Norrbotten's first fee schedule (2021-07-01); no fee applies to it",
                "occasions[0].days[1].date: 2021-06-30 is before Norrbotten's first fee schedule (2021-07-01); no fee applies to it",
                "occasions[0].participants[0].municipality: 2480 is not one of Norrbotten's municipalities",
                "occasions[1].id: 'a' is also the id of occasions[0]; each occasion has its own id",
                "occasions[1].trainers[0].municipality: 2480 is not one of Norrbotten's municipalities; a trainer from outside them has null (POT-3)",
            ],
            error.Problems.Select(p => p.ToString()));
        Assert.Equal("ledger", error.Subject);
        Assert.StartsWith("The ledger has 6 problem(s):\n  - occasions[0].days: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("COURSE-6")]
    public void A_null_region_or_list_is_an_argument_error_and_a_null_occasion_is_reported_as_missing()
    {
        Assert.Throws<ArgumentNullException>(() => new Ledger(null!, []));
        Assert.Throws<ArgumentNullException>(() => new Ledger(Norrbotten, null!));
        AssertRefused(["occasions[1]: is missing"], () => new Ledger(Norrbotten, [Occasion("a", "x", "2023-03-14"), null!]));
    }

    private static Region Testland() => new(
        "Testlän",
        [new Municipality(MunicipalityCode.Parse("0001"), "Ett", 100)],
        [new FixedCostPeriod(2021, Sek.FromKronor(1000))]);

    private static CourseOccasion Occasion(string id, string course, params string[] dates) =>
        Occasion(id, course, dates, [new ParticipantRegistration(Lulea, 1)], [new TrainerAssignment(Lulea)]);

    private static CourseOccasion Occasion(string id, string course, string[] dates, ParticipantRegistration[] participants, TrainerAssignment[] trainers) =>
        new(id, course, dates.Select(d => new OccasionDay(LocalDatePattern.Iso.Parse(d).Value, DeliveryMode.OnSite)), participants, trainers);

    private static void AssertRefused(string[] expected, Func<Ledger> create)
    {
        var error = Assert.Throws<RegionDataException>(() => create());
        Assert.Equal(expected, error.Problems.Select(p => p.ToString()));
    }
}
