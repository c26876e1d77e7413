using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Courses.Occasions;

/// <summary>
/// A course occasion's own rules, checked when it is made: one date per course day in strictly
/// increasing order (COURSE-6), each a Swedish working day (COURSE-7), at least one day and a mode
/// for each (COURSE-3), counts of at least one, trainer dates among the days, a venue amount in
/// whole kronor (FEE-2). Each rule is held on both sides: the date, count or amount just accepted
/// and the one just refused.
/// </summary>
public sealed class CourseOccasionTests
{
    private static readonly MunicipalityCode Lulea = MunicipalityCode.Parse("2580");
    private static readonly MunicipalityCode Pitea = MunicipalityCode.Parse("2581");

    // ---- COURSE-7: working days ----

    [Fact]
    [Rule("COURSE-7")]
    public void A_course_day_on_midsummer_eve_is_refused()
    {
        AssertRefused(["days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)"], () => OnDates("2023-06-23"));
    }

    [Fact]
    [Rule("COURSE-7")]
    public void A_course_day_on_the_Thursday_before_midsummer_eve_is_accepted()
    {
        CourseOccasion occasion = OnDates("2023-06-22");
        Assert.Equal(new LocalDate(2023, 6, 22), occasion.FirstDate);
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData("2023-03-18", "2023-03-18 is a Saturday, not a working day (COURSE-7)")]
    [InlineData("2023-03-19", "2023-03-19 is a Sunday, not a working day (COURSE-7)")]
    [InlineData("2023-06-24", "2023-06-24 is Midsommardagen, not a working day (COURSE-7)")]
    [InlineData("2008-05-01", "2008-05-01 is Första maj and Kristi himmelsfärdsdag, not a working day (COURSE-7)")]
    [InlineData("2004-05-31", "2004-05-31 is Annandag pingst, not a working day (COURSE-7)")]
    [InlineData("2005-06-06", "2005-06-06 is Sveriges nationaldag, not a working day (COURSE-7)")]
    [InlineData("2024-12-24", "2024-12-24 is Julafton, not a working day (COURSE-7)")]
    [InlineData("2024-12-31", "2024-12-31 is Nyårsafton, not a working day (COURSE-7)")]
    [InlineData("2023-04-07", "2023-04-07 is Långfredagen, not a working day (COURSE-7)")]
    [InlineData("2023-01-06", "2023-01-06 is Trettondedag jul, not a working day (COURSE-7)")]
    [InlineData("2049-06-06", "2049-06-06 is Pingstdagen and Sveriges nationaldag, not a working day (COURSE-7)")]
    public void A_course_day_that_is_not_a_working_day_is_refused_with_the_day_s_name(string date, string problem)
    {
        AssertRefused([$"days[0].date: {problem}"], () => OnDates(date));
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData("2023-01-06", "NotAWorkingDay", "2023-01-06 är Trettondedag jul, inte en arbetsdag (COURSE-7)")]
    [InlineData("2023-06-23", "NotAWorkingDay", "2023-06-23 är Midsommarafton, inte en arbetsdag (COURSE-7)")]
    [InlineData("2023-03-18", "NotAWorkingDay", "2023-03-18 är en lördag, inte en arbetsdag (COURSE-7)")]
    [InlineData("2023-03-19", "NotAWorkingDay", "2023-03-19 är en söndag, inte en arbetsdag (COURSE-7)")]
    [InlineData("2008-05-01", "NotAWorkingDay", "2008-05-01 är Första maj och Kristi himmelsfärdsdag, inte en arbetsdag (COURSE-7)")]
    [InlineData("2200-06-02", "OutsideWorkingDayCalendar", "2200-06-02 ligger utanför arbetsdagskalendern, som gäller 1953 till 2199 (COURSE-7)")]
    public void A_course_day_that_is_not_a_working_day_is_refused_in_Swedish_with_the_day_s_Swedish_name(string date, string code, string problem)
    {
        var error = Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => OnDates(date)));
        DataProblem refusal = Assert.Single(error.Problems);
        Assert.Equal($"days[0].date: {problem}", refusal.ToString());
        Assert.Equal(code, refusal.Code);
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData("2005-05-16")]
    [InlineData("2003-06-06")]
    [InlineData("2022-12-30")]
    [InlineData("2024-01-02")]
    [InlineData("1953-01-02")]
    [InlineData("2199-12-30")]
    public void A_working_day_next_to_a_named_day_or_a_law_change_is_accepted(string date)
    {
        // Whit Monday 2005 was a working day (the law changed in 2005); National Day 2003 was one too
        // (2004-06-06 is a Sunday, so 2003 shows it); the Friday before New Year's eve; the first working
        // days after New Year; the first and last working days the calendar covers.
        CourseOccasion occasion = OnDates(date);
        Assert.Equal(LocalDatePattern.Iso.Parse(date).Value, occasion.FirstDate);
    }

    [Theory]
    [Rule("COURSE-7")]
    [InlineData("1952-06-02")]
    [InlineData("2200-06-02")]
    [InlineData("1900-01-01")]
    public void A_course_day_outside_the_calendar_s_years_is_refused(string date)
    {
        AssertRefused(
            [$"days[0].date: {date} is outside the working-day calendar, which covers 1953 to 2199 (COURSE-7)"],
            () => OnDates(date));
    }

    // ---- COURSE-6: one date per course day, strictly increasing ----

    [Fact]
    [Rule("COURSE-6")]
    public void Dates_one_working_day_apart_are_accepted_and_kept_in_order()
    {
        CourseOccasion occasion = OnDates("2023-03-14", "2023-03-15");

        Assert.Equal([new LocalDate(2023, 3, 14), new LocalDate(2023, 3, 15)], occasion.Days.Select(d => d.Date));
        Assert.Equal(new LocalDate(2023, 3, 14), occasion.FirstDate);
        Assert.Equal(new LocalDate(2023, 3, 15), occasion.LastDate);
    }

    [Fact]
    [Rule("COURSE-6")]
    public void The_same_date_twice_is_refused_because_dates_are_strictly_increasing()
    {
        AssertRefused(
            ["days[1].date: 2023-03-14 does not come after the day before it (2023-03-14); course days are in strictly increasing order (COURSE-6)"],
            () => OnDates("2023-03-14", "2023-03-14"));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void Dates_out_of_order_are_refused_at_each_date_that_does_not_come_after_the_one_before()
    {
        AssertRefused(
            [
                "days[1].date: 2023-03-14 does not come after the day before it (2023-03-15); course days are in strictly increasing order (COURSE-6)",
                "days[3].date: 2023-03-16 does not come after the day before it (2023-03-17); course days are in strictly increasing order (COURSE-6)",
            ],
            () => OnDates("2023-03-15", "2023-03-14", "2023-03-17", "2023-03-16"));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_spanning_New_Year_has_its_days_in_two_years()
    {
        CourseOccasion occasion = OnDates("2023-12-28", "2024-01-03");

        Assert.Equal([2023, 2024], occasion.Days.Select(d => d.Date.Year));
        Assert.Equal("o (samtal) 2023-12-28..2024-01-03", occasion.ToString());
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_keeps_its_id_course_days_participants_trainers_and_fee_choices_as_given()
    {
        var trainer = new TrainerAssignment(Pitea, [new LocalDate(2023, 3, 15)]);
        var occasion = new CourseOccasion(
            "2023-1",
            "samtal-och-delaktighet",
            [new OccasionDay(new LocalDate(2023, 3, 14), DeliveryMode.OnSite), new OccasionDay(new LocalDate(2023, 3, 15), DeliveryMode.Digital)],
            [new ParticipantRegistration(Lulea, 4), new ParticipantRegistration(Lulea, 2)],
            [trainer, new TrainerAssignment(null)],
            Sek.FromKronor(600),
            waivesFee: true);

        Assert.Equal("2023-1", occasion.Id);
        Assert.Equal("samtal-och-delaktighet", occasion.CourseId);
        Assert.Equal(["2023-03-14 onsite", "2023-03-15 digital"], occasion.Days.Select(d => d.ToString()));
        Assert.Equal(["2580 × 4", "2580 × 2"], occasion.Participants.Select(p => p.ToString()));
        Assert.Equal(["2581 on 2023-03-15", "external on every day"], occasion.Trainers.Select(t => t.ToString()));
        Assert.Equal(Sek.FromKronor(600), occasion.VenueFee);
        Assert.True(occasion.WaivesFee);
        Assert.Equal("2023-1 (samtal-och-delaktighet) 2023-03-14..2023-03-15", occasion.ToString());
    }

    [Fact]
    [Rule("COURSE-6")]
    public void A_one_day_occasion_prints_one_date_and_keeps_the_schedule_s_fee_by_default()
    {
        CourseOccasion occasion = OnDates("2023-02-07");

        Assert.Equal("o (samtal) 2023-02-07", occasion.ToString());
        Assert.Null(occasion.VenueFee);
        Assert.False(occasion.WaivesFee);
        Assert.Equal(occasion.FirstDate, occasion.LastDate);
    }

    [Theory]
    [Rule("COURSE-6")]
    [InlineData("", "id: an occasion needs an id")]
    [InlineData(" ", "id: an occasion needs an id")]
    [InlineData("2023 1", "id: '2023 1' contains whitespace; an id has none")]
    [InlineData("2023\t1", "id: '2023\t1' contains whitespace; an id has none")]
    public void An_occasion_without_an_id_or_with_whitespace_in_it_is_refused(string id, string problem)
    {
        AssertRefused([problem], () => new CourseOccasion(id, "samtal", Days("2023-03-14"), [], []));
    }

    [Theory]
    [Rule("COURSE-6")]
    [InlineData("", "course: an occasion's course needs an id")]
    [InlineData("samtal och delaktighet", "course: 'samtal och delaktighet' contains whitespace; an id has none")]
    public void An_occasion_without_a_course_id_or_with_whitespace_in_it_is_refused(string course, string problem)
    {
        AssertRefused([problem], () => new CourseOccasion("o", course, Days("2023-03-14"), [], []));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void A_null_id_or_course_is_refused_as_missing_and_the_exception_names_no_id()
    {
        var error = Assert.Throws<RegionDataException>(() => new CourseOccasion(null!, null!, Days("2023-03-14"), [], []));

        Assert.Equal(["id: an occasion needs an id", "course: an occasion's course needs an id"], Problems(error));
        Assert.Equal("course occasion '(no id)'", error.Subject);
    }

    [Fact]
    [Rule("COURSE-6")]
    public void Null_lists_are_argument_errors_and_null_items_are_reported_as_missing()
    {
        Assert.Throws<ArgumentNullException>(() => new CourseOccasion("o", "c", null!, [], []));
        Assert.Throws<ArgumentNullException>(() => new CourseOccasion("o", "c", Days("2023-03-14"), null!, []));
        Assert.Throws<ArgumentNullException>(() => new CourseOccasion("o", "c", Days("2023-03-14"), [], null!));

        AssertRefused(
            ["days[1]: is missing", "participants[0]: is missing", "trainers[0]: is missing"],
            () => new CourseOccasion("o", "c", [.. Days("2023-03-14"), null!], [null!], [null!]));
    }

    // ---- COURSE-3: at least one course day, each on site or digital ----

    [Fact]
    [Rule("COURSE-3")]
    public void An_occasion_without_a_course_day_is_refused()
    {
        AssertRefused(["days: an occasion has at least one course day (COURSE-3)"], () => new CourseOccasion("o", "c", [], [], []));
    }

    [Fact]
    [Rule("COURSE-3")]
    public void A_course_day_without_a_delivery_mode_is_refused()
    {
        AssertRefused(["days[0].mode: is missing"], () => new CourseOccasion("o", "c", [new OccasionDay(new LocalDate(2023, 3, 14), null!)], [], []));
    }

    [Fact]
    [Rule("COURSE-3")]
    public void An_occasion_of_one_hundred_course_days_is_accepted_and_one_of_a_hundred_and_one_is_refused()
    {
        LocalDate[] workingDays = [.. WorkingDaysFrom(new LocalDate(2023, 1, 2)).Take(101)];

        CourseOccasion hundred = new("o", "c", workingDays[..100].Select(d => new OccasionDay(d, DeliveryMode.OnSite)), [], []);
        Assert.Equal(100, hundred.Days.Length);

        AssertRefused(
            ["days: an occasion has at most 100 course days, as a course has, not 101"],
            () => new CourseOccasion("o", "c", workingDays.Select(d => new OccasionDay(d, DeliveryMode.Digital)), [], []));
    }

    // ---- registrations ----

    [Theory]
    [Rule("COURSE-6")]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(10_000)]
    public void A_registration_of_one_to_ten_thousand_participants_is_accepted(int count)
    {
        CourseOccasion occasion = new("o", "c", Days("2023-03-14"), [new ParticipantRegistration(Lulea, count)], []);
        Assert.Equal(count, Assert.Single(occasion.Participants).Count);
    }

    [Theory]
    [Rule("COURSE-6")]
    [InlineData(0, "participants[1].count: must be at least 1, not 0: a registration is of one participant or more")]
    [InlineData(-1, "participants[1].count: must be at least 1, not -1: a registration is of one participant or more")]
    [InlineData(int.MinValue, "participants[1].count: must be at least 1, not -2147483648: a registration is of one participant or more")]
    [InlineData(10_001, "participants[1].count: must be at most 10000, not 10001")]
    [InlineData(int.MaxValue, "participants[1].count: must be at most 10000, not 2147483647")]
    public void A_registration_of_no_participant_or_of_more_than_ten_thousand_is_refused(int count, string problem)
    {
        AssertRefused(
            [problem],
            () => new CourseOccasion("o", "c", Days("2023-03-14"), [new ParticipantRegistration(Pitea, 3), new ParticipantRegistration(Lulea, count)], []));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_without_participants_or_trainers_is_accepted()
    {
        CourseOccasion occasion = OnDates("2023-03-14");

        Assert.Empty(occasion.Participants);
        Assert.Empty(occasion.Trainers);
    }

    // ---- trainers ----

    [Fact]
    [Rule("COURSE-6")]
    public void A_trainer_without_dates_taught_every_day_of_the_occasion()
    {
        var everyDay = new TrainerAssignment(Lulea);
        var firstDay = new TrainerAssignment(Pitea, [new LocalDate(2023, 3, 14)]);
        CourseOccasion occasion = new("o", "c", Days("2023-03-14", "2023-03-15", "2023-03-16"), [], [everyDay, firstDay]);

        Assert.Null(everyDay.Dates);
        Assert.Equal<LocalDate>([new LocalDate(2023, 3, 14), new LocalDate(2023, 3, 15), new LocalDate(2023, 3, 16)], occasion.DatesTaughtBy(everyDay));
        Assert.Equal<LocalDate>([new LocalDate(2023, 3, 14)], occasion.DatesTaughtBy(firstDay));
        Assert.Throws<ArgumentNullException>(() => occasion.DatesTaughtBy(null!));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void A_trainer_s_dates_may_be_given_in_any_order_and_are_taught_in_order_of_date()
    {
        var trainer = new TrainerAssignment(Lulea, [new LocalDate(2023, 3, 16), new LocalDate(2023, 3, 14)]);
        CourseOccasion occasion = new("o", "c", Days("2023-03-14", "2023-03-15", "2023-03-16"), [], [trainer]);

        Assert.Equal<LocalDate>([new LocalDate(2023, 3, 16), new LocalDate(2023, 3, 14)], trainer.Dates!.Value);
        Assert.Equal<LocalDate>([new LocalDate(2023, 3, 14), new LocalDate(2023, 3, 16)], occasion.DatesTaughtBy(trainer));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void A_trainer_date_that_is_not_one_of_the_occasion_s_days_is_refused()
    {
        AssertRefused(
            ["trainers[1].dates[1]: 2023-03-16 is not one of the occasion's days"],
            () => new CourseOccasion(
                "o",
                "c",
                Days("2023-03-14", "2023-03-15"),
                [],
                [new TrainerAssignment(Lulea), new TrainerAssignment(Pitea, [new LocalDate(2023, 3, 15), new LocalDate(2023, 3, 16)])]));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void A_trainer_date_given_twice_is_refused_at_its_second_place()
    {
        AssertRefused(
            ["trainers[0].dates[2]: 2023-03-14 is given more than once"],
            () => new CourseOccasion(
                "o",
                "c",
                Days("2023-03-14", "2023-03-15"),
                [],
                [new TrainerAssignment(Lulea, [new LocalDate(2023, 3, 14), new LocalDate(2023, 3, 15), new LocalDate(2023, 3, 14)])]));
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_empty_list_of_trainer_dates_is_refused_because_leaving_it_out_means_every_day()
    {
        AssertRefused(
            ["trainers[0].dates: must not be empty: list the days the trainer taught, or leave the field out for every day"],
            () => new CourseOccasion("o", "c", Days("2023-03-14"), [], [new TrainerAssignment(Lulea, [])]));
    }

    [Fact]
    [Rule("POT-3")]
    public void A_trainer_without_a_municipality_is_external_and_one_with_one_is_not()
    {
        var external = new TrainerAssignment(null);
        var municipal = new TrainerAssignment(Lulea);

        Assert.True(external.IsExternal);
        Assert.Null(external.Municipality);
        Assert.False(municipal.IsExternal);
        Assert.Equal(Lulea, municipal.Municipality);
        Assert.Equal("external on every day", external.ToString());
    }

    [Fact]
    [Rule("COURSE-6")]
    public void Trainer_assignments_are_equal_when_their_municipality_and_dates_are_the_same_in_the_same_order()
    {
        LocalDate a = new(2023, 3, 14);
        LocalDate b = new(2023, 3, 15);

        Assert.Equal(new TrainerAssignment(Lulea, [a, b]), new TrainerAssignment(Lulea, [a, b]));
        Assert.Equal(new TrainerAssignment(Lulea, [a, b]).GetHashCode(), new TrainerAssignment(Lulea, [a, b]).GetHashCode());
        Assert.Equal(new TrainerAssignment(null), new TrainerAssignment(null));
        Assert.NotEqual(new TrainerAssignment(Lulea, [a, b]), new TrainerAssignment(Lulea, [b, a]));
        Assert.NotEqual(new TrainerAssignment(Lulea, [a]), new TrainerAssignment(Lulea));
        Assert.NotEqual(new TrainerAssignment(Lulea), new TrainerAssignment(Lulea, [a]));
        Assert.NotEqual(new TrainerAssignment(Lulea), new TrainerAssignment(Pitea));
        Assert.False(new TrainerAssignment(Lulea).Equals(null));
    }

    // ---- FEE-2: the occasion's own venue amount ----

    [Theory]
    [Rule("FEE-2")]
    [InlineData(0)]
    [InlineData(600)]
    [InlineData(1_000_000)]
    public void A_venue_amount_of_whole_kronor_from_0_to_1_000_000_is_accepted(long kronor)
    {
        CourseOccasion occasion = new("o", "c", Days("2023-03-14"), [], [], Sek.FromKronor(kronor));
        Assert.Equal(Sek.FromKronor(kronor), occasion.VenueFee);
    }

    [Theory]
    [Rule("FEE-2")]
    [InlineData(-100, "venue_fee_sek: -1 kr is negative")]
    [InlineData(-1, "venue_fee_sek: -0,01 kr is negative")]
    [InlineData(1_250, "venue_fee_sek: 12,50 kr is not whole kronor; invoiced amounts are whole kronor (MONEY-1)")]
    [InlineData(100_000_100, "venue_fee_sek: 1 000 001 kr is more than 1 000 000 kr per participant and day")]
    public void A_negative_venue_amount_one_in_ore_or_one_over_1_000_000_kr_is_refused(long ore, string problem)
    {
        AssertRefused([problem], () => new CourseOccasion("o", "c", Days("2023-03-14"), [], [], Sek.FromOre(ore)));
    }

    [Fact]
    [Rule("FEE-2")]
    public void An_occasion_may_waive_its_fee_on_any_day()
    {
        CourseOccasion occasion = new("o", "c", Days("2023-05-16"), [], [], waivesFee: true);
        Assert.True(occasion.WaivesFee);
    }

    // ---- every problem at once ----

    [Fact]
    [Rule("COURSE-6")]
    public void Every_problem_of_an_occasion_is_reported_at_once_in_one_exception()
    {
        var error = Assert.Throws<RegionDataException>(() => new CourseOccasion(
            "2023-1",
            "samtal",
            Days("2023-06-23", "2023-06-22", "2023-06-26"),
            [new ParticipantRegistration(Lulea, 0)],
            [new TrainerAssignment(Pitea, [new LocalDate(2023, 6, 27)])],
            Sek.FromKronor(-5)));

        string[] expected =
        [
            "days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)",
            "days[1].date: 2023-06-22 does not come after the day before it (2023-06-23); course days are in strictly increasing order (COURSE-6)",
            "participants[0].count: must be at least 1, not 0: a registration is of one participant or more",
            "trainers[0].dates[0]: 2023-06-27 is not one of the occasion's days",
            "venue_fee_sek: -5 kr is negative",
        ];
        Assert.Equal(expected, Problems(error));
        Assert.Equal("course occasion '2023-1'", error.Subject);
        Assert.Equal("The course occasion '2023-1' has 5 problem(s):\n" + string.Join("\n", expected.Select(p => "  - " + p)), error.Message);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    private static CourseOccasion OnDates(params string[] dates) => new("o", "samtal", Days(dates), [], []);

    private static OccasionDay[] Days(params string[] dates) =>
        [.. dates.Select(d => new OccasionDay(LocalDatePattern.Iso.Parse(d).Value, DeliveryMode.OnSite))];

    private static IEnumerable<LocalDate> WorkingDaysFrom(LocalDate start)
    {
        for (LocalDate date = start; ; date = date.PlusDays(1))
        {
            if (Domain.Courses.Calendar.SwedishCalendar.IsWorkingDay(date))
            {
                yield return date;
            }
        }
    }

    private static string[] Problems(RegionDataException error) => [.. error.Problems.Select(p => p.ToString())];

    private static void AssertRefused(string[] expected, Func<CourseOccasion> create)
    {
        var error = Assert.Throws<RegionDataException>(() => create());
        Assert.Equal(expected, Problems(error));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"The {error.Subject} has {expected.Length} problem(s):\n{string.Join("\n", expected.Select(p => "  - " + p))}"), error.Message);
    }
}
