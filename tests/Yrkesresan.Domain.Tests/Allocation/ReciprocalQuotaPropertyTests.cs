using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>
/// ALLOC-2: the largest-remainder allocator computes each quota whose product total × weight fits
/// in 64 bits by the weight total's reciprocal, and the others by 128-bit division. Both must give
/// the exact quota, on either side of 2⁶⁴ and at it, checked against <see cref="BigInteger"/>.
/// </summary>
public class ReciprocalQuotaPropertyTests
{
    private static readonly BigInteger TwoToTheSixtyFour = BigInteger.One << 64;

    private static readonly LargestRemainderPolicy<int> Policy = new();

    /// <summary>
    /// A total of at least 8 and, for each party, a weight at the line where total × weight stops
    /// fitting in 64 bits: the largest weight whose product fits, the next (whose product does
    /// not), the one below, and a random weight; their sum stays within a long.
    /// </summary>
    private static Gen<(long Total, WeightedParty<int>[] Parties)> RequestsAcrossTheLine =>
        from total in Gen.Frequency(
            (3, Gen.Choose(8, 1_000_000).Select(t => (long)t)),
            (2, Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(8, int.MaxValue)).Select(t => ((long)t.Item1 << 31) | (long)t.Item2)),
            (1, Gen.Elements(8L, 5_000_000_000L, long.MaxValue)))
        let largestFitting = (long)(ulong.MaxValue / (ulong)total)
        from random in Generators.NonNegativeLong(largestFitting)
        select (total, new[]
        {
            new WeightedParty<int>(1, largestFitting),
            new WeightedParty<int>(2, largestFitting + 1),
            new WeightedParty<int>(3, largestFitting - 1),
            new WeightedParty<int>(4, random),
        });

    /// <summary>
    /// A request whose every product fits in 64 bits, because the total and the weight total have
    /// at most 64 bits between them, with a party close to the whole weight total, so that its
    /// product comes close to 2⁶⁴: the allocator's loop without any 128-bit path.
    /// </summary>
    private static Gen<(long Total, WeightedParty<int>[] Parties)> RequestsThatAllFit =>
        from totalBits in Gen.Choose(1, 62)
        from total in Generators.NonNegativeLong((1L << totalBits) - 1).Select(t => Math.Max(t, 1L << (totalBits - 1)))
        let weightTotalBound = (1L << Math.Min(62, 64 - totalBits)) - 1
        from count in Gen.Choose(1, 20)
        from others in Gen.ArrayOf(Generators.NonNegativeLong(weightTotalBound / 64), count)
        let big = weightTotalBound - others.Sum()
        select (total, others.Select((w, i) => new WeightedParty<int>(i + 2, w)).Prepend(new WeightedParty<int>(1, big)).ToArray());

    [Fact]
    [Rule("ALLOC-2")]
    public void Quotas_agree_with_arbitrary_precision_arithmetic_on_either_side_of_two_to_the_sixty_four()
    {
        Properties.ForAll(RequestsAcrossTheLine, request =>
        {
            Allocation<int> allocation = Policy.Allocate(request.Total, request.Parties);
            Assert.True((BigInteger)request.Total * request.Parties[0].Weight < TwoToTheSixtyFour);
            Assert.True((BigInteger)request.Total * request.Parties[1].Weight >= TwoToTheSixtyFour);
            AssertExactQuotas(request.Total, request.Parties, allocation);
        });
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Quotas_agree_with_arbitrary_precision_arithmetic_when_every_product_fits_in_64_bits()
    {
        Properties.ForAll(RequestsThatAllFit, request =>
        {
            Allocation<int> allocation = Policy.Allocate(request.Total, request.Parties);
            Assert.True((BigInteger)request.Total * allocation.WeightTotal < TwoToTheSixtyFour);
            AssertExactQuotas(request.Total, request.Parties, allocation);
        });
    }

    [Theory]
    [Rule("ALLOC-2")]
    [InlineData(4_294_967_296L, 4_294_967_295L, 4_294_967_296L)] // 2³² × (2³² − 1) = 2⁶⁴ − 2³² fits; 2³² × 2³² = 2⁶⁴ does not
    [InlineData(5L, 3_689_348_814_741_910_323L, 3_689_348_814_741_910_324L)] // 5 × ⌊(2⁶⁴ − 1) ÷ 5⌋ = 2⁶⁴ − 1 exactly; one more is 2⁶⁴ + 4
    [InlineData(6L, 3_074_457_345_618_258_602L, 3_074_457_345_618_258_603L)] // 6 × ⌊(2⁶⁴ − 1) ÷ 6⌋ = 2⁶⁴ − 4 fits; one more weight gives 2⁶⁴ + 2
    [InlineData(1L, 1L, long.MaxValue - 1)] // a weight total of 2⁶³ − 1, whose reciprocal is 2, the smallest
    public void Quotas_at_the_line_of_64_bits_are_exact(long total, long firstWeight, long secondWeight)
    {
        WeightedParty<int>[] parties = [new(1, firstWeight), new(2, secondWeight)];
        AssertExactQuotas(total, parties, Policy.Allocate(total, parties));
    }

    private static void AssertExactQuotas(long total, WeightedParty<int>[] parties, Allocation<int> allocation)
    {
        long weightTotal = parties.Sum(p => p.Weight);
        Assert.Equal(weightTotal, allocation.WeightTotal);
        foreach (WeightedParty<int> party in parties)
        {
            AllocationShare<int> share = allocation.ShareOf(party.Party);
            (BigInteger floor, BigInteger remainder) = BigQuota.Of(total, party.Weight, weightTotal);
            Assert.Equal(floor, (BigInteger)share.Quota.Whole);
            Assert.Equal(remainder, (BigInteger)share.Quota.Remainder);
            Assert.Equal(weightTotal, share.Quota.Denominator);
        }
    }
}
