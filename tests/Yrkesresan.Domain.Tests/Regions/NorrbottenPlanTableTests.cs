using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Regions;

/// <summary>
/// ALLOC-3: the published Norrbotten table (project plan §8.1). The table itself, row by row with its
/// percent and kronor columns against ALLOC-2, is the Swedish scenario of
/// <c>Features/Pengar/ALLOC-3 Norrbottens tabell.feature</c>; these tests hold the check of a stated total
/// and the plan's own rounding method against the true sum.
/// </summary>
public class NorrbottenPlanTableTests
{
    [Fact]
    [Rule("ALLOC-3")]
    public void A_stated_total_is_consistent_only_when_it_matches_its_rows_and_says_how_far_off_it_is()
    {
        PopulationTotalCheck plan = Norrbotten.Region.CheckStatedPopulationTotal(Norrbotten.PlanStatedPopulationTotal);
        Assert.Equal(249_427, Norrbotten.PlanStatedPopulationTotal);
        Assert.Equal(249_428, plan.SumOfRows);
        Assert.Equal(-1, plan.Difference);
        Assert.False(plan.IsConsistent);
        Assert.Equal("the stated total 249 427 is 1 less than the sum of the rows, 249 428", plan.ToString());
        Assert.True(Norrbotten.Region.CheckStatedPopulationTotal(249_428).IsConsistent);
        Assert.Equal("the stated total 249 428 equals the sum of the rows", Norrbotten.Region.CheckStatedPopulationTotal(249_428).ToString());
        PopulationTotalCheck tooLarge = Norrbotten.Region.CheckStatedPopulationTotal(249_430);
        Assert.Equal(2, tooLarge.Difference);
        Assert.Equal("the stated total 249 430 is 2 more than the sum of the rows, 249 428", tooLarge.ToString());
        Assert.Throws<ArgumentNullException>(() => PopulationTotalCheck.Of(null!, 1));
        Municipality huge = new(MunicipalityCode.Parse("0001"), "Stor", (long.MaxValue / 2) + 1);
        Municipality other = new(MunicipalityCode.Parse("0002"), "Också stor", (long.MaxValue / 2) + 1);
        Assert.Throws<OverflowException>(() => PopulationTotalCheck.Of([huge, other], 1));
    }

    [Fact]
    [Rule("ALLOC-3")]
    public void Half_up_with_the_residual_on_Pitea_against_the_true_sum_takes_2_kr_off_Pitea_and_still_differs_from_the_plan()
    {
        // The plan's method (half up, residual on Piteå) against the true sum 249 428 rather than the plan's
        // 249 427: the rounded shares add up to 950 002, so Piteå gives 2 kr. Luleå (298 398) and Piteå
        // (161 084) still differ from the printed 298 399 and 161 083, which were computed over 249 427.
        var policy = new HalfUpWithResidualPolicy<MunicipalityCode>(MunicipalityCode.Parse("2581"));
        FixedCostStatement statement = FixedCostAllocation.Share(Norrbotten.Region.Municipalities, Sek.FromKronor(950_000), policy);

        Assert.Equal(-2, statement.Kronor.LeftoverUnits);
        Assert.Equal(161_084, statement.LineFor(MunicipalityCode.Parse("2581")).Annual.WholeKronor);
        Assert.Equal(298_398, statement.LineFor(MunicipalityCode.Parse("2580")).Annual.WholeKronor);
        Assert.Equal(86_363, statement.LineFor(MunicipalityCode.Parse("2584")).Annual.WholeKronor);
        Assert.Equal(Sek.FromKronor(950_000), Sek.Sum(statement.Lines.Select(l => l.Annual)));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Norrbotten_s_fixed_cost_is_950_000_kr_a_year_from_2021_and_all_14_take_part()
    {
        Assert.Equal(Sek.FromKronor(950_000), Norrbotten.AnnualFixedCost);
        Assert.Equal(Sek.FromKronor(950_000), Norrbotten.Region.FixedCostIn(2021));
        Assert.Equal(Sek.FromKronor(950_000), Norrbotten.Region.FixedCostIn(2028));
        Assert.Throws<ArgumentOutOfRangeException>(() => Norrbotten.Region.FixedCostIn(2020));
        Assert.Equal(2021, Norrbotten.Region.FirstYear);
        Assert.Equal(14, Norrbotten.Region.MembersIn(2021).Length);
        Assert.Equal("Norrbotten", Norrbotten.Region.ToString());
        Assert.Equal(249_428, Norrbotten.Region.PopulationTotal);
        Assert.IsType<LargestRemainderPolicy<MunicipalityCode>>(Norrbotten.Region.FixedCostRounding);
    }
}
