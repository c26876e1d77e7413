using System.Collections.Immutable;
using FsCheck.Fluent;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>ALLOC-1, ALLOC-4, ALLOC-5: the yearly fixed cost shared by population among the municipalities taking part, in two half-year invoices.</summary>
public class FixedCostAllocationTests
{
    private static readonly MunicipalityCode Lulea = MunicipalityCode.Parse("2580");

    [Fact]
    [Rule("ALLOC-1")]
    public void Norrbotten_s_950_000_kr_are_shared_among_all_14_municipalities_to_the_krona()
    {
        FixedCostStatement statement = FixedCostAllocation.ForYear(Norrbotten.Region, 2023);

        Assert.Equal(2023, statement.Year);
        Assert.Equal(Sek.FromKronor(950_000), statement.Total);
        Assert.Equal(14, statement.Lines.Length);
        Assert.Equal(Sek.FromKronor(950_000), Sek.Sum(statement.Lines.Select(l => l.Annual)));
        Assert.Equal(249_428, statement.PopulationTotal);
        Assert.Equal(Sek.FromKronor(298_397), statement.LineFor(Lulea).Annual);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_lines_are_in_ascending_code_order()
    {
        FixedCostStatement statement = FixedCostAllocation.ForYear(Norrbotten.Region, 2023);
        Assert.Equal(statement.Lines.Select(l => l.Code).Order(), statement.Lines.Select(l => l.Code));
        Assert.Equal("2505", statement.Lines[0].Code.ToString());
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Each_share_is_within_one_krona_of_the_exact_population_quota()
    {
        FixedCostStatement statement = FixedCostAllocation.ForYear(Norrbotten.Region, 2023);
        foreach (FixedCostLine line in statement.Lines)
        {
            ExactQuota quota = ExactQuota.Of(950_000, line.Municipality.Population, 249_428);
            Assert.InRange(line.Annual.WholeKronor, quota.Floor, quota.Ceiling);
        }
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_percent_shares_are_whole_percent_by_largest_remainder_and_add_up_to_100()
    {
        FixedCostStatement statement = FixedCostAllocation.ForYear(Norrbotten.Region, 2023);
        Assert.Equal(100, statement.Lines.Sum(l => l.SharePercent));
        Assert.Equal(32, statement.LineFor(Lulea).SharePercent);
        Assert.Equal(100, statement.Percent.Total);
        Assert.IsType<LargestRemainderPolicy<MunicipalityCode>>(statement.Percent.Policy);
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void Every_municipality_s_two_half_year_invoices_add_up_to_its_annual_share()
    {
        FixedCostStatement statement = FixedCostAllocation.ForYear(Norrbotten.Region, 2023);
        Assert.All(statement.Lines, l => Assert.Equal(l.Annual, l.FirstHalf + l.SecondHalf));
        Assert.Equal(Sek.FromKronor(475_003), Sek.Sum(statement.Lines.Select(l => l.FirstHalf)));
        Assert.Equal(Sek.FromKronor(474_997), Sek.Sum(statement.Lines.Select(l => l.SecondHalf)));
    }

    [Fact]
    [Rule("ALLOC-4")]
    public void Only_the_municipalities_taking_part_in_a_year_share_that_year_s_cost()
    {
        Region region = ThreeMunicipalities(
            memberships:
            [
                new MembershipPeriod(2022, [Code("0001"), Code("0002"), Code("0003")]),
                new MembershipPeriod(2024, [Code("0001"), Code("0003")]),
            ]);

        FixedCostStatement before = FixedCostAllocation.ForYear(region, 2023);
        FixedCostStatement after = FixedCostAllocation.ForYear(region, 2024);

        Assert.Equal(3, before.Lines.Length);
        Assert.Equal(["0001", "0003"], after.Lines.Select(l => l.Code.ToString()));
        Assert.Equal(Sek.FromKronor(90_000), Sek.Sum(after.Lines.Select(l => l.Annual)));
        Assert.Equal(Sek.FromKronor(30_000), after.LineFor(Code("0001")).Annual);
        Assert.Equal(Sek.FromKronor(60_000), after.LineFor(Code("0003")).Annual);
        var missing = Assert.Throws<KeyNotFoundException>(() => after.LineFor(Code("0002")));
        Assert.Equal("Municipality 0002 is not part of this fixed-cost statement.", missing.Message);
    }

    [Fact]
    [Rule("ALLOC-4")]
    public void A_year_before_the_first_membership_has_no_answer_and_says_so()
    {
        Region region = ThreeMunicipalities(memberships: [new MembershipPeriod(2022, [Code("0001")])]);
        Assert.Equal(2022, region.FirstYear);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FixedCostAllocation.ForYear(region, 2021));
        Assert.Contains("no membership for 2021", error.Message, StringComparison.Ordinal);
        Assert.Single(FixedCostAllocation.ForYear(region, 2022).Lines);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_fixed_cost_in_force_in_a_year_is_the_one_shared()
    {
        Region region = ThreeMunicipalities(costs: [new FixedCostPeriod(2021, Sek.FromKronor(900)), new FixedCostPeriod(2023, Sek.FromKronor(1_200))]);
        Assert.Equal(2021, region.FirstYear);
        Assert.Equal(Sek.FromKronor(900), FixedCostAllocation.ForYear(region, 2022).Total);
        Assert.Equal(Sek.FromKronor(1_200), FixedCostAllocation.ForYear(region, 2023).Total);
        Assert.Equal(Sek.FromKronor(1_200), FixedCostAllocation.ForYear(region, 2030).Total);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FixedCostAllocation.ForYear(region, 2020));
        Assert.Contains("no fixed cost for 2020: its first fixed cost applies from 2021", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_region_s_half_up_tradition_is_honoured_when_it_chooses_it()
    {
        Region region = new(
            "Tradition",
            [Municipality("0001", 1), Municipality("0002", 1), Municipality("0003", 1)],
            [new FixedCostPeriod(2021, Sek.FromKronor(10))],
            fixedCostRounding: new HalfUpWithResidualPolicy<MunicipalityCode>(Code("0003")));

        FixedCostStatement statement = FixedCostAllocation.ForYear(region, 2021);
        Assert.Equal([3L, 3L, 4L], statement.Lines.Select(l => l.Annual.WholeKronor));
        Assert.Equal([34L, 33L, 33L], statement.Lines.Select(l => l.SharePercent));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Any_total_can_be_shared_among_any_municipalities_without_a_year()
    {
        FixedCostStatement statement = FixedCostAllocation.Share(Norrbotten.Region.Municipalities.Reverse(), Sek.FromKronor(1_000_000));
        Assert.Null(statement.Year);
        Assert.Equal(Sek.FromKronor(1_000_000), Sek.Sum(statement.Lines.Select(l => l.Annual)));
        Assert.Equal("2505", statement.Lines[0].Code.ToString());
        Assert.Equal(statement.Lines.Select(l => l.Code), statement.Kronor.Shares.Select(s => s.Party));
    }

    [Fact]
    [Rule("MONEY-1")]
    public void A_total_with_ore_is_refused_because_invoices_are_whole_kronor()
    {
        var error = Assert.Throws<ArgumentException>(() => FixedCostAllocation.Share(Norrbotten.Region.Municipalities, Sek.FromOre(1)));
        Assert.Contains("0,01 kr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Municipalities_that_cannot_be_shared_among_are_refused_clearly()
    {
        Assert.Throws<ArgumentNullException>(() => FixedCostAllocation.ForYear(null!, 2023));
        Assert.Throws<ArgumentNullException>(() => FixedCostAllocation.Share(null!, Sek.Zero));
        Assert.Throws<ArgumentException>(() => FixedCostAllocation.Share([Municipality("0001", 1), null!], Sek.Zero));
        var nullFirst = Assert.Throws<ArgumentException>(() => FixedCostAllocation.Share([null!, Municipality("0001", 1)], Sek.Zero));
        Assert.StartsWith("The municipalities to share among must not contain null.", nullFirst.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<AllocationInputException>(() => FixedCostAllocation.Share([], Sek.FromKronor(1)));
        Assert.Equal(AllocationProblemCode.NoParties, Assert.Single(empty.Problems).Code);
        var negative = Assert.Throws<AllocationInputException>(() => FixedCostAllocation.Share([Municipality("0001", 1)], Sek.FromKronor(-1)));
        Assert.Equal(AllocationProblemCode.NegativeTotal, Assert.Single(negative.Problems).Code);
        var twice = Assert.Throws<AllocationInputException>(() => FixedCostAllocation.Share([Municipality("0001", 1), Municipality("0001", 2)], Sek.FromKronor(1)));
        Assert.Equal(AllocationProblemCode.DuplicateParty, Assert.Single(twice.Problems).Code);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void For_any_municipalities_and_total_the_kronor_add_up_the_percent_add_up_and_the_halves_add_up()
    {
        var cases =
            from count in Gen.Choose(1, 30)
            from codes in Gen.Shuffle(Enumerable.Range(1, 9_999).ToArray())
            from populations in Gen.ArrayOf(Gen.Choose(1, 1_000_000), count)
            from total in Gen.Choose(0, 100_000_000)
            select (Municipalities: populations.Select((p, i) => new Municipality(MunicipalityCode.Parse(codes[i].ToString("D4", System.Globalization.CultureInfo.InvariantCulture)), "M" + i, p)).ToArray(), Total: (long)total);
        Properties.ForAll(cases, c =>
        {
            FixedCostStatement statement = FixedCostAllocation.Share(c.Municipalities, Sek.FromKronor(c.Total));
            long populationTotal = c.Municipalities.Sum(m => m.Population);
            Assert.Equal(Sek.FromKronor(c.Total), Sek.Sum(statement.Lines.Select(l => l.Annual)));
            Assert.Equal(100, statement.Lines.Sum(l => l.SharePercent));
            foreach (FixedCostLine line in statement.Lines)
            {
                Assert.Equal(line.Annual, line.FirstHalf + line.SecondHalf);
                Assert.InRange(line.FirstHalf.TotalOre - line.SecondHalf.TotalOre, 0, 100);
                ExactQuota quota = ExactQuota.Of(c.Total, line.Municipality.Population, populationTotal);
                Assert.InRange(line.Annual.WholeKronor, quota.Floor, quota.Ceiling);
            }
        });
    }

    private static MunicipalityCode Code(string code) => MunicipalityCode.Parse(code);

    private static Municipality Municipality(string code, long population) => new(Code(code), "Kommun " + code, population);

    private static Region ThreeMunicipalities(ImmutableArray<FixedCostPeriod>? costs = null, ImmutableArray<MembershipPeriod>? memberships = null) => new(
        "Test",
        [Municipality("0001", 1_000), Municipality("0002", 1_000), Municipality("0003", 2_000)],
        costs ?? [new FixedCostPeriod(2021, Sek.FromKronor(90_000))],
        memberships);
}
