using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-1: four career steps, three by completed years and one by role.</summary>
public class CareerStepTests
{
    [Fact]
    [Rule("STEP-1")]
    public void There_are_four_steps_Ny_Van_Erfaren_and_Arbetsledare_och_chef_in_that_order()
    {
        Assert.Equal(
            ["Ny", "Van", "Erfaren", "ArbetsledareOchChef"],
            CareerStep.List.OrderBy(s => s.Value).Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4], CareerStep.List.OrderBy(s => s.Value).Select(s => s.Value));
        Assert.Equal("Ny, Van, Erfaren, ArbetsledareOchChef", CareerStep.AllCodes());
    }

    [Theory]
    [Rule("STEP-1")]
    [InlineData("Ny", 0, 2, "Ny")]
    [InlineData("Van", 2, 5, "Van")]
    [InlineData("Erfaren", 5, null, "Erfaren")]
    public void Steps_one_to_three_are_ranges_of_completed_years(string code, int min, int? maxExclusive, string displayName)
    {
        CareerStep step = CareerStep.FromCode(code);
        Assert.Equal(min, step.MinCompletedYears);
        Assert.Equal(maxExclusive, step.MaxCompletedYearsExclusive);
        Assert.True(step.IsByYears);
        Assert.Equal(displayName, step.DisplayName);
    }

    [Fact]
    [Rule("STEP-1")]
    public void Step_four_Arbetsledare_och_chef_is_by_role_and_not_by_years()
    {
        CareerStep step = CareerStep.ArbetsledareOchChef;
        Assert.Null(step.MinCompletedYears);
        Assert.Null(step.MaxCompletedYearsExclusive);
        Assert.False(step.IsByYears);
        Assert.Equal("Arbetsledare och chef", step.DisplayName);
    }

    [Fact]
    [Rule("STEP-2")]
    public void Each_range_of_years_begins_where_the_one_before_it_ends_so_the_ranges_neither_overlap_nor_leave_a_gap()
    {
        Assert.Equal(CareerStep.Ny.MaxCompletedYearsExclusive, CareerStep.Van.MinCompletedYears);
        Assert.Equal(CareerStep.Van.MaxCompletedYearsExclusive, CareerStep.Erfaren.MinCompletedYears);
        Assert.Equal(0, CareerStep.Ny.MinCompletedYears);
    }

    [Theory]
    [Rule("STEP-1")]
    [InlineData("Ny")]
    [InlineData("Van")]
    [InlineData("Erfaren")]
    [InlineData("ArbetsledareOchChef")]
    public void A_step_s_code_is_its_name_and_reads_back_to_the_same_step(string code)
    {
        CareerStep step = CareerStep.FromCode(code);
        Assert.Equal(code, step.Code);
        Assert.Equal(code, step.Name);
        Assert.Same(step, CareerStep.FromName(code));
        Assert.Equal(code, step.ToString());
    }

    [Fact]
    [Rule("STEP-1")]
    public void A_step_is_not_found_by_its_display_name_or_another_spelling()
    {
        Assert.False(CareerStep.TryFromCode("Arbetsledare och chef", out _));
        Assert.False(CareerStep.TryFromCode("ny", out _));
        var error = Assert.Throws<ArgumentException>(() => CareerStep.FromCode("Steg 1"));
        Assert.Equal("'Steg 1' is not a known CareerStep; use one of Ny, Van, Erfaren, ArbetsledareOchChef. (Parameter 'code')", error.Message);
    }
}
