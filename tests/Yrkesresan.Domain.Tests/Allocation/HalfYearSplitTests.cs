using FsCheck.Fluent;
using NodaTime;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>ALLOC-5: the fixed cost is invoiced at each half-year change, two invoices that add up to the annual share; the first takes the odd krona.</summary>
public class HalfYearSplitTests
{
    [Theory]
    [Rule("ALLOC-5")]
    [InlineData(23_450, 11_725, 11_725)]
    [InlineData(60_151, 30_076, 30_075)]
    [InlineData(298_397, 149_199, 149_198)]
    [InlineData(1, 1, 0)]
    [InlineData(2, 1, 1)]
    [InlineData(0, 0, 0)]
    public void An_annual_share_is_halved_and_an_odd_krona_goes_to_the_first_half_year(long annual, long first, long second)
    {
        HalfYearSplit split = HalfYearSplit.Of(Sek.FromKronor(annual));
        Assert.Equal(Sek.FromKronor(first), split.FirstHalf);
        Assert.Equal(Sek.FromKronor(second), split.SecondHalf);
        Assert.Equal(Sek.FromKronor(annual), split.Annual);
        Assert.Equal(split.FirstHalf, split.For(HalfYear.First));
        Assert.Equal(split.SecondHalf, split.For(HalfYear.Second));
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void A_negative_annual_share_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HalfYearSplit.Of(Sek.FromKronor(-1)));
        Assert.StartsWith("An annual share to invoice must not be negative.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void An_annual_share_with_ore_is_refused_because_invoices_are_whole_kronor()
    {
        var error = Assert.Throws<ArgumentException>(() => HalfYearSplit.Of(Sek.FromOre(100_050)));
        Assert.Contains("1 000,50 kr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void An_undefined_half_year_is_refused()
    {
        HalfYearSplit split = HalfYearSplit.Of(Sek.FromKronor(3));
        Assert.StartsWith("A half-year is First or Second.", Assert.Throws<ArgumentOutOfRangeException>(() => split.For((HalfYear)3)).Message, StringComparison.Ordinal);
        Assert.StartsWith("A half-year is First or Second.", Assert.Throws<ArgumentOutOfRangeException>(() => ((HalfYear)0).StartIn(2023)).Message, StringComparison.Ordinal);
        Assert.StartsWith("A half-year is First or Second.", Assert.Throws<ArgumentOutOfRangeException>(() => ((HalfYear)0).EndIn(2023)).Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void The_half_years_run_January_to_June_and_July_to_December_and_end_at_the_half_year_changes()
    {
        Assert.Equal(new LocalDate(2023, 1, 1), HalfYear.First.StartIn(2023));
        Assert.Equal(new LocalDate(2023, 6, 30), HalfYear.First.EndIn(2023));
        Assert.Equal(new LocalDate(2023, 7, 1), HalfYear.Second.StartIn(2023));
        Assert.Equal(new LocalDate(2023, 12, 31), HalfYear.Second.EndIn(2023));
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void The_two_invoices_always_add_up_to_the_annual_share_and_differ_by_at_most_the_odd_krona()
    {
        Properties.ForAll(Generators.NonNegativeLong(long.MaxValue / 100), kronor =>
        {
            HalfYearSplit split = HalfYearSplit.Of(Sek.FromKronor(kronor));
            Assert.Equal(Sek.FromKronor(kronor), split.FirstHalf + split.SecondHalf);
            Assert.Equal(kronor % 2, (split.FirstHalf - split.SecondHalf).WholeKronor);
        });
    }
}
