using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Fees;

/// <summary>FEE-1, FEE-2, MONEY-1: a fee schedule has one whole-kronor rate per component and knows what a day costs on site and digitally.</summary>
public class FeeScheduleTests
{
    private static FeeRate Rate(FeeComponent component, long kronor, bool onDigitalDays = true) => new(component, Sek.FromKronor(kronor), onDigitalDays);

    private static FeeRate[] NorrbottenRates() =>
    [
        Rate(FeeComponent.Venue, 1_000, onDigitalDays: false),
        Rate(FeeComponent.TrainerPot, 400),
        Rate(FeeComponent.CourseMaterial, 100),
        Rate(FeeComponent.Buffer, 50),
    ];

    private static FeeSchedule Norrbotten() => new(NorrbottenRates());

    private static FeeRate[] With(FeeRate rate) => [.. NorrbottenRates().Select(r => r.Component == rate.Component ? rate : r)];

    private static string[] ProblemsOf(IEnumerable<FeeRate> rates) =>
        [.. Assert.Throws<RegionDataException>(() => new FeeSchedule(rates)).Problems.Select(p => p.ToString())];

    [Fact]
    [Rule("FEE-1")]
    public void Norrbotten_s_fee_is_1_550_kr_per_participant_and_course_day_on_site()
    {
        FeeSchedule schedule = Norrbotten();
        Assert.Equal(Sek.FromKronor(1_550), schedule.AmountPerParticipantDay(DeliveryMode.OnSite));
        Assert.Equal(Sek.FromKronor(1_000), schedule.AmountOf(FeeComponent.Venue, DeliveryMode.OnSite));
        Assert.Equal(Sek.FromKronor(400), schedule.AmountOf(FeeComponent.TrainerPot, DeliveryMode.OnSite));
        Assert.Equal(Sek.FromKronor(100), schedule.AmountOf(FeeComponent.CourseMaterial, DeliveryMode.OnSite));
        Assert.Equal(Sek.FromKronor(50), schedule.AmountOf(FeeComponent.Buffer, DeliveryMode.OnSite));
    }

    [Fact]
    [Rule("FEE-2")]
    public void On_a_digital_day_Norrbotten_charges_550_kr_because_the_venue_is_not_charged()
    {
        FeeSchedule schedule = Norrbotten();
        Assert.Equal(Sek.FromKronor(550), schedule.AmountPerParticipantDay(DeliveryMode.Digital));
        Assert.Equal(Sek.Zero, schedule.AmountOf(FeeComponent.Venue, DeliveryMode.Digital));
        Assert.Equal(Sek.FromKronor(400), schedule.AmountOf(FeeComponent.TrainerPot, DeliveryMode.Digital));
        Assert.Equal(Sek.FromKronor(100), schedule.AmountOf(FeeComponent.CourseMaterial, DeliveryMode.Digital));
        Assert.Equal(Sek.FromKronor(50), schedule.AmountOf(FeeComponent.Buffer, DeliveryMode.Digital));
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_region_that_charges_every_part_on_digital_days_charges_the_same_on_site_and_digitally()
    {
        FeeSchedule schedule = new(With(Rate(FeeComponent.Venue, 1_000, onDigitalDays: true)));
        Assert.Equal(Sek.FromKronor(1_550), schedule.AmountPerParticipantDay(DeliveryMode.Digital));
        Assert.Equal(Sek.FromKronor(1_000), schedule.AmountOf(FeeComponent.Venue, DeliveryMode.Digital));
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_region_that_charges_nothing_on_digital_days_charges_zero_for_a_digital_day_and_the_full_fee_on_site()
    {
        FeeSchedule schedule = new(NorrbottenRates().Select(r => new FeeRate(r.Component, r.Amount, false)));
        Assert.Equal(Sek.Zero, schedule.AmountPerParticipantDay(DeliveryMode.Digital));
        Assert.Equal(Sek.FromKronor(1_550), schedule.AmountPerParticipantDay(DeliveryMode.OnSite));
        Assert.Equal(Sek.Zero, schedule.AmountOf(FeeComponent.TrainerPot, DeliveryMode.Digital));
        Assert.Equal(Sek.FromKronor(400), schedule.AmountOf(FeeComponent.TrainerPot, DeliveryMode.OnSite));
    }

    [Fact]
    [Rule("FEE-1")]
    public void A_schedule_keeps_its_rates_in_component_order_whatever_the_order_given()
    {
        FeeRate[] rates = NorrbottenRates();
        FeeSchedule schedule = new([rates[3], rates[1], rates[0], rates[2]]);
        Assert.Equal(rates, schedule.Rates.ToArray());
        Assert.Same(rates[0], schedule.RateOf(FeeComponent.Venue));
        Assert.Same(rates[1], schedule.RateOf(FeeComponent.TrainerPot));
        Assert.Same(rates[2], schedule.RateOf(FeeComponent.CourseMaterial));
        Assert.Same(rates[3], schedule.RateOf(FeeComponent.Buffer));
    }

    [Fact]
    [Rule("FEE-1")]
    public void A_component_left_out_is_reported_as_missing() =>
        Assert.Equal(
            ["components.venue: missing"],
            ProblemsOf(NorrbottenRates().Where(r => r.Component != FeeComponent.Venue)));

    [Fact]
    [Rule("FEE-1")]
    public void An_empty_schedule_misses_every_component_in_component_order() =>
        Assert.Equal(
            ["components.venue: missing", "components.trainer_pot: missing", "components.course_material: missing", "components.buffer: missing"],
            ProblemsOf([]));

    [Fact]
    [Rule("FEE-1")]
    public void A_component_given_more_than_once_is_reported_once_however_often_it_is_given() =>
        Assert.Equal(
            ["components.trainer_pot: given more than once"],
            ProblemsOf([.. NorrbottenRates(), Rate(FeeComponent.TrainerPot, 400), Rate(FeeComponent.TrainerPot, 300)]));

    [Fact]
    [Rule("FEE-1")]
    public void A_missing_rate_in_the_list_is_reported_by_its_position() =>
        Assert.Equal(
            ["components[1]: is missing"],
            ProblemsOf([NorrbottenRates()[0], null!, .. NorrbottenRates()[1..]]));

    [Theory]
    [Rule("MONEY-1")]
    [InlineData(-500, "-5 kr is negative")]
    [InlineData(-1, "-0,01 kr is negative")]
    [InlineData(-150, "-1,50 kr is negative")]
    [InlineData(1, "0,01 kr is not whole kronor; invoiced amounts are whole kronor (MONEY-1)")]
    [InlineData(150, "1,50 kr is not whole kronor; invoiced amounts are whole kronor (MONEY-1)")]
    [InlineData(99, "0,99 kr is not whole kronor; invoiced amounts are whole kronor (MONEY-1)")]
    [InlineData(101, "1,01 kr is not whole kronor; invoiced amounts are whole kronor (MONEY-1)")]
    public void A_rate_must_be_whole_kronor_and_not_negative(long ore, string message) =>
        Assert.Equal(
            [$"components.venue.amount_sek: {message}"],
            ProblemsOf(With(new FeeRate(FeeComponent.Venue, Sek.FromOre(ore), false))));

    [Theory]
    [Rule("MONEY-1")]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(100_000_000_000_000)]
    public void A_rate_of_zero_or_of_whole_kronor_is_accepted(long ore)
    {
        FeeSchedule schedule = new(With(new FeeRate(FeeComponent.Buffer, Sek.FromOre(ore), true)));
        Assert.Equal(Sek.FromOre(ore), schedule.RateOf(FeeComponent.Buffer).Amount);
        Assert.Equal(Sek.FromKronor(1_500) + Sek.FromOre(ore), schedule.AmountPerParticipantDay(DeliveryMode.OnSite));
    }

    [Fact]
    [Rule("FEE-1")]
    public void Every_problem_of_a_schedule_is_reported_at_once()
    {
        var error = Assert.Throws<RegionDataException>(() => new FeeSchedule(
        [
            Rate(FeeComponent.Buffer, -5),
            null!,
            new FeeRate(FeeComponent.TrainerPot, Sek.FromOre(40_050), true),
            Rate(FeeComponent.TrainerPot, -1),
            Rate(FeeComponent.TrainerPot, -1),
            Rate(FeeComponent.CourseMaterial, 100),
        ]));

        string[] expected =
        [
            "components[1]: is missing",
            "components.venue: missing",
            "components.trainer_pot: given more than once",
            "components.trainer_pot.amount_sek: 400,50 kr is not whole kronor; invoiced amounts are whole kronor (MONEY-1)",
            "components.trainer_pot.amount_sek: -1 kr is negative",
            "components.buffer.amount_sek: -5 kr is negative",
        ];
        Assert.Equal(expected, error.Problems.Select(p => p.ToString()).ToArray());
        Assert.Equal("fee schedule", error.Subject);
        Assert.Equal("The fee schedule has 6 problem(s):\n" + string.Join("\n", expected.Select(p => "  - " + p)), error.Message);
    }

    [Fact]
    [Rule("FEE-1")]
    public void Changing_the_list_a_schedule_was_made_from_does_not_change_the_schedule()
    {
        FeeRate[] rates = NorrbottenRates();
        FeeSchedule schedule = new(rates);
        rates[0] = Rate(FeeComponent.Venue, 9_999);
        Assert.Equal(Sek.FromKronor(1_000), schedule.RateOf(FeeComponent.Venue).Amount);
    }

    [Fact]
    [Rule("FEE-1")]
    public void A_schedule_cannot_be_made_from_or_asked_about_nothing()
    {
        Assert.Equal("rates", Assert.Throws<ArgumentNullException>(() => new FeeSchedule(null!)).ParamName);
        FeeSchedule schedule = Norrbotten();
        Assert.Equal("component", Assert.Throws<ArgumentNullException>(() => schedule.RateOf(null!)).ParamName);
        Assert.Equal("component", Assert.Throws<ArgumentNullException>(() => schedule.AmountOf(null!, DeliveryMode.OnSite)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentNullException>(() => schedule.AmountOf(FeeComponent.Venue, null!)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentNullException>(() => schedule.AmountPerParticipantDay(null!)).ParamName);
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_schedule_prints_its_rates_and_what_a_day_costs_on_site_and_digitally() =>
        Assert.Equal(
            "venue 1 000 kr, not on digital days; trainer_pot 400 kr; course_material 100 kr; buffer 50 kr: 1 550 kr per participant and day on site, 550 kr digitally",
            Norrbotten().ToString());
}
