using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// The largest-remainder (Hamilton) method of rule <c>ALLOC-2</c>: each party gets the floor of
/// its exact quota, and the units left over go one each to the parties with the largest
/// fractional remainders. Ties in remainder go to the larger weight, then to the lower party.
/// </summary>
/// <typeparam name="TKey">What identifies a party.</typeparam>
/// <remarks>
/// <para>Guarantees, each pinned by a property test:</para>
/// <list type="bullet">
/// <item>the amounts add up to the total exactly;</item>
/// <item>each amount is the floor or the ceiling of its exact quota, so within one unit of it;</item>
/// <item>no party's amount depends on the order in which the parties are given;</item>
/// <item>parties of equal weight get amounts that differ by at most one;</item>
/// <item>a party of weight zero gets zero.</item>
/// </list>
/// <para>
/// All arithmetic is in integers (the product <c>total × weight</c> in 128 bits); the work
/// is O(n log n) and allocates nothing beyond the result for up to 1,024 parties.
/// </para>
/// </remarks>
public sealed class LargestRemainderPolicy<TKey> : RoundingPolicy<TKey>
    where TKey : notnull, IComparable<TKey>
{
    private const int StackLimit = 1024;

    /// <inheritdoc />
    public override string Name => "largest remainder (Hamilton)";

    /// <inheritdoc />
    private protected override Allocation<TKey> AllocateValid(long total, ReadOnlySpan<WeightedParty<TKey>> parties, long weightTotal)
    {
        int count = parties.Length;
        var shares = new AllocationShare<TKey>[count];
        long floorSum = 0;
        for (int i = 0; i < count; i++)
        {
            WeightedParty<TKey> party = parties[i];
            ExactQuota quota = ExactQuota.OfUnchecked(total, party.Weight, weightTotal);
            floorSum += quota.Whole;
            shares[i] = new AllocationShare<TKey>(party.Party, party.Weight, quota, quota.Whole, 0, default);
        }

        // Each remainder is below the weight total, so fewer units than parties are left over.
        long leftover = total - floorSum;

        int[]? rented = null;
        Span<int> order = count <= StackLimit ? stackalloc int[count] : (rented = ArrayPool<int>.Shared.Rent(count)).AsSpan(0, count);
        try
        {
            for (int i = 0; i < count; i++)
            {
                order[i] = i;
            }

            order.Sort(new LeftoverOrder(shares));

            for (int position = 0; position < count; position++)
            {
                int index = order[position];
                AllocationShare<TKey> share = shares[index];
                bool receives = position < leftover;
                ShareReason reason = receives
                    ? ReasonForReceiver(share, shares[order[(int)leftover]])
                    : ReasonForNonReceiver(share, leftover == 0 ? share : shares[order[(int)leftover - 1]]);
                shares[index] = new AllocationShare<TKey>(
                    share.Party,
                    share.Weight,
                    share.Quota,
                    receives ? share.Floor + 1 : share.Floor,
                    position + 1,
                    reason);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }

        return new Allocation<TKey>(this, total, weightTotal, leftover, ImmutableCollectionsMarshal.AsImmutableArray(shares));
    }

    /// <summary>Why a receiver of a leftover unit beat the first party that got none.</summary>
    private static ShareReason ReasonForReceiver(AllocationShare<TKey> receiver, AllocationShare<TKey> firstLeftOut)
    {
        if (receiver.Quota.Remainder > firstLeftOut.Quota.Remainder)
        {
            return ShareReason.LargestRemainder;
        }

        return receiver.Weight > firstLeftOut.Weight
            ? ShareReason.LargestRemainderTieBrokenByWeight
            : ShareReason.LargestRemainderTieBrokenByParty;
    }

    /// <summary>Why a party that got no leftover unit lost to the last party that got one.</summary>
    private static ShareReason ReasonForNonReceiver(AllocationShare<TKey> party, AllocationShare<TKey> lastReceiver)
    {
        if (party.Quota.IsWhole)
        {
            return ShareReason.ExactQuota;
        }

        if (party.Quota.Remainder < lastReceiver.Quota.Remainder)
        {
            return ShareReason.RemainderTooSmall;
        }

        return party.Weight < lastReceiver.Weight
            ? ShareReason.LostRemainderTieOnWeight
            : ShareReason.LostRemainderTieOnParty;
    }

    /// <summary>The order of rule ALLOC-2: remainder descending, weight descending, party ascending.</summary>
    private readonly struct LeftoverOrder(AllocationShare<TKey>[] shares) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            ref readonly AllocationShare<TKey> a = ref shares[x];
            ref readonly AllocationShare<TKey> b = ref shares[y];

            // All quotas share the weight total as denominator, so remainders compare directly.
            int byRemainder = b.Quota.Remainder.CompareTo(a.Quota.Remainder);
            if (byRemainder != 0)
            {
                return byRemainder;
            }

            int byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : a.Party.CompareTo(b.Party);
        }
    }
}
