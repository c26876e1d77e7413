using Yrkesresan.Domain.Allocation;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>ALLOC-2: an allocation request that cannot be shared is refused with every problem named, never a partial result.</summary>
public class AllocationValidationTests
{
    private static AllocationInputException Refusal(long total, params (string? Party, long Weight)[] parties) =>
        Assert.Throws<AllocationInputException>(() =>
            new LargestRemainderPolicy<string>().Allocate(total, parties.Select(p => new WeightedParty<string>(p.Party!, p.Weight))));

    [Fact]
    [Rule("ALLOC-2")]
    public void No_parties_is_refused()
    {
        AllocationInputException error = Refusal(100);
        Assert.Equal(AllocationProblemCode.NoParties, Assert.Single(error.Problems).Code);
        Assert.Equal("The allocation request is invalid: there are no parties to share among", error.Message);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_negative_total_is_refused_and_a_total_of_zero_is_not()
    {
        AllocationProblem problem = Assert.Single(Refusal(-1, ("a", 1)).Problems);
        Assert.Equal(AllocationProblemCode.NegativeTotal, problem.Code);
        Assert.Null(problem.Party);
        Assert.Equal("the total -1 is negative; it must be zero or more", problem.ToString());

        Assert.Equal(0, new LargestRemainderPolicy<string>().Allocate(0, [new WeightedParty<string>("a", 1)]).AmountOf("a"));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_negative_weight_is_refused_naming_the_party()
    {
        AllocationProblem problem = Assert.Single(Refusal(100, ("2580", -5), ("2581", 3)).Problems);
        Assert.Equal(AllocationProblemCode.NegativeWeight, problem.Code);
        Assert.Equal("2580", problem.Party);
        Assert.Equal("2580: weight -5 is negative; weights must be zero or more", problem.ToString());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void All_weights_zero_is_refused_but_one_positive_weight_is_enough()
    {
        AllocationProblem problem = Assert.Single(Refusal(100, ("a", 0), ("b", 0)).Problems);
        Assert.Equal(AllocationProblemCode.AllWeightsZero, problem.Code);
        Assert.Equal("every weight is zero, so there is no proportion to share by", problem.Message);
        Assert.Equal(100, new LargestRemainderPolicy<string>().Allocate(100, [new("a", 0), new WeightedParty<string>("b", 1)]).AmountOf("b"));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_party_given_twice_is_refused_once_with_its_count()
    {
        AllocationProblem problem = Assert.Single(Refusal(100, ("2580", 1), ("2581", 1), ("2580", 2), ("2580", 3)).Problems);
        Assert.Equal(AllocationProblemCode.DuplicateParty, problem.Code);
        Assert.Equal("2580: appears 3 times; each party may appear once", problem.ToString());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Duplicates_are_found_among_many_parties_too()
    {
        WeightedParty<int>[] parties = [.. Enumerable.Range(1, 3_000).Select(i => new WeightedParty<int>(i, 1)), new WeightedParty<int>(1_234, 1)];
        var error = Assert.Throws<AllocationInputException>(() => new LargestRemainderPolicy<int>().Allocate(10, parties));
        Assert.Equal("1234", Assert.Single(error.Problems).Party);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_missing_party_is_refused()
    {
        AllocationProblem problem = Assert.Single(Refusal(100, (null, 1), ("a", 1)).Problems);
        Assert.Equal(AllocationProblemCode.MissingParty, problem.Code);
        Assert.Equal("a party is null; every party must be identified", problem.ToString());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Two_missing_parties_are_two_missing_parties_not_a_duplicate()
    {
        Assert.Equal(
            [AllocationProblemCode.MissingParty, AllocationProblemCode.MissingParty],
            Refusal(100, (null, 1), (null, 2)).Problems.Select(p => p.Code));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_negative_weight_beside_zero_weights_is_not_also_reported_as_all_weights_zero()
    {
        Assert.Equal([AllocationProblemCode.NegativeWeight], Refusal(100, ("a", -1), ("b", 0)).Problems.Select(p => p.Code));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_same_many_parties_can_be_allocated_again_and_again_without_a_false_duplicate()
    {
        WeightedParty<int>[] parties = [.. Enumerable.Range(1, 3_000).Select(i => new WeightedParty<int>(i, i))];
        var policy = new LargestRemainderPolicy<int>();
        for (int run = 0; run < 3; run++)
        {
            Assert.Equal(1_000_000, policy.Allocate(1_000_000, parties).Shares.Sum(s => s.Amount));
        }
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Weights_adding_up_past_the_largest_long_are_refused_not_wrapped_round()
    {
        AllocationProblem problem = Assert.Single(Refusal(100, ("a", long.MaxValue), ("b", 1)).Problems);
        Assert.Equal(AllocationProblemCode.WeightTotalTooLarge, problem.Code);
        Assert.Equal("the weights add up to more than 9223372036854775807, the largest weight total the allocator takes", problem.Message);
        Assert.Equal(long.MaxValue, new LargestRemainderPolicy<string>().Allocate(100, [new("a", long.MaxValue - 1), new WeightedParty<string>("b", 1)]).WeightTotal);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Every_problem_of_a_request_is_reported_at_once()
    {
        AllocationInputException error = Refusal(-7, ("a", -1), ("b", 0), ("a", 2), ("c", -3));

        Assert.Equal(
            [AllocationProblemCode.NegativeTotal, AllocationProblemCode.NegativeWeight, AllocationProblemCode.NegativeWeight, AllocationProblemCode.DuplicateParty],
            error.Problems.Select(p => p.Code));
        Assert.Equal(
            "The allocation request has 4 problems:\n"
            + "  - the total -7 is negative; it must be zero or more\n"
            + "  - a: weight -1 is negative; weights must be zero or more\n"
            + "  - c: weight -3 is negative; weights must be zero or more\n"
            + "  - a: appears 2 times; each party may appear once",
            error.Message);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_negative_total_and_all_weights_zero_are_both_reported()
    {
        Assert.Equal(
            [AllocationProblemCode.NegativeTotal, AllocationProblemCode.AllWeightsZero],
            Refusal(-1, ("a", 0)).Problems.Select(p => p.Code));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void A_sequence_of_parties_that_is_null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new LargestRemainderPolicy<string>().Allocate(1, (IEnumerable<WeightedParty<string>>)null!));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_exception_needs_at_least_one_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => new AllocationInputException([]));
        Assert.StartsWith("An allocation input exception needs at least one problem.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new AllocationInputException(null!));
    }
}
