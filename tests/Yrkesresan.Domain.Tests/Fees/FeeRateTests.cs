using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Tests.Fees;

/// <summary>FEE-1, FEE-2: one component's amount per participant and course day, and whether digital days pay it.</summary>
public class FeeRateTests
{
    [Fact]
    [Rule("FEE-2")]
    public void A_rate_keeps_its_component_its_amount_and_whether_digital_days_pay_it()
    {
        FeeRate rate = new(FeeComponent.Venue, Sek.FromKronor(1_000), false);
        Assert.Same(FeeComponent.Venue, rate.Component);
        Assert.Equal(Sek.FromKronor(1_000), rate.Amount);
        Assert.False(rate.ChargedOnDigitalDays);
        Assert.True(new FeeRate(FeeComponent.Buffer, Sek.FromKronor(50), true).ChargedOnDigitalDays);
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_rate_prints_its_code_and_amount_and_says_when_digital_days_do_not_pay_it()
    {
        Assert.Equal("venue 1 000 kr, not on digital days", new FeeRate(FeeComponent.Venue, Sek.FromKronor(1_000), false).ToString());
        Assert.Equal("trainer_pot 400 kr", new FeeRate(FeeComponent.TrainerPot, Sek.FromKronor(400), true).ToString());
    }

    [Fact]
    [Rule("FEE-1")]
    public void Two_rates_are_equal_when_component_amount_and_digital_charging_all_agree()
    {
        FeeRate rate = new(FeeComponent.Buffer, Sek.FromKronor(50), true);
        Assert.Equal(rate, new FeeRate(FeeComponent.Buffer, Sek.FromKronor(50), true));
        Assert.NotEqual(rate, new FeeRate(FeeComponent.CourseMaterial, Sek.FromKronor(50), true));
        Assert.NotEqual(rate, new FeeRate(FeeComponent.Buffer, Sek.FromKronor(51), true));
        Assert.NotEqual(rate, new FeeRate(FeeComponent.Buffer, Sek.FromKronor(50), false));
    }

    [Fact]
    [Rule("FEE-1")]
    public void A_rate_needs_a_component() =>
        Assert.Equal("component", Assert.Throws<ArgumentNullException>(() => new FeeRate(null!, Sek.Zero, true)).ParamName);
}
