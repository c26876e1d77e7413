using Yrkesresan.Domain.Allocation;

namespace Yrkesresan.Domain.Benchmarks;

/// <summary>
/// The reference the benchmarks compare <see cref="LargestRemainderPolicy{TKey}"/> with: the
/// largest-remainder method written the obvious way, with <see cref="decimal"/> quotas and LINQ.
/// </summary>
/// <remarks>
/// This is deliberately naive and is the baseline of the benchmarks only; the library does not
/// use it. It does the same work as the library's <c>Allocate</c>: the quota
/// <c>total × weight ÷ weight total</c> of each party, its floor, and one leftover unit each to
/// the parties with the largest fractional parts (ties: larger weight, then lower party), with
/// a result for every party. It checks nothing beyond what LINQ does by itself
/// (<c>ToDictionary</c> throws on a duplicate party), and its decimal quotas are rounded to 28
/// significant digits, so it is exact only as long as that is precise enough to order the
/// remainders; each benchmark's setup checks that it agrees with the library on its dataset.
/// </remarks>
internal static class NaiveDecimalAllocator
{
    /// <summary>Shares <paramref name="total"/> among <paramref name="parties"/> by the largest-remainder method.</summary>
    /// <typeparam name="TKey">What identifies a party.</typeparam>
    /// <param name="total">The whole-number total.</param>
    /// <param name="parties">The parties and their weights.</param>
    /// <returns>Each party's amount.</returns>
    public static Dictionary<TKey, long> Allocate<TKey>(long total, IEnumerable<WeightedParty<TKey>> parties)
        where TKey : notnull, IComparable<TKey>
    {
        decimal weightTotal = parties.Sum(p => (decimal)p.Weight);
        var quotas = parties
            .Select(p =>
            {
                decimal quota = (decimal)total * p.Weight / weightTotal;
                decimal floor = decimal.Floor(quota);
                return (p.Party, p.Weight, Floor: (long)floor, Fraction: quota - floor);
            })
            .ToList();

        long leftover = total - quotas.Sum(q => q.Floor);
        var receivers = quotas
            .OrderByDescending(q => q.Fraction)
            .ThenByDescending(q => q.Weight)
            .ThenBy(q => q.Party)
            .Take((int)leftover)
            .Select(q => q.Party)
            .ToHashSet();

        return quotas.ToDictionary(q => q.Party, q => receivers.Contains(q.Party) ? q.Floor + 1 : q.Floor);
    }
}
