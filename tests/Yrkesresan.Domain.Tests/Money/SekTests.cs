using System.Numerics;
using FsCheck.Fluent;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Money;

/// <summary>MONEY-1: amounts are exact integers of öre; arithmetic never silently wraps round.</summary>
public class SekTests
{
    [Fact]
    [Rule("MONEY-1")]
    public void One_krona_is_one_hundred_ore()
    {
        Assert.Equal(100, Sek.FromKronor(1).TotalOre);
        Assert.Equal(Sek.FromOre(95_000_000), Sek.FromKronor(950_000));
    }

    [Theory]
    [Rule("MONEY-1")]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(-300, true)]
    [InlineData(1, false)]
    [InlineData(99, false)]
    [InlineData(101, false)]
    [InlineData(-50, false)]
    public void An_amount_is_whole_kronor_exactly_when_it_has_no_ore_part(long ore, bool whole) =>
        Assert.Equal(whole, Sek.FromOre(ore).IsWholeKronor);

    [Fact]
    [Rule("MONEY-1")]
    public void Whole_kronor_of_an_invoiced_amount_are_read_back_exactly() =>
        Assert.Equal(298_397, Sek.FromKronor(298_397).WholeKronor);

    [Fact]
    [Rule("MONEY-1")]
    public void Asking_for_whole_kronor_of_an_amount_with_ore_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Sek.FromOre(1_250).WholeKronor);
        Assert.Contains("12,50 kr", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a whole number of kronor", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Rule("MONEY-1")]
    [InlineData(0, "0 kr")]
    [InlineData(95_000_000, "950 000 kr")]
    [InlineData(1_250, "12,50 kr")]
    [InlineData(5, "0,05 kr")]
    [InlineData(-50, "-0,50 kr")]
    [InlineData(-300, "-3 kr")]
    [InlineData(-123_456_789, "-1 234 567,89 kr")]
    [InlineData(long.MaxValue, "92 233 720 368 547 758,07 kr")]
    [InlineData(long.MinValue, "-92 233 720 368 547 758,08 kr")]
    public void Amounts_print_in_Swedish_notation(long ore, string expected) =>
        Assert.Equal(expected, Sek.FromOre(ore).ToString());

    [Fact]
    [Rule("MONEY-1")]
    public void Adding_and_subtracting_are_exact()
    {
        Assert.Equal(Sek.FromOre(155_000), Sek.FromKronor(1_000) + Sek.FromKronor(400) + Sek.FromKronor(100) + Sek.FromKronor(50));
        Assert.Equal(Sek.FromKronor(550), Sek.FromKronor(1_550) - Sek.FromKronor(1_000));
        Assert.Equal(Sek.FromKronor(3), Sek.FromKronor(1).Add(Sek.FromKronor(2)));
        Assert.Equal(Sek.FromKronor(-1), Sek.FromKronor(1).Subtract(Sek.FromKronor(2)));
        Assert.Equal(Sek.FromKronor(-7), -Sek.FromKronor(7));
    }

    [Fact]
    [Rule("MONEY-1")]
    public void Multiplying_a_unit_price_by_participant_days_is_exact()
    {
        Assert.Equal(Sek.FromKronor(15_500), Sek.FromKronor(1_550) * 10);
        Assert.Equal(Sek.FromKronor(15_500), 10 * Sek.FromKronor(1_550));
        Assert.Equal(Sek.FromKronor(-400), Sek.FromKronor(400).Multiply(-1));
    }

    [Fact]
    [Rule("MONEY-1")]
    public void The_largest_amount_plus_nothing_is_still_the_largest_amount_but_one_ore_more_is_an_overflow()
    {
        Assert.Equal(Sek.MaxValue, Sek.MaxValue + Sek.Zero);
        var error = Assert.Throws<OverflowException>(() => Sek.MaxValue + Sek.FromOre(1));
        Assert.Contains("overflow", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("92 233 720 368 547 758,07 kr + 0,01 kr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("MONEY-1")]
    public void Adding_two_large_credits_past_the_smallest_amount_is_an_overflow()
    {
        Assert.Equal(Sek.MinValue, Sek.MinValue + Sek.Zero);
        Assert.Throws<OverflowException>(() => Sek.MinValue + Sek.FromOre(-1));
        Assert.Throws<OverflowException>(() => Sek.FromOre(long.MinValue / 2) + Sek.FromOre((long.MinValue / 2) - 1));
    }

    [Fact]
    [Rule("MONEY-1")]
    public void Subtracting_past_either_end_of_the_range_is_an_overflow()
    {
        Assert.Equal(Sek.MinValue, Sek.FromOre(long.MinValue + 1) - Sek.FromOre(1));
        Assert.Throws<OverflowException>(() => Sek.MinValue - Sek.FromOre(1));
        Assert.Equal(Sek.MaxValue, Sek.FromOre(long.MaxValue - 1) - Sek.FromOre(-1));
        var error = Assert.Throws<OverflowException>(() => Sek.MaxValue - Sek.FromOre(-1));
        Assert.Contains(" - ", error.Message, StringComparison.Ordinal);
        Assert.Equal(Sek.Zero, Sek.MinValue - Sek.MinValue);
    }

    [Fact]
    [Rule("MONEY-1")]
    public void Negating_the_smallest_amount_is_an_overflow_not_a_wrong_sign()
    {
        Assert.Equal(Sek.FromOre(-long.MaxValue), -Sek.MaxValue);
        var error = Assert.Throws<OverflowException>(() => -Sek.MinValue);
        Assert.Equal("-(-92 233 720 368 547 758,08 kr) is outside the range of an exact SEK amount.", error.Message);
    }

    [Fact]
    [Rule("MONEY-1")]
    public void A_product_too_large_for_the_type_is_an_overflow_naming_its_operands()
    {
        var error = Assert.Throws<OverflowException>(() => Sek.FromKronor(1_000_000_000_000) * 1_000_000);
        Assert.Contains("× 1000000", error.Message, StringComparison.Ordinal);
        Assert.Equal(Sek.FromOre(long.MaxValue), Sek.FromOre(long.MaxValue) * 1);
    }

    [Fact]
    [Rule("MONEY-1")]
    public void Kronor_beyond_what_ore_can_hold_are_an_overflow()
    {
        long largest = long.MaxValue / 100;
        Assert.Equal(largest * 100, Sek.FromKronor(largest).TotalOre);
        Assert.Equal(-largest * 100, Sek.FromKronor(-largest).TotalOre);
        var error = Assert.Throws<OverflowException>(() => Sek.FromKronor(largest + 1));
        Assert.Contains("92 233 720 368 547 759 kr is outside the range", error.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => Sek.FromKronor(-largest - 1));
    }

    [Fact]
    [Rule("MONEY-1")]
    public void The_sum_of_no_amounts_is_zero_and_of_several_is_their_exact_total()
    {
        Assert.Equal(Sek.Zero, Sek.Sum([]));
        Assert.Equal(Sek.FromKronor(950_000), Sek.Sum([Sek.FromKronor(475_000), Sek.FromKronor(474_999), Sek.FromKronor(1)]));
        Assert.Throws<ArgumentNullException>(() => Sek.Sum(null!));
        Assert.Throws<OverflowException>(() => Sek.Sum([Sek.MaxValue, Sek.FromOre(1)]));
    }

    [Fact]
    [Rule("MONEY-1")]
    public void Amounts_compare_by_their_value_in_ore()
    {
        Sek small = Sek.FromOre(99);
        Sek large = Sek.FromKronor(1);
        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= large && small <= Sek.FromOre(99));
        Assert.True(large >= small && large >= Sek.FromOre(100));
        Assert.False(large < small);
        Assert.False(small > large);
        Assert.False(large <= small);
        Assert.False(small >= large);
        Assert.True(large == Sek.FromOre(100));
        Assert.True(large != small);
        Assert.False(large != Sek.FromOre(100));
        Assert.Equal(-1, small.CompareTo(large));
        Assert.Equal(1, large.CompareTo((object)small));
        Assert.Equal(1, large.CompareTo(null));
        Assert.StartsWith("Object must be of type Sek.", Assert.Throws<ArgumentException>(() => large.CompareTo("1 kr")).Message, StringComparison.Ordinal);
        Assert.False(large > Sek.FromOre(100));
        Assert.False(large < Sek.FromOre(100));
        Assert.True(large.Equals((object)Sek.FromOre(100)));
        Assert.False(large.Equals((object)100L));
        Assert.Equal(Sek.FromOre(100).GetHashCode(), large.GetHashCode());
        Assert.Equal(-1, Sek.FromOre(-5).Sign);
        Assert.Equal(0, Sek.Zero.Sign);
        Assert.Equal(1, Sek.FromOre(5).Sign);
    }

    [Fact]
    [Rule("MONEY-1")]
    public void Addition_is_exact_or_an_overflow_for_every_pair_of_amounts()
    {
        var amounts = Generators.NonNegativeLong().SelectMany(a => Gen.Elements(a, -a - 1));
        Properties.ForAll(Gen.Zip(amounts, amounts), pair =>
        {
            BigInteger exact = (BigInteger)pair.Item1 + pair.Item2;
            bool fits = exact >= long.MinValue && exact <= long.MaxValue;
            if (fits)
            {
                Assert.Equal((long)exact, (Sek.FromOre(pair.Item1) + Sek.FromOre(pair.Item2)).TotalOre);
            }
            else
            {
                Assert.Throws<OverflowException>(() => Sek.FromOre(pair.Item1) + Sek.FromOre(pair.Item2));
            }

            BigInteger difference = (BigInteger)pair.Item1 - pair.Item2;
            if (difference >= long.MinValue && difference <= long.MaxValue)
            {
                Assert.Equal((long)difference, (Sek.FromOre(pair.Item1) - Sek.FromOre(pair.Item2)).TotalOre);
            }
            else
            {
                Assert.Throws<OverflowException>(() => Sek.FromOre(pair.Item1) - Sek.FromOre(pair.Item2));
            }
        });
    }
}
