using Yrkesresan.Domain.Fees;

namespace Yrkesresan.Domain.Tests.Fees;

/// <summary>FEE-1: the variable fee has four components.</summary>
public class FeeComponentTests
{
    [Fact]
    [Rule("FEE-1")]
    public void The_fee_has_four_components_venue_trainer_pot_course_material_and_buffer_in_that_order()
    {
        Assert.Equal(
            [FeeComponent.Venue, FeeComponent.TrainerPot, FeeComponent.CourseMaterial, FeeComponent.Buffer],
            FeeComponent.List.OrderBy(c => c.Value));
        Assert.Equal([1, 2, 3, 4], FeeComponent.List.OrderBy(c => c.Value).Select(c => c.Value));
    }

    [Theory]
    [Rule("FEE-1")]
    [InlineData("venue", "Venue", "Lokal och fika")]
    [InlineData("trainer_pot", "TrainerPot", "Utbildarpott")]
    [InlineData("course_material", "CourseMaterial", "Kursmaterial")]
    [InlineData("buffer", "Buffer", "Buffert")]
    public void A_fee_component_is_spelt_by_its_code_and_read_in_Swedish(string code, string name, string displayName)
    {
        FeeComponent component = FeeComponent.FromCode(code);
        Assert.Equal(name, component.Name);
        Assert.Equal(code, component.Code);
        Assert.Equal(displayName, component.DisplayName);
        Assert.Equal(code, component.ToString());
    }

    [Fact]
    [Rule("FEE-1")]
    public void An_unknown_fee_component_is_refused_with_the_components_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => FeeComponent.FromCode("trainer-pot"));
        Assert.Equal("'trainer-pot' is not a known FeeComponent; use one of venue, trainer_pot, course_material, buffer. (Parameter 'code')", error.Message);
    }
}
