using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.Fees;

/// <summary>
/// FEE-1, FEE-2: what one participant costs for one course day of an occasion, component by
/// component. Norrbotten's day on site (1 550 kr), digitally (550 kr), with an occasion's own venue
/// amount (600 kr, 0 kr, 1 200 kr) and with the fee waived are the Swedish scenarios of
/// <c>Features/Avgifter/FEE-1 …</c> and <c>FEE-2 …</c>; these tests hold the rest: a waived fee for every
/// component, a schedule that charges the venue on digital days, a schedule changing during an
/// occasion, a day before the first schedule, and the guards.
/// </summary>
public class VariableFeeTests
{
    private static readonly Region Norrbotten = global::Yrkesresan.Domain.Regions.Norrbotten.Region;

    private static CourseOccasion OneDay(OccasionDay day, long? venueFee = null, bool waivesFee = false) =>
        Occasion("o", [day], [P("2580", 1)], venueFee: venueFee, waivesFee: waivesFee);

    private static Sek Price(CourseOccasion occasion, string component) =>
        VariableFee.UnitPrice(occasion, occasion.Days[0], FeeComponent.FromCode(component), Norrbotten);

    [Theory]
    [Rule("FEE-2")]
    [InlineData("venue")]
    [InlineData("trainer_pot")]
    [InlineData("course_material")]
    [InlineData("buffer")]
    public void A_waived_fee_charges_nothing_for_any_component_on_site_or_digitally(string component)
    {
        Assert.Equal(Sek.Zero, Price(OneDay(OnSite("2023-03-14"), waivesFee: true), component));
        Assert.Equal(Sek.Zero, Price(OneDay(Digital("2023-03-14"), waivesFee: true), component));
        Assert.Equal(Sek.Zero, Price(OneDay(OnSite("2023-03-14"), venueFee: 600, waivesFee: true), component));
    }

    [Fact]
    [Rule("FEE-2")]
    public void Where_the_schedule_charges_the_venue_on_digital_days_an_occasion_s_own_venue_amount_is_charged_on_them()
    {
        FeeSchedule everyDay = Schedule(venueOnDigitalDays: true);
        CourseOccasion own = OneDay(Digital("2023-03-14"), venueFee: 600);
        CourseOccasion schedules = OneDay(Digital("2023-03-14"));
        Assert.Equal(Kr(600), VariableFee.UnitPrice(own, own.Days[0], FeeComponent.Venue, everyDay));
        Assert.Equal(Kr(1_000), VariableFee.UnitPrice(schedules, schedules.Days[0], FeeComponent.Venue, everyDay));
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_day_is_priced_by_the_fee_schedule_in_force_on_its_date()
    {
        Region region = Testlan([("2021-07-01", Schedule()), ("2023-03-15", Schedule(venue: 1_200, pot: 500))]);
        CourseOccasion occasion = Occasion("o", [OnSite("2023-03-14"), OnSite("2023-03-15"), Digital("2023-03-16")], [P("0001", 1)]);
        Assert.Equal(Kr(1_000), VariableFee.UnitPrice(occasion, occasion.Days[0], FeeComponent.Venue, region));
        Assert.Equal(Kr(1_200), VariableFee.UnitPrice(occasion, occasion.Days[1], FeeComponent.Venue, region));
        Assert.Equal(Kr(400), VariableFee.UnitPrice(occasion, occasion.Days[0], FeeComponent.TrainerPot, region));
        Assert.Equal(Kr(500), VariableFee.UnitPrice(occasion, occasion.Days[1], FeeComponent.TrainerPot, region));
        Assert.Equal(Kr(1_550), VariableFee.PerParticipantDay(occasion, occasion.Days[0], region));
        Assert.Equal(Kr(1_850), VariableFee.PerParticipantDay(occasion, occasion.Days[1], region));
        Assert.Equal(Kr(650), VariableFee.PerParticipantDay(occasion, occasion.Days[2], region));
    }

    [Fact]
    [Rule("FEE-1")]
    public void A_day_before_the_region_s_first_fee_schedule_has_no_price()
    {
        Region region = Testlan([("2023-03-15", Schedule())]);
        CourseOccasion occasion = OneDay(OnSite("2023-03-14"));
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableFee.PerParticipantDay(occasion, occasion.Days[0], region));
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableFee.UnitPrice(occasion, occasion.Days[0], FeeComponent.Buffer, region));
    }

    [Fact]
    [Rule("FEE-1")]
    public void A_price_cannot_be_asked_of_nothing()
    {
        CourseOccasion occasion = OneDay(OnSite("2023-03-14"));
        OccasionDay day = occasion.Days[0];
        FeeSchedule schedule = Schedule();
        Assert.Throws<ArgumentNullException>(() => VariableFee.UnitPrice(null!, day, FeeComponent.Venue, schedule));
        Assert.Throws<ArgumentNullException>(() => VariableFee.UnitPrice(occasion, null!, FeeComponent.Venue, schedule));
        Assert.Throws<ArgumentNullException>(() => VariableFee.UnitPrice(occasion, day, null!, schedule));
        Assert.Throws<ArgumentNullException>(() => VariableFee.UnitPrice(occasion, day, FeeComponent.Venue, (FeeSchedule)null!));
        Assert.Throws<ArgumentNullException>(() => VariableFee.UnitPrice(occasion, day, FeeComponent.Venue, (Region)null!));
        Assert.Throws<ArgumentNullException>(() => VariableFee.PerParticipantDay(occasion, null!, Norrbotten));
        Assert.Throws<ArgumentNullException>(() => VariableFee.PerParticipantDay(occasion, day, null!));
    }
}
