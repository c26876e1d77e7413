using FsCheck.Fluent;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>ALLOC-2: the exact quota is total × weight ÷ weight total, with no rounding at all.</summary>
public class ExactQuotaTests
{
    [Fact]
    [Rule("ALLOC-2")]
    public void Lulea_s_exact_quota_of_950_000_kr_is_298_397_and_133_084_over_249_428()
    {
        ExactQuota quota = ExactQuota.Of(950_000, 78_346, 249_428);
        Assert.Equal(298_397, quota.Whole);
        Assert.Equal(133_084, quota.Remainder);
        Assert.Equal(249_428, quota.Denominator);
        Assert.Equal(298_397, quota.Floor);
        Assert.Equal(298_398, quota.Ceiling);
        Assert.False(quota.IsWhole);
        Assert.Equal("298397 + 133084/249428", quota.ToString());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_whole_quota_has_equal_floor_and_ceiling_and_prints_as_a_whole_number()
    {
        ExactQuota quota = ExactQuota.Of(100, 1, 4);
        Assert.True(quota.IsWhole);
        Assert.Equal(25, quota.Floor);
        Assert.Equal(25, quota.Ceiling);
        Assert.Equal("25", quota.ToString());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Quotas_of_the_largest_totals_and_weights_are_exact()
    {
        ExactQuota all = ExactQuota.Of(long.MaxValue, long.MaxValue, long.MaxValue);
        Assert.Equal(long.MaxValue, all.Whole);
        Assert.Equal(0, all.Remainder);

        // (M − 1)² ÷ M = M − 2 + 1/M for M = long.MaxValue: the product needs all 128 bits.
        ExactQuota almost = ExactQuota.Of(long.MaxValue - 1, long.MaxValue - 1, long.MaxValue);
        Assert.Equal(long.MaxValue - 2, almost.Whole);
        Assert.Equal(1, almost.Remainder);
    }

    [Theory]
    [Rule("ALLOC-2")]
    [InlineData(1, 1, 2, 1)] // exactly one half rounds up
    [InlineData(3, 1, 2, 2)] // 1.5 rounds up to 2
    [InlineData(49, 1, 100, 0)] // 0.49 rounds down
    [InlineData(51, 1, 100, 1)] // 0.51 rounds up
    [InlineData(99_999, 1, 200_000, 0)] // 0.499995: just below one half rounds down
    [InlineData(100_001, 1, 200_000, 1)] // 0.500005: just above one half rounds up
    [InlineData(7, 1, 1, 7)] // whole
    public void Half_up_rounds_a_half_and_above_up_and_below_a_half_down(long total, long weight, long weightTotal, long expected) =>
        Assert.Equal(expected, ExactQuota.Of(total, weight, weightTotal).RoundHalfUp());

    [Fact]
    [Rule("ALLOC-2")]
    public void Quotas_equal_as_rational_numbers_are_equal_whatever_their_denominators()
    {
        ExactQuota half = ExactQuota.Of(1, 1, 2);
        ExactQuota twoQuarters = ExactQuota.Of(2, 1, 4);
        Assert.Equal(half, twoQuarters);
        Assert.True(half == twoQuarters);
        Assert.False(half != twoQuarters);
        Assert.Equal(half.GetHashCode(), twoQuarters.GetHashCode());
        Assert.False(half < twoQuarters);
        Assert.False(half > twoQuarters);
        Assert.True(half <= twoQuarters);
        Assert.True(half >= twoQuarters);
        Assert.Equal(0, half.CompareTo(twoQuarters));
        Assert.Equal(0, half.CompareFractionalPart(twoQuarters));
        Assert.True(half.Equals((object)twoQuarters));
        Assert.False(half.Equals((object)0.5m));
        Assert.Equal(ExactQuota.Of(4, 1, 2).GetHashCode(), ExactQuota.Of(6, 1, 3).GetHashCode());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Quotas_order_by_value_whole_part_first_then_fraction()
    {
        ExactQuota oneThird = ExactQuota.Of(1, 1, 3);
        ExactQuota oneHalf = ExactQuota.Of(1, 1, 2);
        ExactQuota oneAndATenth = ExactQuota.Of(11, 1, 10);
        Assert.True(oneThird < oneHalf);
        Assert.True(oneHalf > oneThird);
        Assert.True(oneHalf < oneAndATenth);
        Assert.True(oneThird <= oneHalf && oneHalf <= ExactQuota.Of(2, 1, 4));
        Assert.True(oneAndATenth >= oneHalf && oneHalf >= ExactQuota.Of(2, 1, 4));
        Assert.False(oneHalf < oneThird);
        Assert.False(oneThird > oneHalf);
        Assert.False(oneAndATenth <= oneHalf);
        Assert.False(oneThird >= oneHalf);
        Assert.True(oneThird.CompareFractionalPart(oneHalf) < 0);
        Assert.True(oneAndATenth.CompareFractionalPart(oneHalf) < 0);
        Assert.True(ExactQuota.Of(2, 1, 3).CompareFractionalPart(ExactQuota.Of(4, 1, 3)) > 0);
        Assert.Equal(0, ExactQuota.Of(2, 1, 3).CompareFractionalPart(ExactQuota.Of(5, 1, 3)));
    }

    [Theory]
    [Rule("ALLOC-2")]
    [InlineData(-1, 1, 1, "total")]
    [InlineData(1, -1, 1, "weight")]
    [InlineData(1, 2, 1, "weight")]
    [InlineData(1, 0, 0, "weightTotal")]
    [InlineData(1, 0, -1, "weightTotal")]
    public void A_quota_of_impossible_arguments_is_refused(long total, long weight, long weightTotal, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ExactQuota.Of(total, weight, weightTotal));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_boundary_arguments_are_accepted()
    {
        Assert.Equal(0, ExactQuota.Of(0, 0, 1).Whole);
        Assert.Equal(5, ExactQuota.Of(5, 1, 1).Whole);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Every_quota_agrees_with_arbitrary_precision_arithmetic()
    {
        var cases =
            from weightTotal in Generators.NonNegativeLong().Select(w => Math.Max(1, w))
            from weight in Generators.NonNegativeLong(weightTotal)
            from total in Generators.Total
            select (total, weight, weightTotal);
        Properties.ForAll(cases, c =>
        {
            ExactQuota quota = ExactQuota.Of(c.total, c.weight, c.weightTotal);
            (System.Numerics.BigInteger floor, System.Numerics.BigInteger remainder) = BigQuota.Of(c.total, c.weight, c.weightTotal);
            Assert.Equal(floor, (System.Numerics.BigInteger)quota.Whole);
            Assert.Equal(remainder, (System.Numerics.BigInteger)quota.Remainder);
            Assert.Equal(c.weightTotal, quota.Denominator);
            Assert.InRange(quota.Remainder, 0, quota.Denominator - 1);
            long expectedHalfUp = 2 * remainder >= c.weightTotal ? quota.Whole + 1 : quota.Whole;
            Assert.Equal(expectedHalfUp, quota.RoundHalfUp());
        });
    }
}
