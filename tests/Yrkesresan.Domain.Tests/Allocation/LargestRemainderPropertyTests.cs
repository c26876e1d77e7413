using System.Numerics;
using FsCheck.Fluent;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>
/// ALLOC-2: the invariants that make the largest-remainder method exact on every input, each
/// checked on hundreds of random requests (small and huge totals, ties, zero weights).
/// </summary>
public class LargestRemainderPropertyTests
{
    private static readonly LargestRemainderPolicy<int> Policy = new();

    [Fact]
    [Rule("ALLOC-2")]
    public void The_parts_always_add_up_to_the_total()
    {
        Properties.ForAll(Generators.Requests, request =>
        {
            Allocation<int> allocation = Policy.Allocate(request.Total, request.Parties);
            Assert.Equal((BigInteger)request.Total, allocation.Shares.Aggregate(BigInteger.Zero, (sum, s) => sum + s.Amount));
        });
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Each_part_is_the_floor_or_the_ceiling_of_its_exact_quota()
    {
        Properties.ForAll(Generators.Requests, request =>
        {
            Allocation<int> allocation = Policy.Allocate(request.Total, request.Parties);
            long weightTotal = request.Parties.Sum(p => p.Weight);
            foreach (AllocationShare<int> share in allocation.Shares)
            {
                (BigInteger floor, BigInteger remainder) = BigQuota.Of(request.Total, share.Weight, weightTotal);
                BigInteger ceiling = remainder == 0 ? floor : floor + 1;
                Assert.InRange((BigInteger)share.Amount, floor, ceiling);
                Assert.Equal(floor, (BigInteger)share.Floor);
            }
        });
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void No_part_depends_on_the_order_of_the_input()
    {
        var cases =
            from request in Generators.Requests
            from shuffled in Generators.Permutation(request.Parties)
            select (request.Total, request.Parties, shuffled);
        Properties.ForAll(cases, c =>
        {
            Allocation<int> original = Policy.Allocate(c.Total, c.Parties);
            Allocation<int> reordered = Policy.Allocate(c.Total, c.shuffled);
            foreach (AllocationShare<int> share in original.Shares)
            {
                Assert.Equal(share, reordered.ShareOf(share.Party));
            }
        });
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Parties_of_equal_weight_get_parts_that_differ_by_at_most_one()
    {
        var cases =
            from request in Generators.Requests
            from copies in Gen.Choose(2, 6)
            select (request.Total, Parties: request.Parties.Concat(Enumerable.Range(0, copies).Select(i => request.Parties[0] with { Party = 10_000 + i })).ToArray());
        Properties.ForAll(cases, c =>
        {
            Allocation<int> allocation = Policy.Allocate(c.Total, c.Parties);
            foreach (IGrouping<long, AllocationShare<int>> sameWeight in allocation.Shares.GroupBy(s => s.Weight))
            {
                Assert.InRange(sameWeight.Max(s => s.Amount) - sameWeight.Min(s => s.Amount), 0, 1);
            }
        });
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_party_of_weight_zero_always_gets_zero()
    {
        var cases =
            from request in Generators.Requests
            from key in Gen.Choose(2_000, 3_000)
            select (request.Total, Parties: request.Parties.Append(new WeightedParty<int>(key, 0)).ToArray(), key);
        Properties.ForAll(cases, c => Policy.Allocate(c.Total, c.Parties).AmountOf(c.key) == 0);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_heavier_party_never_gets_less_than_a_lighter_one()
    {
        Properties.ForAll(Generators.Requests, request =>
        {
            AllocationShare<int>[] shares = [.. Policy.Allocate(request.Total, request.Parties).Shares];
            foreach (AllocationShare<int> heavier in shares)
            {
                foreach (AllocationShare<int> lighter in shares.Where(s => s.Weight < heavier.Weight))
                {
                    Assert.True(heavier.Amount >= lighter.Amount, $"{heavier.Explain()} vs {lighter.Explain()}");
                }
            }
        });
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_leftover_units_go_exactly_to_the_first_parties_in_the_order_of_remainder_weight_and_party()
    {
        Properties.ForAll(Generators.Requests, LeftoverUnitsFollowTheOrder);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void With_mass_ties_the_leftover_units_still_follow_the_order_of_remainder_weight_and_party()
    {
        Properties.ForAll(Generators.TieHeavyRequests, LeftoverUnitsFollowTheOrder);
    }

    private static void LeftoverUnitsFollowTheOrder((long Total, WeightedParty<int>[] Parties) request)
    {
        Allocation<int> allocation = Policy.Allocate(request.Total, request.Parties);
        AllocationShare<int>[] expectedOrder =
        [
            .. allocation.Shares
                .OrderByDescending(s => s.Quota.Remainder)
                .ThenByDescending(s => s.Weight)
                .ThenBy(s => s.Party),
        ];
        Assert.InRange(allocation.LeftoverUnits, 0, expectedOrder.Length - 1);
        for (int rank = 0; rank < expectedOrder.Length; rank++)
        {
            AllocationShare<int> share = expectedOrder[rank];
            Assert.Equal(rank + 1, share.RemainderRank);
            Assert.Equal(rank < allocation.LeftoverUnits ? 1 : 0, share.Adjustment);
        }
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Every_reason_agrees_with_the_amount_and_the_boundary_of_the_leftover_units()
    {
        Properties.ForAll(Generators.Requests, request =>
        {
            Allocation<int> allocation = Policy.Allocate(request.Total, request.Parties);
            AllocationShare<int>[] ranked = [.. allocation.Shares.OrderBy(s => s.RemainderRank)];
            int cut = (int)allocation.LeftoverUnits;
            foreach (AllocationShare<int> share in ranked)
            {
                bool receives = share.RemainderRank <= cut;
                AllocationShare<int> rival = receives ? ranked[cut] : ranked[Math.Max(cut - 1, 0)];
                ShareReason expected = (receives, share.Quota.IsWhole) switch
                {
                    (false, true) => ShareReason.ExactQuota,
                    (true, _) when share.Quota.Remainder > rival.Quota.Remainder => ShareReason.LargestRemainder,
                    (true, _) when share.Weight > rival.Weight => ShareReason.LargestRemainderTieBrokenByWeight,
                    (true, _) => ShareReason.LargestRemainderTieBrokenByParty,
                    (false, false) when share.Quota.Remainder < rival.Quota.Remainder => ShareReason.RemainderTooSmall,
                    (false, false) when share.Weight < rival.Weight => ShareReason.LostRemainderTieOnWeight,
                    _ => ShareReason.LostRemainderTieOnParty,
                };
                Assert.Equal(expected, share.Reason);
            }
        });
    }
}
