namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// Shorthand for the two rounding policies: share a whole-number total among parties in
/// proportion to their weights, so that the parts add up to the whole.
/// </summary>
/// <example>
/// <code>
/// var parts = Apportionment.LargestRemainder(950_000, [new("Luleå", 78_346), new("Piteå", 42_294)]);
/// long lulea = parts.AmountOf("Luleå");
/// </code>
/// </example>
public static class Apportionment
{
    /// <summary>Shares a total by the largest-remainder (Hamilton) method of rule <c>ALLOC-2</c>.</summary>
    /// <typeparam name="TKey">What identifies a party.</typeparam>
    /// <param name="total">The whole-number total to share; not negative.</param>
    /// <param name="parties">The parties and their weights.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="AllocationInputException">The request is invalid; every problem is listed.</exception>
    public static Allocation<TKey> LargestRemainder<TKey>(long total, ReadOnlySpan<WeightedParty<TKey>> parties)
        where TKey : notnull, IComparable<TKey> =>
        new LargestRemainderPolicy<TKey>().Allocate(total, parties);

    /// <summary>Shares a total by rounding each share half up and putting the difference on <paramref name="residualParty"/>.</summary>
    /// <typeparam name="TKey">What identifies a party.</typeparam>
    /// <param name="total">The whole-number total to share; not negative.</param>
    /// <param name="parties">The parties and their weights.</param>
    /// <param name="residualParty">The party that takes the difference.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="AllocationInputException">The request is invalid; every problem is listed.</exception>
    public static Allocation<TKey> HalfUpWithResidual<TKey>(long total, ReadOnlySpan<WeightedParty<TKey>> parties, TKey residualParty)
        where TKey : notnull, IComparable<TKey> =>
        new HalfUpWithResidualPolicy<TKey>(residualParty).Allocate(total, parties);
}
