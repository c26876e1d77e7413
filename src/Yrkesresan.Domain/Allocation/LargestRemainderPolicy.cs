using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
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
/// All arithmetic is in integers (the product <c>total × weight</c> in 128 bits). The work is
/// O(n log n) at worst and about linear for the usual spread of remainders: a counting pass
/// puts the parties into buckets by the leading bits of their remainders, and only buckets of
/// more than one party are sorted. Nothing is allocated beyond the result (the scratch space is
/// on the stack for up to 512 parties and comes from the shared array pools beyond), except when
/// more than 32 parties fall into one bucket, as mass ties of equal weights do; that bucket is
/// sorted by the BCL on a copy.
/// </para>
/// </remarks>
public sealed class LargestRemainderPolicy<TKey> : RoundingPolicy<TKey>
    where TKey : notnull, IComparable<TKey>
{
    /// <summary>Requests of at most this many parties keep their scratch space (20 bytes a party) on the stack.</summary>
    private const int StackLimit = 512;

    /// <summary>Buckets of at most this many parties are sorted by insertion sort; larger ones (mass ties) by the BCL.</summary>
    private const int InsertionSortLimit = 32;

    /// <inheritdoc />
    public override string Name => "largest remainder (Hamilton)";

    /// <inheritdoc />
    private protected override Allocation<TKey> AllocateValid(long total, ReadOnlySpan<WeightedParty<TKey>> parties, long weightTotal)
    {
        int count = parties.Length;

        // The remainders are sorted in two steps: first into buckets by their leading bits (a
        // counting sort, in linear time), then each bucket of more than one party by the full
        // order. There are about as many buckets as parties; remainders are usually spread
        // evenly, so most buckets hold one party or none.
        int remainderBits = 64 - BitOperations.LeadingZeroCount((ulong)(weightTotal - 1));
        int bucketBits = count <= 1 ? 0 : Math.Min(BitOperations.Log2((uint)(count - 1)) + 1, 30);
        int shift = Math.Max(0, remainderBits - bucketBits);
        int bucketCount = (int)((ulong)(weightTotal - 1) >> shift) + 1;

        // The scratch space: on the stack for small requests, pooled for large ones.
        long[]? rentedRemainders = null;
        int[]? rentedOrder = null;
        int[]? rentedBuckets = null;
        Span<long> remainders = count <= StackLimit ? stackalloc long[count] : (rentedRemainders = ArrayPool<long>.Shared.Rent(count)).AsSpan(0, count);
        Span<int> order = count <= StackLimit ? stackalloc int[count] : (rentedOrder = ArrayPool<int>.Shared.Rent(count)).AsSpan(0, count);
        Span<int> bucketEnds = count <= StackLimit ? stackalloc int[bucketCount] : (rentedBuckets = ArrayPool<int>.Shared.Rent(bucketCount)).AsSpan(0, bucketCount);
        try
        {
            bucketEnds.Clear();
            long floorSum = 0;
            for (int i = 0; i < count; i++)
            {
                ExactQuota quota = ExactQuota.OfUnchecked(total, parties[i].Weight, weightTotal);
                floorSum += quota.Whole;
                remainders[i] = quota.Remainder;
                bucketEnds[BucketOf(quota.Remainder, shift, bucketCount)]++;
            }

            // Each remainder is below the weight total, so fewer units than parties are left over.
            long leftover = total - floorSum;

            // Buckets in descending order of remainder; each count becomes the bucket's start,
            // then, as the parties are placed, its end.
            int start = 0;
            for (int bucket = 0; bucket < bucketCount; bucket++)
            {
                int size = bucketEnds[bucket];
                bucketEnds[bucket] = start;
                start += size;
            }

            for (int i = 0; i < count; i++)
            {
                order[bucketEnds[BucketOf(remainders[i], shift, bucketCount)]++] = i;
            }

            var leftoverOrder = new LeftoverOrder(remainders, parties);
            start = 0;
            foreach (int end in bucketEnds)
            {
                if (end - start <= InsertionSortLimit)
                {
                    InsertionSort(order[start..end], in leftoverOrder);
                }
                else
                {
                    SortManyTies(order[start..end], remainders, parties);
                }

                start = end;
            }

            // The parties either side of the line: the first that gets no leftover unit (there is
            // one, as fewer units than parties are left over) and the last that gets one. With no
            // units left over every remainder is zero, so every reason is an exact quota.
            int firstLeftOut = order[(int)leftover];
            int lastReceiver = leftover == 0 ? firstLeftOut : order[(int)leftover - 1];
            long firstLeftOutRemainder = remainders[firstLeftOut];
            long firstLeftOutWeight = parties[firstLeftOut].Weight;
            long lastReceiverRemainder = remainders[lastReceiver];
            long lastReceiverWeight = parties[lastReceiver].Weight;
            var shares = new AllocationShare<TKey>[count];
            for (int position = 0; position < count; position++)
            {
                int index = order[position];
                WeightedParty<TKey> party = parties[index];
                ExactQuota quota = ExactQuota.OfUnchecked(total, party.Weight, weightTotal);
                bool receives = position < leftover;
                ShareReason reason = receives
                    ? ReasonForReceiver(quota, party.Weight, firstLeftOutRemainder, firstLeftOutWeight)
                    : ReasonForNonReceiver(quota, party.Weight, lastReceiverRemainder, lastReceiverWeight);
                shares[index] = new AllocationShare<TKey>(
                    party.Party,
                    party.Weight,
                    quota,
                    receives ? quota.Whole + 1 : quota.Whole,
                    position + 1,
                    reason);
            }

            return new Allocation<TKey>(this, total, weightTotal, leftover, ImmutableCollectionsMarshal.AsImmutableArray(shares));
        }
        finally
        {
            if (rentedRemainders is not null)
            {
                ArrayPool<long>.Shared.Return(rentedRemainders);
            }

            if (rentedOrder is not null)
            {
                ArrayPool<int>.Shared.Return(rentedOrder);
            }

            if (rentedBuckets is not null)
            {
                ArrayPool<int>.Shared.Return(rentedBuckets);
            }
        }
    }

    /// <summary>The bucket of a remainder: its leading bits, counted from the largest remainders down.</summary>
    private static int BucketOf(long remainder, int shift, int bucketCount) => bucketCount - 1 - (int)((ulong)remainder >> shift);

    /// <summary>Why a receiver of a leftover unit beat the first party that got none.</summary>
    private static ShareReason ReasonForReceiver(ExactQuota quota, long weight, long firstLeftOutRemainder, long firstLeftOutWeight)
    {
        if (quota.Remainder > firstLeftOutRemainder)
        {
            return ShareReason.LargestRemainder;
        }

        return weight > firstLeftOutWeight
            ? ShareReason.LargestRemainderTieBrokenByWeight
            : ShareReason.LargestRemainderTieBrokenByParty;
    }

    /// <summary>Why a party that got no leftover unit lost to the last party that got one.</summary>
    private static ShareReason ReasonForNonReceiver(ExactQuota quota, long weight, long lastReceiverRemainder, long lastReceiverWeight)
    {
        if (quota.IsWhole)
        {
            return ShareReason.ExactQuota;
        }

        if (quota.Remainder < lastReceiverRemainder)
        {
            return ShareReason.RemainderTooSmall;
        }

        return weight < lastReceiverWeight
            ? ShareReason.LostRemainderTieOnWeight
            : ShareReason.LostRemainderTieOnParty;
    }

    /// <summary>
    /// Sorts a bucket of indices into the order of rule ALLOC-2 by insertion sort: buckets are
    /// small (about one party each), and the comparer's calls are direct, so nothing is allocated.
    /// </summary>
    private static void InsertionSort(Span<int> bucket, in LeftoverOrder order)
    {
        for (int i = 1; i < bucket.Length; i++)
        {
            int index = bucket[i];
            int j = i - 1;
            while (j >= 0 && order.Compare(index, bucket[j]) < 0)
            {
                bucket[j + 1] = bucket[j];
                j--;
            }

            bucket[j + 1] = index;
        }
    }

    /// <summary>
    /// Sorts a large bucket (many parties whose remainders share their leading bits: mass ties,
    /// such as many equal weights) with the BCL's O(n log n) sort. That sort cannot take a comparer
    /// over spans, so what it compares is copied first: this path allocates, the common one does not.
    /// </summary>
    private static void SortManyTies(Span<int> bucket, ReadOnlySpan<long> remainders, ReadOnlySpan<WeightedParty<TKey>> parties)
    {
        var entries = new (long Remainder, WeightedParty<TKey> Party, int Index)[bucket.Length];
        for (int k = 0; k < bucket.Length; k++)
        {
            entries[k] = (remainders[bucket[k]], parties[bucket[k]], bucket[k]);
        }

        Array.Sort(entries, static (a, b) => Compare(a.Remainder, a.Party, b.Remainder, b.Party));
        for (int k = 0; k < bucket.Length; k++)
        {
            bucket[k] = entries[k].Index;
        }
    }

    /// <summary>The order of rule ALLOC-2 on two parties: remainder descending, weight descending, party ascending.</summary>
    private static int Compare(long remainderA, in WeightedParty<TKey> a, long remainderB, in WeightedParty<TKey> b)
    {
        // All quotas share the weight total as denominator, so remainders compare directly.
        int byRemainder = remainderB.CompareTo(remainderA);
        if (byRemainder != 0)
        {
            return byRemainder;
        }

        int byWeight = b.Weight.CompareTo(a.Weight);
        return byWeight != 0 ? byWeight : a.Party.CompareTo(b.Party);
    }

    /// <summary>The order of rule ALLOC-2: remainder descending, weight descending, party ascending.</summary>
    private readonly ref struct LeftoverOrder(ReadOnlySpan<long> remainders, ReadOnlySpan<WeightedParty<TKey>> parties)
    {
        private readonly ReadOnlySpan<long> remainders = remainders;
        private readonly ReadOnlySpan<WeightedParty<TKey>> parties = parties;

        public int Compare(int x, int y) => LargestRemainderPolicy<TKey>.Compare(remainders[x], in parties[x], remainders[y], in parties[y]);
    }
}
