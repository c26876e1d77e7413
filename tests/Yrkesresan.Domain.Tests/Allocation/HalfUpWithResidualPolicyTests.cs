using System.Numerics;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>ALLOC-2 (second policy): each share rounded half up, and the difference to the total put on one named party.</summary>
public class HalfUpWithResidualPolicyTests
{
    private static Allocation<string> Allocate(string residualParty, long total, params (string Party, long Weight)[] parties) =>
        new HalfUpWithResidualPolicy<string>(residualParty).Allocate(total, parties.Select(p => new WeightedParty<string>(p.Party, p.Weight)));

    [Fact]
    [Rule("ALLOC-2")]
    public void Each_share_is_rounded_half_up_and_the_surplus_is_taken_off_the_named_party()
    {
        // Quotas 3.5, 3.5 and 3.0 (total 10 by 35, 35 and 30): half up gives 4 + 4 + 3 = 11, one too many, taken off c.
        Allocation<string> allocation = Allocate("c", 10, ("a", 35), ("b", 35), ("c", 30));

        Assert.Equal([4L, 4L, 2L], allocation.Shares.Select(s => s.Amount));
        Assert.Equal(-1, allocation.LeftoverUnits);
        Assert.Equal(ShareReason.RoundedUp, allocation.ShareOf("a").Reason);
        Assert.Equal(
            "a: weight 35, exact quota 3 + 50/100, floor 3, amount 4: rounded half up: the fraction is one half or more, so the ceiling",
            allocation.ShareOf("a").Explain());
        Assert.Equal(ShareReason.AbsorbedResidual, allocation.ShareOf("c").Reason);
        Assert.Equal(-1, allocation.ShareOf("c").Adjustment);
        Assert.All(allocation.Shares, s => Assert.Equal(0, s.RemainderRank));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_shortfall_is_added_to_the_named_party()
    {
        // Quotas 1/3 each of 10: half up gives 3 + 3 + 3 = 9, one short, added to b.
        Allocation<string> allocation = Allocate("b", 10, ("a", 1), ("b", 1), ("c", 1));

        Assert.Equal([3L, 4L, 3L], allocation.Shares.Select(s => s.Amount));
        Assert.Equal(1, allocation.LeftoverUnits);
        Assert.Equal(ShareReason.RoundedDown, allocation.ShareOf("a").Reason);
        Assert.Equal(
            "a: weight 1, exact quota 3 + 1/3, floor 3, amount 3: rounded half up: the fraction is below one half, so the floor",
            allocation.ShareOf("a").Explain());
        Assert.Contains("took the difference", allocation.ShareOf("b").Explain(), StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void When_half_up_already_adds_up_the_named_party_keeps_its_rounded_share()
    {
        Allocation<string> allocation = Allocate("a", 10, ("a", 1), ("b", 1));
        Assert.Equal([5L, 5L], allocation.Shares.Select(s => s.Amount));
        Assert.Equal(ShareReason.ExactQuota, allocation.ShareOf("a").Reason);
        Assert.Equal(0, allocation.LeftoverUnits);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_policy_is_named_after_its_residual_party()
    {
        var policy = new HalfUpWithResidualPolicy<string>("2581");
        Assert.Equal("half up, residual to 2581", policy.Name);
        Assert.Equal("2581", policy.ResidualParty);
        Assert.Throws<ArgumentNullException>(() => new HalfUpWithResidualPolicy<string>(null!));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_residual_party_that_is_not_among_the_parties_is_refused_along_with_other_problems()
    {
        var error = Assert.Throws<AllocationInputException>(() => Allocate("z", -1, ("a", 1)));
        Assert.Equal([AllocationProblemCode.NegativeTotal, AllocationProblemCode.ResidualPartyMissing], error.Problems.Select(p => p.Code));
        Assert.Equal("z: is named to take the residual of the half-up rounding but is not among the parties", error.Problems[1].ToString());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_residual_that_would_make_the_named_share_negative_is_refused()
    {
        // Quotas 0.5, 0.5 and 0 of 1: half up gives 1 + 1 + 0 = 2, one too many, and zero has nothing to give.
        var error = Assert.Throws<AllocationInputException>(() => Allocate("zero", 1, ("a", 1), ("b", 1), ("zero", 0)));
        AllocationProblem problem = Assert.Single(error.Problems);
        Assert.Equal(AllocationProblemCode.ResidualMakesShareNegative, problem.Code);
        Assert.Contains("taking the residual -1 would make its share -1", problem.Message, StringComparison.Ordinal);

        // The boundary: a residual that brings the named share exactly to zero is accepted.
        Allocation<string> toZero = Allocate("b", 1, ("a", 1), ("b", 1));
        Assert.Equal(0, toZero.AmountOf("b"));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_shorthand_gives_the_same_allocation_as_the_policy()
    {
        Allocation<string> shorthand = Apportionment.HalfUpWithResidual<string>(10, [new("a", 1), new("b", 1), new("c", 1)], "b");
        Assert.Equal(Allocate("b", 10, ("a", 1), ("b", 1), ("c", 1)).Shares.ToArray(), shorthand.Shares.ToArray());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_parts_add_up_and_every_other_party_gets_its_quota_rounded_half_up()
    {
        Properties.ForAll(Generators.Requests, request =>
        {
            int residualParty = request.Parties.MaxBy(p => p.Weight).Party;
            var policy = new HalfUpWithResidualPolicy<int>(residualParty);
            Allocation<int> allocation;
            try
            {
                allocation = policy.Allocate(request.Total, request.Parties);
            }
            catch (AllocationInputException e) when (e.Problems.Single().Code == AllocationProblemCode.ResidualMakesShareNegative)
            {
                return;
            }

            long weightTotal = request.Parties.Sum(p => p.Weight);
            Assert.Equal((BigInteger)request.Total, allocation.Shares.Aggregate(BigInteger.Zero, (sum, s) => sum + s.Amount));
            foreach (AllocationShare<int> share in allocation.Shares.Where(s => s.Party != residualParty))
            {
                (BigInteger floor, BigInteger remainder) = BigQuota.Of(request.Total, share.Weight, weightTotal);
                Assert.Equal(2 * remainder >= weightTotal ? floor + 1 : floor, (BigInteger)share.Amount);
            }
        });
    }
}
