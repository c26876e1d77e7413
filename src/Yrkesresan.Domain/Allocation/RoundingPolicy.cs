using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// A named way of rounding exact quotas to whole numbers so that the parts add up to the whole.
/// </summary>
/// <typeparam name="TKey">What identifies a party.</typeparam>
/// <remarks>
/// Two policies exist: <see cref="LargestRemainderPolicy{TKey}"/>, the product's rule
/// (<c>ALLOC-2</c>), and <see cref="HalfUpWithResidualPolicy{TKey}"/>, for regions whose
/// tradition is to round each share half up and put the difference on one named party.
/// Policies are immutable and safe to share between threads.
/// </remarks>
public abstract class RoundingPolicy<TKey>
    where TKey : notnull, IComparable<TKey>
{
    private protected RoundingPolicy()
    {
    }

    /// <summary>A short readable name of the policy, e.g. "largest remainder (Hamilton)".</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Shares <paramref name="total"/> whole units among <paramref name="parties"/> in proportion to their weights.
    /// </summary>
    /// <param name="total">The whole-number total to share: kronor, öre, percent points or any other unit; not negative.</param>
    /// <param name="parties">The parties and their weights: at least one, no party twice, no negative weight, not all zero.</param>
    /// <returns>The allocation, whose amounts add up to <paramref name="total"/>.</returns>
    /// <exception cref="AllocationInputException">The request is invalid; every problem is listed.</exception>
    public Allocation<TKey> Allocate(long total, ReadOnlySpan<WeightedParty<TKey>> parties)
    {
        List<AllocationProblem>? problems = AllocationRequest.Validate(total, parties, out long weightTotal);
        AddPolicyProblems(parties, ref problems);
        if (problems is not null)
        {
            throw new AllocationInputException(problems);
        }

        return AllocateValid(total, parties, weightTotal);
    }

    /// <summary>
    /// Shares <paramref name="total"/> whole units among <paramref name="parties"/> in proportion to their weights.
    /// </summary>
    /// <param name="total">The whole-number total to share; not negative.</param>
    /// <param name="parties">The parties and their weights: at least one, no party twice, no negative weight, not all zero.</param>
    /// <returns>The allocation, whose amounts add up to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> is null.</exception>
    /// <exception cref="AllocationInputException">The request is invalid; every problem is listed.</exception>
    public Allocation<TKey> Allocate(long total, IEnumerable<WeightedParty<TKey>> parties)
    {
        Guard.Against.Null(parties);
        return Allocate(total, parties.ToArray().AsSpan());
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Adds the problems particular to the policy to those of any request.</summary>
    private protected virtual void AddPolicyProblems(ReadOnlySpan<WeightedParty<TKey>> parties, ref List<AllocationProblem>? problems)
    {
    }

    /// <summary>Allocates a request that has passed validation.</summary>
    private protected abstract Allocation<TKey> AllocateValid(long total, ReadOnlySpan<WeightedParty<TKey>> parties, long weightTotal);
}
