using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>
/// ALLOC-2: a party given twice is refused. Municipality codes, the library's own parties, are
/// checked by their own paths (one pass for codes in increasing order, a bitmap of all 10 000
/// codes otherwise), so these properties hold them to the same answer in every order.
/// </summary>
public class DuplicateMunicipalityCodeTests
{
    private static readonly LargestRemainderPolicy<MunicipalityCode> Policy = new();

    /// <summary>2 to 400 different codes from 0001 to 9999, then perhaps one of them again, in code order, shuffled, or in code order but for one swap.</summary>
    private static Gen<(int[] Codes, int? Duplicate)> Cases =>
        from count in Gen.Choose(2, 400)
        from all in Gen.Shuffle(Enumerable.Range(1, 9_999).ToArray())
        let distinct = all.Take(count).ToArray()
        from duplicated in Gen.Elements(true, false)
        from which in Gen.Choose(0, count - 1)
        let codes = duplicated ? distinct.Append(distinct[which]).ToArray() : distinct
        from order in Gen.Choose(0, 2)
        from swap in Gen.Choose(0, codes.Length - 2)
        from shuffled in Gen.Shuffle(codes)
        select (order switch
        {
            0 => codes.Order().ToArray(),
            1 => shuffled,
            _ => Swapped(codes.Order().ToArray(), swap),
        }, duplicated ? distinct[which] : (int?)null);

    [Fact]
    [Rule("ALLOC-2")]
    public void A_municipality_code_given_twice_is_refused_in_any_order_and_different_codes_never_are()
    {
        Properties.ForAll(Cases, c =>
        {
            WeightedParty<MunicipalityCode>[] parties =
                [.. c.Codes.Select((code, i) => new WeightedParty<MunicipalityCode>(Code(code), i + 1))];
            if (c.Duplicate is int duplicate)
            {
                var error = Assert.Throws<AllocationInputException>(() => Policy.Allocate(1_000, parties));
                AllocationProblem problem = Assert.Single(error.Problems);
                Assert.Equal(AllocationProblemCode.DuplicateParty, problem.Code);
                Assert.Equal(Code(duplicate).ToString(), problem.Party);
            }
            else
            {
                Assert.Equal(1_000, Policy.Allocate(1_000, parties).Shares.Sum(s => s.Amount));
            }
        });
    }

    [Theory]
    [Rule("ALLOC-2")]
    [InlineData(new[] { 1, 9_999, 1 })] // the lowest code again, after the highest
    [InlineData(new[] { 9_999, 1, 9_999 })]
    [InlineData(new[] { 157, 314, 1, 158, 157 })] // codes that share a word of the bitmap
    [InlineData(new[] { 2_580, 2_580 })] // side by side, in (not strictly) increasing order
    public void Duplicates_at_the_ends_of_the_code_range_and_in_one_word_of_the_bitmap_are_refused(int[] codes)
    {
        WeightedParty<MunicipalityCode>[] parties = [.. codes.Select(code => new WeightedParty<MunicipalityCode>(Code(code), 1))];
        var error = Assert.Throws<AllocationInputException>(() => Policy.Allocate(10, parties));
        Assert.Equal(AllocationProblemCode.DuplicateParty, Assert.Single(error.Problems).Code);
    }

    private static MunicipalityCode Code(int code) => MunicipalityCode.Parse(code.ToString("D4", CultureInfo.InvariantCulture));

    private static int[] Swapped(int[] codes, int at)
    {
        (codes[at], codes[at + 1]) = (codes[at + 1], codes[at]);
        return codes;
    }
}
