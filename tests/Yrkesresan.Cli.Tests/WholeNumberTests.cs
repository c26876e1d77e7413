using Yrkesresan.Cli.RegionFiles;

namespace Yrkesresan.Cli.Tests;

/// <summary>How a population (or <c>--total</c>) is read from text: digits, optionally grouped in threes by spaces.</summary>
public sealed class WholeNumberTests
{
    [Theory]
    [Trait("Contract", "yrkesresan allocate")]
    [InlineData("7", 7)]
    [InlineData("2697", 2697)]
    [InlineData("2 697", 2697)]
    [InlineData("2\u00A0697", 2697)]
    [InlineData("2\u202F697", 2697)]
    [InlineData("249 428", 249_428)]
    [InlineData("10 379 295", 10_379_295)]
    [InlineData("  78346\t", 78_346)]
    [InlineData("007", 7)]
    [InlineData("-5", -5)]
    [InlineData("-1 234", -1234)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void A_whole_number_is_read_with_or_without_spaces_between_groups_of_three_digits(string text, long expected)
    {
        WholeNumber number = WholeNumber.Parse(text);

        Assert.Equal(WholeNumberKind.Valid, number.Kind);
        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [Trait("Contract", "yrkesresan allocate")]
    [InlineData("", "Blank")]
    [InlineData("   ", "Blank")]
    [InlineData("12.5", "NotAWholeNumber")]
    [InlineData("12,5", "NotAWholeNumber")]
    [InlineData("2,697", "NotAWholeNumber")]
    [InlineData("26 97", "NotAWholeNumber")]
    [InlineData("2 6970", "NotAWholeNumber")]
    [InlineData("2697 ", "Valid")]
    [InlineData("2  697", "NotAWholeNumber")]
    [InlineData("1234 567", "NotAWholeNumber")]
    [InlineData("+5", "NotAWholeNumber")]
    [InlineData("-", "NotAWholeNumber")]
    [InlineData("1e6", "NotAWholeNumber")]
    [InlineData("٣", "NotAWholeNumber")]
    [InlineData("9223372036854775808", "TooLarge")]
    [InlineData("99 999 999 999 999 999 999", "TooLarge")]
    public void Text_that_is_not_a_well_grouped_whole_number_is_told_apart_from_a_number_too_large(string text, string expected)
    {
        Assert.Equal(Enum.Parse<WholeNumberKind>(expected), WholeNumber.Parse(text).Kind);
    }
}
