using System.Collections.Immutable;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// The result of sharing a whole-number total among parties in proportion to their weights:
/// one <see cref="AllocationShare{TKey}"/> per party, in the order the parties were given,
/// whose amounts add up to <see cref="Total"/> exactly.
/// </summary>
/// <typeparam name="TKey">What identifies a party.</typeparam>
/// <remarks>This type is immutable and safe to share between threads.</remarks>
public sealed class Allocation<TKey>
    where TKey : notnull, IComparable<TKey>
{
    internal Allocation(RoundingPolicy<TKey> policy, long total, long weightTotal, long leftoverUnits, ImmutableArray<AllocationShare<TKey>> shares)
    {
        Policy = policy;
        Total = total;
        WeightTotal = weightTotal;
        LeftoverUnits = leftoverUnits;
        Shares = shares;
    }

    /// <summary>The rounding policy that produced the allocation.</summary>
    public RoundingPolicy<TKey> Policy { get; }

    /// <summary>The whole-number total that was shared.</summary>
    public long Total { get; }

    /// <summary>The sum of all weights: the common denominator of the exact quotas.</summary>
    public long WeightTotal { get; }

    /// <summary>
    /// The units left over after the first rounding of every share, which the policy then placed:
    /// under the largest-remainder method, the total minus the sum of floors (always at least 0
    /// and fewer than the number of parties); under half up, the total minus the sum of rounded
    /// shares (may be negative), put on the named party.
    /// </summary>
    public long LeftoverUnits { get; }

    /// <summary>One share per party, in the order the parties were given.</summary>
    public ImmutableArray<AllocationShare<TKey>> Shares { get; }

    /// <summary>The share of one party.</summary>
    /// <param name="party">The party.</param>
    /// <returns>Its share.</returns>
    /// <exception cref="KeyNotFoundException">The party is not part of the allocation.</exception>
    public AllocationShare<TKey> ShareOf(TKey party) => TryGetShare(party, out AllocationShare<TKey> share)
        ? share
        : throw new KeyNotFoundException($"{party} is not one of the {Shares.Length} parties of this allocation.");

    /// <summary>The amount given to one party.</summary>
    /// <param name="party">The party.</param>
    /// <returns>Its amount.</returns>
    /// <exception cref="KeyNotFoundException">The party is not part of the allocation.</exception>
    public long AmountOf(TKey party) => ShareOf(party).Amount;

    /// <summary>Looks up the share of one party.</summary>
    /// <param name="party">The party.</param>
    /// <param name="share">Its share, when found.</param>
    /// <returns><see langword="true"/> when the party is part of the allocation.</returns>
    public bool TryGetShare(TKey party, out AllocationShare<TKey> share)
    {
        foreach (AllocationShare<TKey> candidate in Shares)
        {
            if (EqualityComparer<TKey>.Default.Equals(candidate.Party, party))
            {
                share = candidate;
                return true;
            }
        }

        share = default;
        return false;
    }

    /// <summary>
    /// A readable account of the whole allocation: the policy, the total, the weight total, the
    /// leftover units and one line per share (see <see cref="AllocationShare{TKey}.Explain"/>).
    /// </summary>
    /// <returns>The explanation, one line per share after a heading line, separated by <c>\n</c> on every platform.</returns>
    public string Explain()
    {
        string heading = LocalizedText.Format(
            AllocationTexts.AllocationHeading,
            Policy.Name,
            SwedishNumberFormat.FormatInteger(Total),
            Shares.Length,
            SwedishNumberFormat.FormatInteger(WeightTotal),
            LeftoverUnits);
        return heading + "\n" + string.Join("\n", Shares.Select(s => "  " + s.Explain()));
    }

    /// <summary>The same as <see cref="Explain"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explain();
}
