using System.Globalization;
using FsCheck.Fluent;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Money;

/// <summary>MONEY-1: amounts and populations print as Swedish tables print them.</summary>
public class SwedishNumberFormatTests
{
    [Theory]
    [Rule("MONEY-1")]
    [InlineData(0, "0")]
    [InlineData(7, "7")]
    [InlineData(999, "999")]
    [InlineData(1_000, "1 000")]
    [InlineData(2_697, "2 697")]
    [InlineData(249_427, "249 427")]
    [InlineData(950_000, "950 000")]
    [InlineData(-1_234, "-1 234")]
    [InlineData(-999, "-999")]
    [InlineData(long.MaxValue, "9 223 372 036 854 775 807")]
    [InlineData(long.MinValue, "-9 223 372 036 854 775 808")]
    public void Digits_are_grouped_in_threes_with_a_space(long value, string expected) =>
        Assert.Equal(expected, SwedishNumberFormat.FormatInteger(value));

    [Fact]
    [Rule("MONEY-1")]
    public void Removing_the_spaces_gives_back_the_plain_number()
    {
        var values = Generators.NonNegativeLong().SelectMany(v => Gen.Elements(v, -v, -v - 1));
        Properties.ForAll(values, v =>
            SwedishNumberFormat.FormatInteger(v).Replace(" ", string.Empty, StringComparison.Ordinal) == v.ToString(CultureInfo.InvariantCulture));
    }
}
