using Yrkesresan.Domain.Allocation;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>ALLOC-2: floors first, then the leftover units one each to the largest remainders; ties to the larger weight, then the lower party.</summary>
public class LargestRemainderPolicyTests
{
    private static readonly LargestRemainderPolicy<string> Policy = new();

    private static Allocation<string> Allocate(long total, params (string Party, long Weight)[] parties) =>
        Policy.Allocate(total, parties.Select(p => new WeightedParty<string>(p.Party, p.Weight)));

    [Fact]
    [Rule("ALLOC-2")]
    public void Each_party_gets_the_floor_of_its_quota_and_the_one_leftover_unit_goes_to_the_largest_remainder()
    {
        // Quotas 3.5, 2.1 and 1.4: floors 3 + 2 + 1 = 6, one unit left, to the remainder 0.5.
        Allocation<string> allocation = Allocate(7, ("a", 50), ("b", 30), ("c", 20));

        Assert.Equal([4L, 2L, 1L], allocation.Shares.Select(s => s.Amount));
        Assert.Equal(1, allocation.LeftoverUnits);
        Assert.Equal(ShareReason.LargestRemainder, allocation.ShareOf("a").Reason);
        Assert.Equal(ShareReason.RemainderTooSmall, allocation.ShareOf("b").Reason);
        Assert.Equal(ShareReason.RemainderTooSmall, allocation.ShareOf("c").Reason);
        Assert.Equal([1, 3, 2], allocation.Shares.Select(s => s.RemainderRank));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_leftover_unit_goes_to_the_largest_remainder_not_to_the_largest_weight()
    {
        // Quotas 4.25, 3.45 and 2.3 (total 10 by 85, 69 and 46): floors 4 + 3 + 2 = 9, one unit left,
        // which goes to the remainder .45 of b even though a weighs more.
        Allocation<string> allocation = Allocate(10, ("a", 85), ("b", 69), ("c", 46));

        Assert.Equal(4, allocation.AmountOf("a"));
        Assert.Equal(4, allocation.AmountOf("b"));
        Assert.Equal(2, allocation.AmountOf("c"));
        Assert.Equal(ShareReason.LargestRemainder, allocation.ShareOf("b").Reason);
        Assert.Equal([3, 1, 2], allocation.Shares.Select(s => s.RemainderRank));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_tie_in_remainder_goes_to_the_larger_weight()
    {
        // Total 2 by 1, 2 and 7 (weight total 10): quotas 0.2, 0.4 and 1.4; floors 0 + 0 + 1 = 1.
        // b and c tie on the remainder 0.4; c weighs more and gets the unit.
        Allocation<string> allocation = Allocate(2, ("a", 1), ("b", 2), ("c", 7));

        Assert.Equal(0, allocation.AmountOf("a"));
        Assert.Equal(0, allocation.AmountOf("b"));
        Assert.Equal(2, allocation.AmountOf("c"));
        Assert.Equal(ShareReason.LargestRemainderTieBrokenByWeight, allocation.ShareOf("c").Reason);
        Assert.Equal(ShareReason.LostRemainderTieOnWeight, allocation.ShareOf("b").Reason);
        Assert.Equal(ShareReason.RemainderTooSmall, allocation.ShareOf("a").Reason);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_tie_in_remainder_and_weight_goes_to_the_lower_party()
    {
        Allocation<string> allocation = Allocate(10, ("2583", 1), ("2505", 1), ("2580", 1));

        Assert.Equal(4, allocation.AmountOf("2505"));
        Assert.Equal(3, allocation.AmountOf("2580"));
        Assert.Equal(3, allocation.AmountOf("2583"));
        Assert.Equal(ShareReason.LargestRemainderTieBrokenByParty, allocation.ShareOf("2505").Reason);
        Assert.Equal(ShareReason.LostRemainderTieOnParty, allocation.ShareOf("2580").Reason);
        Assert.Equal(ShareReason.LostRemainderTieOnParty, allocation.ShareOf("2583").Reason);
        Assert.Equal(1, allocation.ShareOf("2505").RemainderRank);
        Assert.Equal(2, allocation.ShareOf("2580").RemainderRank);
        Assert.Equal(3, allocation.ShareOf("2583").RemainderRank);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Whole_quotas_leave_nothing_over_and_are_given_exactly()
    {
        Allocation<string> allocation = Allocate(100, ("a", 1), ("b", 1), ("c", 2));

        Assert.Equal([25L, 25L, 50L], allocation.Shares.Select(s => s.Amount));
        Assert.Equal(0, allocation.LeftoverUnits);
        Assert.All(allocation.Shares, s => Assert.Equal(ShareReason.ExactQuota, s.Reason));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_party_of_weight_zero_gets_zero_even_when_units_are_left_over()
    {
        Allocation<string> allocation = Allocate(10, ("a", 1), ("none", 0), ("b", 2));

        Assert.Equal(0, allocation.AmountOf("none"));
        Assert.Equal(ShareReason.ExactQuota, allocation.ShareOf("none").Reason);
        Assert.Equal(3, allocation.ShareOf("none").RemainderRank);
        Assert.Equal(10, allocation.Shares.Sum(s => s.Amount));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_single_party_gets_the_whole_total()
    {
        Allocation<string> allocation = Allocate(950_000, ("2580", 78_346));
        Assert.Equal(950_000, allocation.AmountOf("2580"));
        Assert.Equal(ShareReason.ExactQuota, allocation.ShareOf("2580").Reason);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_total_of_zero_gives_every_party_zero()
    {
        Allocation<string> allocation = Allocate(0, ("a", 3), ("b", 5));
        Assert.All(allocation.Shares, s => Assert.Equal(0, s.Amount));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_largest_total_is_shared_exactly()
    {
        Allocation<string> allocation = Allocate(long.MaxValue, ("a", long.MaxValue / 3), ("b", long.MaxValue / 3), ("c", 1));
        Assert.Equal(long.MaxValue, allocation.Shares.Aggregate(0L, (sum, s) => checked(sum + s.Amount)));
        Assert.Equal(long.MaxValue / 2, allocation.AmountOf("a"));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Shares_are_listed_in_the_order_the_parties_were_given()
    {
        Allocation<string> allocation = Allocate(10, ("c", 1), ("a", 1), ("b", 1));
        Assert.Equal(["c", "a", "b"], allocation.Shares.Select(s => s.Party));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_allocation_keeps_its_total_weight_total_and_policy()
    {
        Allocation<string> allocation = Allocate(7, ("a", 50), ("b", 30), ("c", 20));
        Assert.Equal(7, allocation.Total);
        Assert.Equal(100, allocation.WeightTotal);
        Assert.Same(Policy, allocation.Policy);
        Assert.Equal("largest remainder (Hamilton)", allocation.Policy.Name);
        Assert.Equal("largest remainder (Hamilton)", allocation.Policy.ToString());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Asking_for_a_party_that_is_not_in_the_allocation_is_a_clear_error()
    {
        Allocation<string> allocation = Allocate(7, ("a", 50), ("b", 30));
        var error = Assert.Throws<KeyNotFoundException>(() => allocation.ShareOf("z"));
        Assert.Contains("z is not one of the 2 parties", error.Message, StringComparison.Ordinal);
        Assert.False(allocation.TryGetShare("z", out _));
        Assert.True(allocation.TryGetShare("b", out AllocationShare<string> b));
        Assert.Equal("b", b.Party);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Each_share_explains_its_quota_floor_rank_and_reason()
    {
        Allocation<string> allocation = Allocate(7, ("a", 50), ("b", 30), ("c", 20));

        Assert.Equal(
            "a: weight 50, exact quota 3 + 50/100, floor 3, amount 4 (remainder rank 1): received one leftover unit: its remainder is among the largest",
            allocation.ShareOf("a").Explain());
        Assert.Equal(
            "b: weight 30, exact quota 2 + 10/100, floor 2, amount 2 (remainder rank 3): got the floor: every leftover unit went to a larger remainder",
            allocation.ShareOf("b").ToString());
        Assert.Equal(1, allocation.ShareOf("a").Adjustment);
        Assert.Equal(0, allocation.ShareOf("b").Adjustment);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_whole_allocation_explains_itself_line_by_line()
    {
        string text = Allocate(7, ("a", 50), ("b", 30), ("c", 20)).Explain();
        string[] lines = text.Split(Environment.NewLine);

        Assert.Equal(
            "largest remainder (Hamilton): 7 shared among 3 parties by weight (weight total 100); leftover units after the first rounding: 1",
            lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("  c: weight 20", lines[3], StringComparison.Ordinal);
    }

    [Theory]
    [Rule("ALLOC-2")]
    [InlineData(ShareReason.LargestRemainderTieBrokenByWeight, "its larger weight decided")]
    [InlineData(ShareReason.LargestRemainderTieBrokenByParty, "its lower identifier decided")]
    [InlineData(ShareReason.LostRemainderTieOnWeight, "had the larger weight")]
    [InlineData(ShareReason.LostRemainderTieOnParty, "had the lower identifier")]
    [InlineData(ShareReason.ExactQuota, "exactly the quota")]
    public void Every_reason_reads_as_a_sentence(ShareReason reason, string expectedPhrase)
    {
        Allocation<string> allocation = Allocate(10, ("2583", 1), ("2505", 1), ("2580", 1));
        Allocation<string> weighted = Allocate(2, ("a", 1), ("b", 2), ("c", 7));
        Allocation<string> exact = Allocate(4, ("a", 1), ("b", 1));
        AllocationShare<string> share = allocation.Shares.Concat(weighted.Shares).Concat(exact.Shares).First(s => s.Reason == reason);

        Assert.Contains(expectedPhrase, share.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Shares_are_equal_when_every_field_is_equal()
    {
        AllocationShare<string> first = Allocate(7, ("a", 50), ("b", 30)).ShareOf("a");
        AllocationShare<string> again = Allocate(7, ("a", 50), ("b", 30)).ShareOf("a");
        AllocationShare<string> other = Allocate(7, ("a", 50), ("b", 30)).ShareOf("b");

        AllocationShare<string> lighter = Allocate(7, ("a", 5), ("b", 3)).ShareOf("a");

        Assert.Equal(first, again);
        Assert.True(first == again);
        Assert.False(first != again);
        Assert.True(first != other);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
        Assert.True(first.Equals((object)again));
        Assert.False(first.Equals((object)"a"));

        // Same quota, amount, rank and reason; only the weight differs.
        Assert.Equal(first.Quota, lighter.Quota);
        Assert.Equal(first.Amount, lighter.Amount);
        Assert.NotEqual(first, lighter);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_shorthand_gives_the_same_allocation_as_the_policy()
    {
        WeightedParty<string>[] parties = [new("a", 50), new("b", 30), new("c", 20)];
        Allocation<string> shorthand = Apportionment.LargestRemainder<string>(7, parties);
        Assert.Equal(Allocate(7, ("a", 50), ("b", 30), ("c", 20)).Shares.ToArray(), shorthand.Shares.ToArray());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Many_parties_beyond_the_stack_limit_are_allocated_exactly()
    {
        WeightedParty<int>[] parties = [.. Enumerable.Range(1, 5_000).Select(i => new WeightedParty<int>(i, i % 7))];
        Allocation<int> allocation = new LargestRemainderPolicy<int>().Allocate(1_000_003, parties);

        Assert.Equal(1_000_003, allocation.Shares.Sum(s => s.Amount));
        Assert.All(allocation.Shares, s => Assert.InRange(s.Amount, s.Quota.Floor, s.Quota.Ceiling));
        Assert.Equal(Enumerable.Range(1, 5_000), allocation.Shares.Select(s => s.RemainderRank).Order());
    }
}
