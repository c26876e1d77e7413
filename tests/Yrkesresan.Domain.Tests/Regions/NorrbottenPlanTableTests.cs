using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions;

/// <summary>
/// ALLOC-3: the published Norrbotten table (project plan §8.1) as a fixture. Its percent column is
/// reproduced exactly by ALLOC-2; its kronor column is explained figure by figure.
/// </summary>
public class NorrbottenPlanTableTests
{
    private static readonly FixedCostStatement Statement = FixedCostAllocation.ForYear(Norrbotten.Region, 2023);

    [Fact]
    [Rule("ALLOC-3")]
    public void The_built_in_region_holds_the_plan_s_14_municipalities_with_their_official_codes_and_printed_populations()
    {
        Assert.Equal(14, Norrbotten.Region.Municipalities.Length);
        foreach (NorrbottenPlanTable.Row row in NorrbottenPlanTable.Rows)
        {
            Municipality municipality = Norrbotten.Region.MunicipalityWith(MunicipalityCode.Parse(row.Code));
            Assert.Equal(row.Name, municipality.Name);
            Assert.Equal(row.Population, municipality.Population);
            Assert.Null(municipality.PopulationDate);
        }
    }

    [Theory]
    [Rule("ALLOC-3")]
    [MemberData(nameof(NorrbottenPlanTable.Codes), MemberType = typeof(NorrbottenPlanTable))]
    public void The_plan_s_percent_column_is_reproduced_exactly_by_largest_remainder_on_100(string code) =>
        Assert.Equal(NorrbottenPlanTable.For(code).Percent, Statement.LineFor(MunicipalityCode.Parse(code)).SharePercent);

    [Theory]
    [Rule("ALLOC-3")]
    [InlineData("2506", 0)] // Arjeplog
    [InlineData("2505", 0)] // Arvidsjaur
    [InlineData("2582", 0)] // Boden
    [InlineData("2523", 0)] // Gällivare
    [InlineData("2583", 0)] // Haparanda
    [InlineData("2510", 0)] // Jokkmokk
    [InlineData("2514", 0)] // Kalix
    [InlineData("2584", -1)] // Kiruna: the plan's 86 363 is 86 362.94… (over 249 427) rounded half up; the true quota is 86 362.60…, whose remainder ranks 8th when 7 kronor are left over
    [InlineData("2580", -2)] // Luleå: the plan's 298 399 is 298 398.73… (over 249 427) rounded half up; the true quota is 298 397.53…, whose remainder ranks 9th when 7 kronor are left over
    [InlineData("2521", 0)] // Pajala
    [InlineData("2581", 3)] // Piteå: the plan's 161 083 is 161 086.41… rounded half up less the surplus of 3 kr; the true quota is 161 085.76…, rounded up by ALLOC-2
    [InlineData("2560", 0)] // Älvsbyn
    [InlineData("2513", 0)] // Överkalix
    [InlineData("2518", 0)] // Övertorneå
    public void The_plan_s_kronor_column_differs_from_ALLOC_2_only_for_Kiruna_Lulea_and_Pitea(string code, long ourMinusPlan) =>
        Assert.Equal(ourMinusPlan, Statement.LineFor(MunicipalityCode.Parse(code)).Annual.WholeKronor - NorrbottenPlanTable.For(code).Kronor);

    [Fact]
    [Rule("ALLOC-3")]
    public void The_plan_s_kronor_column_is_each_quota_over_249_427_rounded_half_up_with_the_surplus_of_3_kr_taken_off_Pitea()
    {
        long roundedSum = 0;
        foreach (NorrbottenPlanTable.Row row in NorrbottenPlanTable.Rows)
        {
            long halfUp = ExactQuota.Of(950_000, row.Population, NorrbottenPlanTable.StatedPopulationTotal).RoundHalfUp();
            roundedSum += halfUp;
            long surplusTaken = row.Name == "Piteå" ? 3 : 0;
            Assert.Equal(row.Kronor, halfUp - surplusTaken);
        }

        Assert.Equal(950_003, roundedSum);
        Assert.Equal(NorrbottenPlanTable.StatedCostTotal, NorrbottenPlanTable.Rows.Sum(r => r.Kronor));
    }

    [Fact]
    [Rule("ALLOC-3")]
    public void The_plan_s_stated_population_total_is_detected_as_one_less_than_the_sum_of_its_rows()
    {
        PopulationTotalCheck check = Norrbotten.Region.CheckStatedPopulationTotal(Norrbotten.PlanStatedPopulationTotal);

        Assert.Equal(NorrbottenPlanTable.StatedPopulationTotal, Norrbotten.PlanStatedPopulationTotal);
        Assert.Equal(NorrbottenPlanTable.Rows.Sum(r => r.Population), check.SumOfRows);
        Assert.Equal(249_428, check.SumOfRows);
        Assert.Equal(-1, check.Difference);
        Assert.False(check.IsConsistent);
        Assert.Equal("the stated total 249 427 is 1 less than the sum of the rows, 249 428", check.ToString());
    }

    [Fact]
    [Rule("ALLOC-3")]
    public void A_stated_total_that_matches_its_rows_is_consistent_and_one_that_is_too_large_is_not()
    {
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
