using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Regions;

/// <summary>ALLOC-1, ALLOC-4: a region's data is validated as a whole; every problem is reported at once and no partial region exists.</summary>
public class RegionTests
{
    private static MunicipalityCode Code(string code) => MunicipalityCode.Parse(code);

    private static Municipality Municipality(string code, long population = 1_000) => new(Code(code), "Kommun " + code, population);

    [Fact]
    [Rule("ALLOC-1")]
    public void A_region_keeps_its_municipalities_in_ascending_code_order()
    {
        Region region = new("Test", [Municipality("0003"), Municipality("0001"), Municipality("0002")], [new FixedCostPeriod(2021, Sek.FromKronor(1))]);
        Assert.Equal(["0001", "0002", "0003"], region.Municipalities.Select(m => m.Code.ToString()));
        Assert.Equal("Kommun 0002", region.MunicipalityWith(Code("0002")).Name);
        var error = Assert.Throws<KeyNotFoundException>(() => region.MunicipalityWith(Code("0004")));
        Assert.Equal("Test has no municipality with code 0004.", error.Message);
        Assert.True(region.HasMunicipality(Code("0001")));
        Assert.True(region.HasMunicipality(Code("0003")));
        Assert.False(region.HasMunicipality(Code("0004")));
        Assert.True(region.Memberships.IsEmpty);
        Assert.Equal(3, region.MembersIn(1900).Length);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Every_problem_of_a_region_s_data_is_reported_at_once()
    {
        var error = Assert.Throws<RegionDataException>(() => new Region(
            " ",
            [Municipality("0001"), Municipality("0001"), null!],
            [
                new FixedCostPeriod(2021, Sek.FromKronor(-1)),
                new FixedCostPeriod(2021, Sek.FromOre(150)),
                new FixedCostPeriod(1899, Sek.Zero),
                null!,
            ],
            [
                new MembershipPeriod(2021, [Code("0001"), Code("0009"), Code("0001")]),
                new MembershipPeriod(2021, []),
                new MembershipPeriod(10_000, default),
                null!,
            ],
            new HalfUpWithResidualPolicy<MunicipalityCode>(Code("0007"))));

        Assert.Equal(
            [
                "name: a region needs a name",
                "municipalities[1].code: 0001 appears more than once",
                "municipalities[2]: is missing",
                "fixed_costs[0].amount_sek: -1 kr is negative",
                "fixed_costs[1].amount_sek: 1,50 kr is not whole kronor; invoiced amounts are whole kronor (MONEY-1)",
                "fixed_costs[1].valid_from: another fixed cost is also valid from 2021; two amounts for one year overlap",
                "fixed_costs[2].valid_from: 1899 is not a year between 1900 and 9999",
                "fixed_costs[3]: is missing",
                "memberships[0].members[1]: 0009 is not one of the region's municipalities",
                "memberships[0].members[2]: 0001 appears more than once",
                "memberships[1].valid_from: another membership is also valid from 2021; two memberships for one year overlap",
                "memberships[1].members: at least one municipality must take part",
                "memberships[2].valid_from: 10000 is not a year between 1900 and 9999",
                "memberships[2].members: at least one municipality must take part",
                "memberships[3]: is missing",
                "rounding: the residual municipality 0007 is not one of the region's municipalities",
            ],
            error.Problems.Select(p => p.ToString()).ToArray());
        Assert.StartsWith("The region '(unnamed)' has 16 problem(s):", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_problems_name_the_region_they_belong_to()
    {
        var error = Assert.Throws<RegionDataException>(() => new Region("Västerbotten", [], [new FixedCostPeriod(2021, Sek.Zero)]));
        Assert.Equal(
            "The region 'Västerbotten' has 1 problem(s):\n  - municipalities: a region needs at least one municipality",
            error.Message);
    }

    [Fact]
    [Rule("ALLOC-4")]
    public void A_residual_municipality_must_take_part_in_every_membership_period()
    {
        var error = Assert.Throws<RegionDataException>(() => new Region(
            "Test",
            [Municipality("0001"), Municipality("0002")],
            [new FixedCostPeriod(2021, Sek.FromKronor(1))],
            [new MembershipPeriod(2021, [Code("0001"), Code("0002")]), new MembershipPeriod(2023, [Code("0001")])],
            new HalfUpWithResidualPolicy<MunicipalityCode>(Code("0002"))));
        Assert.Equal(
            "rounding: the residual municipality 0002 does not take part from 2023 (memberships[1]), so it cannot take the residual then",
            Assert.Single(error.Problems).ToString());
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_region_needs_a_municipality_and_a_fixed_cost()
    {
        var error = Assert.Throws<RegionDataException>(() => new Region("Empty", [], []));
        Assert.Equal(
            "The region 'Empty' has 2 problem(s):\n"
            + "  - municipalities: a region needs at least one municipality\n"
            + "  - fixed_costs: a region needs a fixed cost for at least one year",
            error.Message);
        Assert.Equal(
            ["municipalities: a region needs at least one municipality", "fixed_costs: a region needs a fixed cost for at least one year"],
            error.Problems.Select(p => p.ToString()).ToArray());
        Assert.Throws<ArgumentNullException>(() => new Region("X", null!, []));
        Assert.Throws<ArgumentNullException>(() => new Region("X", [], null!));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_boundary_years_and_a_fixed_cost_of_zero_are_accepted()
    {
        Region region = new(
            "Edges",
            [Municipality("0001")],
            [new FixedCostPeriod(Region.MinYear, Sek.Zero), new FixedCostPeriod(Region.MaxYear, Sek.FromKronor(5))],
            [new MembershipPeriod(Region.MinYear, [Code("0001")])],
            new HalfUpWithResidualPolicy<MunicipalityCode>(Code("0001")));
        Assert.Equal(Sek.Zero, region.FixedCostIn(1900));
        Assert.Equal(Sek.FromKronor(5), region.FixedCostIn(9999));
    }

    [Fact]
    [Rule("ALLOC-4")]
    public void Membership_periods_are_kept_in_year_order_with_their_members_in_code_order()
    {
        Region region = new(
            "Test",
            [Municipality("0001"), Municipality("0002")],
            [new FixedCostPeriod(2021, Sek.FromKronor(1))],
            [new MembershipPeriod(2024, [Code("0002")]), new MembershipPeriod(2022, [Code("0002"), Code("0001")])]);

        Assert.Equal([2022, 2024], region.Memberships.Select(m => m.FromYear));
        Assert.Equal([Code("0001"), Code("0002")], region.Memberships[0].Members.ToArray());
        Assert.Equal(2, region.MembersIn(2023).Length);
        Assert.Equal(2022, region.FirstYear);
        Assert.Equal("0002", Assert.Single(region.MembersIn(2024)).Code.ToString());
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_municipality_needs_a_code_a_name_and_a_population_of_at_least_one()
    {
        Assert.Equal(1, new Municipality(Code("0001"), "Minsta", 1).Population);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Municipality(Code("0001"), "Tom", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Municipality(Code("0001"), "Negativ", -5));
        Assert.Throws<ArgumentException>(() => new Municipality(Code("0001"), "  ", 5));
        Assert.Throws<ArgumentNullException>(() => new Municipality(Code("0001"), null!, 5));
        var error = Assert.Throws<ArgumentException>(() => new Municipality(default, "Utan kod", 5));
        Assert.Contains("0000 is not one", error.Message, StringComparison.Ordinal);
        Assert.Equal("2580 Luleå", new Municipality(Code("2580"), "Luleå", 78_346).ToString());
        Assert.Equal(new NodaTime.LocalDate(2020, 12, 31), new Municipality(Code("0114"), "Upplands Väsby", 47_184, new NodaTime.LocalDate(2020, 12, 31)).PopulationDate);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_region_data_exception_needs_at_least_one_problem()
    {
        Assert.StartsWith("A region data exception needs at least one problem.", Assert.Throws<ArgumentException>(() => new RegionDataException("X", [])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new RegionDataException("X", null!));
    }
}
