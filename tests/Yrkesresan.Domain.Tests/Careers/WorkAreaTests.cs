using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-5: the work areas a region can put in its target group.</summary>
public class WorkAreaTests
{
    [Fact]
    [Rule("STEP-5")]
    public void There_are_four_work_areas_intake_investigation_follow_up_and_foster_care_in_that_order()
    {
        Assert.Equal(
            [WorkArea.Mottagning, WorkArea.Utredning, WorkArea.Uppfoljning, WorkArea.Familjehem],
            WorkArea.List.OrderBy(a => a.Value));
        Assert.Equal([1, 2, 3, 4], WorkArea.List.OrderBy(a => a.Value).Select(a => a.Value));
        Assert.Equal("mottagning, utredning, uppfoljning, familjehem", WorkArea.AllCodes());
    }

    [Theory]
    [Rule("STEP-5")]
    [InlineData("mottagning", "Mottagning", "Mottagning")]
    [InlineData("utredning", "Utredning", "Utredning")]
    [InlineData("uppfoljning", "Uppfoljning", "Uppföljning")]
    [InlineData("familjehem", "Familjehem", "Familjehem")]
    public void A_work_area_is_spelt_by_its_code_and_read_in_Swedish(string code, string name, string displayName)
    {
        WorkArea area = WorkArea.FromCode(code);
        Assert.Equal(name, area.Name);
        Assert.Equal(code, area.Code);
        Assert.Equal(displayName, area.DisplayName);
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_work_area_spelt_with_a_Swedish_letter_is_refused_with_the_areas_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => WorkArea.FromCode("uppföljning"));
        Assert.Equal("'uppföljning' is not a known WorkArea; use one of mottagning, utredning, uppfoljning, familjehem. (Parameter 'code')", error.Message);
    }
}
