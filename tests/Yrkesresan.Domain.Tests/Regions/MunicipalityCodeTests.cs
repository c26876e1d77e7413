using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Regions;

/// <summary>ALLOC-2: municipalities are identified by Statistics Sweden's four-digit code, whose order is the last tie-break.</summary>
public class MunicipalityCodeTests
{
    [Theory]
    [Rule("ALLOC-2")]
    [InlineData("2580", 2580, 25)]
    [InlineData("0114", 114, 1)]
    [InlineData("0001", 1, 0)]
    [InlineData("9999", 9999, 99)]
    public void A_code_of_four_digits_is_read_and_printed_with_its_leading_zeros(string text, int value, int county)
    {
        MunicipalityCode code = MunicipalityCode.Parse(text);
        Assert.Equal(value, code.Value);
        Assert.Equal(county, code.CountyCode);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [Rule("ALLOC-2")]
    [InlineData("")]
    [InlineData("258")]
    [InlineData("25800")]
    [InlineData("25a0")]
    [InlineData(" 2580")]
    [InlineData("2580 ")]
    [InlineData("0000")]
    [InlineData("-258")]
    [InlineData("２５８０")]
    [InlineData("2/80")]
    [InlineData("2:80")]
    public void Anything_but_four_ascii_digits_other_than_0000_is_not_a_code(string text)
    {
        Assert.False(MunicipalityCode.TryParse(text, out MunicipalityCode code));
        Assert.Equal(default, code);
        var error = Assert.Throws<FormatException>(() => MunicipalityCode.Parse(text));
        Assert.Contains("exactly four digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_missing_code_is_refused()
    {
        Assert.False(MunicipalityCode.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => MunicipalityCode.Parse(null!));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Codes_order_numerically_which_is_their_order_as_text()
    {
        MunicipalityCode low = MunicipalityCode.Parse("0114");
        MunicipalityCode high = MunicipalityCode.Parse("2580");
        Assert.True(low < high);
        Assert.True(high > low);
        Assert.True(low <= high && low <= MunicipalityCode.Parse("0114"));
        Assert.True(high >= low && high >= MunicipalityCode.Parse("2580"));
        Assert.False(high < low);
        Assert.False(low > high);
        Assert.False(high <= low);
        Assert.False(low >= high);
        Assert.True(low != high);
        Assert.False(low == high);
        Assert.True(low == MunicipalityCode.Parse("0114"));
        Assert.True(low.CompareTo(high) < 0);
        Assert.True(high.CompareTo((object)low) > 0);
        Assert.Equal(1, high.CompareTo(null));
        Assert.StartsWith("Object must be of type MunicipalityCode.", Assert.Throws<ArgumentException>(() => high.CompareTo("2580")).Message, StringComparison.Ordinal);
        Assert.False(high < MunicipalityCode.Parse("2580"));
        Assert.False(high > MunicipalityCode.Parse("2580"));
        Assert.True(low.Equals((object)MunicipalityCode.Parse("0114")));
        Assert.False(low.Equals((object)"0114"));
        Assert.Equal(MunicipalityCode.Parse("2580").GetHashCode(), high.GetHashCode());
        Assert.NotEqual(low.GetHashCode(), high.GetHashCode());
    }
}
