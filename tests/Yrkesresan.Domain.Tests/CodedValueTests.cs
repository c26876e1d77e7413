using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Fees;

namespace Yrkesresan.Domain.Tests;

/// <summary>The closed sets that files spell by code: lookups are exact, and a wrong code is refused with the codes there are.</summary>
public class CodedValueTests
{
    [Theory]
    [Rule("STEP-6")]
    [InlineData("hogre-chef", true)]
    [InlineData("Hogre-chef", false)]
    [InlineData("HOGRE-CHEF", false)]
    [InlineData("hogre-chef ", false)]
    [InlineData(" hogre-chef", false)]
    [InlineData("hogre_chef", false)]
    [InlineData("HogreChef", false)]
    [InlineData("Högre chef", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_code_is_found_only_by_its_exact_spelling(string? code, bool found)
    {
        Assert.Equal(found, Role.TryFromCode(code, out Role? role));
        Assert.Equal(found ? Role.HogreChef : null, role);
    }

    [Fact]
    [Rule("STEP-6")]
    public void An_unknown_code_is_refused_with_a_message_listing_the_codes_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => Role.FromCode("Chef"));
        Assert.Equal("'Chef' is not a known Role; use one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker. (Parameter 'code')", error.Message);
        Assert.Equal("code", error.ParamName);
    }

    [Fact]
    [Rule("STEP-6")]
    public void Looking_up_a_null_code_is_an_argument_error()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Role.FromCode(null!));
        Assert.Equal("code", error.ParamName);
    }

    [Fact]
    [Rule("FEE-1")]
    public void The_codes_are_listed_in_the_order_of_the_set_not_in_the_alphabetical_order_of_the_names() =>
        Assert.Equal("venue, trainer_pot, course_material, buffer", FeeComponent.AllCodes());

    [Fact]
    [Rule("STEP-5")]
    public void A_coded_value_prints_as_its_code_not_its_name_or_display_name()
    {
        Assert.Equal("uppfoljning", WorkArea.Uppfoljning.ToString());
        Assert.Equal("hogre-chef", Role.HogreChef.ToString());
        Assert.Equal("HogreChef", Role.HogreChef.Name);
    }
}
