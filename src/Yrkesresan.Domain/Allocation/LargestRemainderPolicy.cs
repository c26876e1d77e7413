using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
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
    /// <summary>
    /// Requests of at most this many parties keep their scratch space (about 36 bytes a party) on
    /// the stack; larger ones take it from the shared pools. The stack is cleared when it is
    /// taken, which costs more than renting beyond a few dozen parties.
    /// </summary>
    private const int StackLimit = 64;

    /// <summary>Buckets of at most this many parties are sorted by insertion sort; larger ones (mass ties) by the BCL.</summary>
    private const int InsertionSortLimit = 32;

    /// <inheritdoc />
    public override string Name => "largest remainder (Hamilton)";

    /// <inheritdoc />
    /// <remarks>
    /// Each step is its own method over spans: the loops stay small enough for the JIT to keep
    /// their variables in registers, which one long method did not.
    /// </remarks>
    private protected override Allocation<TKey> AllocateValid(long total, ReadOnlySpan<WeightedParty<TKey>> parties, long weightTotal)
    {
        int count = parties.Length;

        // The remainders are sorted in two steps: first into buckets by their leading bits (a
        // counting sort, in linear time), then by the full order, within buckets. There are
        // between one and two buckets a party (fewer when the weight total is small);
        // remainders are usually spread evenly, so most buckets hold one party or none.
        int remainderBits = 64 - BitOperations.LeadingZeroCount((ulong)(weightTotal - 1));
        int bucketBits = count <= 1 ? 0 : Math.Min(BitOperations.Log2((uint)(count - 1)) + 1, 30);
        int shift = Math.Max(0, remainderBits - bucketBits);
        int bucketCount = (int)((ulong)(weightTotal - 1) >> shift) + 1;

        PartyQuota[]? rentedQuotas = null;
        int[]? rentedInts = null;
        Span<PartyQuota> quotas = count <= StackLimit ? stackalloc PartyQuota[count] : Rent(count, out rentedQuotas);
        Span<int> ints = count <= StackLimit ? stackalloc int[count + bucketCount] : Rent(count + bucketCount, out rentedInts);
        Span<int> order = ints[..count];
        Span<int> bucketEnds = ints.Slice(count, bucketCount);
        try
        {
            if (rentedInts is not null)
            {
                bucketEnds.Clear();
            }

            long floorSum = Quotas(new QuotaDivider(total, weightTotal), parties, quotas, bucketEnds, shift);

            // Each remainder is below the weight total, so fewer units than parties are left over.
            long leftover = total - floorSum;

            int largestBucket = StartBuckets(bucketEnds);
            PlaceInBuckets(quotas, bucketEnds, shift, order);
            if (largestBucket > InsertionSortLimit)
            {
                SortLargeBuckets(order, bucketEnds, quotas, parties);
            }

            // Every bucket is before the next in the order, so one insertion sort over all
            // parties moves none past its bucket: its work is that of sorting each bucket (the
            // large ones are sorted already), and there is no loop over the buckets.
            InsertionSort(order, quotas, parties);

            var line = new LeftoverLine(order, leftover, quotas, parties);
            AllocationShare<TKey>[] shares = Shares(parties, quotas, weightTotal, leftover, line);
            return new Allocation<TKey>(this, total, weightTotal, leftover, ImmutableCollectionsMarshal.AsImmutableArray(shares));
        }
        finally
        {
            ReturnToPool(rentedQuotas);
            ReturnToPool(rentedInts);
        }
    }

    /// <summary>
    /// Computes every party's exact quota once, keeps its whole part and remainder, and counts
    /// the parties of each bucket. Returns the sum of the whole parts.
    /// </summary>
    private static long Quotas(QuotaDivider divider, ReadOnlySpan<WeightedParty<TKey>> parties, Span<PartyQuota> quotas, Span<int> bucketSizes, int shift)
    {
        long floorSum = 0;
        for (int i = 0; i < parties.Length; i++)
        {
            ExactQuota quota = divider.QuotaOf(parties[i].Weight);
            floorSum += quota.Whole;
            quotas[i].Whole = quota.Whole;
            quotas[i].Remainder = quota.Remainder;
            bucketSizes[BucketOf(quota.Remainder, shift, bucketSizes.Length)]++;
        }

        return floorSum;
    }

    /// <summary>Turns each bucket's size into its start, in descending order of remainder. Returns the largest size.</summary>
    private static int StartBuckets(Span<int> bucketEnds)
    {
        int start = 0;
        int largest = 0;
        for (int bucket = 0; bucket < bucketEnds.Length; bucket++)
        {
            int size = bucketEnds[bucket];
            bucketEnds[bucket] = start;
            start += size;
            largest = Math.Max(largest, size);
        }

        return largest;
    }

    /// <summary>
    /// Puts each party's index at the next place of its bucket, and takes that place as its rank
    /// until the sort within the buckets moves it; each bucket's start becomes its end.
    /// </summary>
    private static void PlaceInBuckets(Span<PartyQuota> quotas, Span<int> bucketEnds, int shift, Span<int> order)
    {
        for (int i = 0; i < quotas.Length; i++)
        {
            int position = bucketEnds[BucketOf(quotas[i].Remainder, shift, bucketEnds.Length)]++;
            order[position] = i;
            quotas[i].Rank = position;
        }
    }

    /// <summary>The bucket of a remainder: its leading bits, counted from the largest remainders down.</summary>
    private static int BucketOf(long remainder, int shift, int bucketCount) => bucketCount - 1 - (int)((ulong)remainder >> shift);

    /// <summary>
    /// Builds every share in the order the parties were given. The loop writes every element, so
    /// the array need not be zeroed first (the runtime still zeroes it when a share holds a
    /// reference, or when the array is small).
    /// </summary>
    private static AllocationShare<TKey>[] Shares(ReadOnlySpan<WeightedParty<TKey>> parties, ReadOnlySpan<PartyQuota> quotas, long weightTotal, long leftover, LeftoverLine line)
    {
        // Indexed by the side of the line: 0 below it (no leftover unit), 1 above it (one unit).
        Span<long> rivalRemainders = [line.LastReceiverRemainder, line.FirstLeftOutRemainder];
        ReadOnlySpan<ShareReason> usualReasons = [ShareReason.RemainderTooSmall, ShareReason.LargestRemainder];

        AllocationShare<TKey>[] shares = GC.AllocateUninitializedArray<AllocationShare<TKey>>(parties.Length);
        for (int i = 0; i < shares.Length; i++)
        {
            WeightedParty<TKey> party = parties[i];
            PartyQuota partyQuota = quotas[i];
            var quota = new ExactQuota(partyQuota.Whole, partyQuota.Remainder, weightTotal);

            // The side of the line is as good as random from one party to the next, so it is
            // taken from the sign of rank − leftover instead of a branch the processor would
            // mispredict half the time. A remainder that differs from that of the rival across
            // the line, and is not zero, decides the reason alone; ties and whole quotas, which
            // are rare, take the full reasoning.
            int above = (int)((partyQuota.Rank - leftover) >>> 63);
            ShareReason reason = quota.Remainder != rivalRemainders[above] && !quota.IsWhole
                ? usualReasons[above]
                : line.ReasonAtTheLine(quota, party.Weight, above != 0);
            shares[i] = new AllocationShare<TKey>(party.Party, party.Weight, quota, quota.Whole + above, partyQuota.Rank + 1, reason);
        }

        return shares;
    }

    /// <summary>Scratch space of the shared pool, beyond the stack limit.</summary>
    private static Span<T> Rent<T>(int length, out T[] rented)
    {
        rented = ArrayPool<T>.Shared.Rent(length);
        return rented.AsSpan(0, length);
    }

    /// <summary>Gives scratch space back to the shared pool, if it came from there.</summary>
    private static void ReturnToPool<T>(T[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Sorts indices into the order of rule ALLOC-2 by insertion sort, and keeps each party's
    /// rank its place in the order. The indices come bucketed, and buckets are small (about one
    /// party each), so few move, and only a few places; the remainders decide almost every
    /// comparison, and only ties look at weights and parties.
    /// </summary>
    private static void InsertionSort(Span<int> order, Span<PartyQuota> quotas, ReadOnlySpan<WeightedParty<TKey>> parties)
    {
        for (int i = 1; i < order.Length; i++)
        {
            int index = order[i];
            long remainder = quotas[index].Remainder;
            int j = i - 1;
            if (j < 0 || !Precedes(index, remainder, order[j], quotas, parties))
            {
                continue;
            }

            do
            {
                int moved = order[j];
                order[j + 1] = moved;
                quotas[moved].Rank = j + 1;
                j--;
            }
            while (j >= 0 && Precedes(index, remainder, order[j], quotas, parties));

            order[j + 1] = index;
            quotas[index].Rank = j + 1;
        }
    }

    /// <summary>Whether party <paramref name="x"/> (of remainder <paramref name="remainderX"/>) comes before party <paramref name="y"/> in the order of rule ALLOC-2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Precedes(int x, long remainderX, int y, ReadOnlySpan<PartyQuota> quotas, ReadOnlySpan<WeightedParty<TKey>> parties)
    {
        long remainderY = quotas[y].Remainder;
        return remainderX != remainderY
            ? remainderX > remainderY
            : BreakTie(in parties[x], in parties[y]) < 0;
    }

    /// <summary>
    /// Sorts each bucket of more than <see cref="InsertionSortLimit"/> parties (many parties whose
    /// remainders share their leading bits: mass ties, such as many equal weights) with the BCL's
    /// O(n log n) sort. That sort cannot take a comparer over spans, so what it compares is copied
    /// first: this path allocates, the common one does not.
    /// </summary>
    private static void SortLargeBuckets(Span<int> order, ReadOnlySpan<int> bucketEnds, Span<PartyQuota> quotas, ReadOnlySpan<WeightedParty<TKey>> parties)
    {
        int start = 0;
        foreach (int end in bucketEnds)
        {
            if (end - start > InsertionSortLimit)
            {
                SortManyTies(order[start..end], quotas, parties);
                for (int position = start; position < end; position++)
                {
                    quotas[order[position]].Rank = position;
                }
            }

            start = end;
        }
    }

    /// <summary>Sorts one large bucket by the BCL's sort, on a copy of what it compares.</summary>
    private static void SortManyTies(Span<int> bucket, ReadOnlySpan<PartyQuota> quotas, ReadOnlySpan<WeightedParty<TKey>> parties)
    {
        var entries = new (long Remainder, WeightedParty<TKey> Party, int Index)[bucket.Length];
        for (int k = 0; k < bucket.Length; k++)
        {
            entries[k] = (quotas[bucket[k]].Remainder, parties[bucket[k]], bucket[k]);
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
        return byRemainder != 0 ? byRemainder : BreakTie(in a, in b);
    }

    /// <summary>The tie-break of rule ALLOC-2 between equal remainders: weight descending, then party ascending.</summary>
    /// <remarks>Out of line: it is rare, and the key's comparison may be large.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int BreakTie(in WeightedParty<TKey> a, in WeightedParty<TKey> b)
    {
        int byWeight = b.Weight.CompareTo(a.Weight);
        return byWeight != 0 ? byWeight : a.Party.CompareTo(b.Party);
    }

    /// <summary>A party's exact quota as the allocation works on it: the whole part, the remainder over the weight total, and the party's place in the order of the remainders (0 = first).</summary>
    private struct PartyQuota
    {
        public long Whole;
        public long Remainder;
        public int Rank;
    }

    /// <summary>
    /// The parties either side of the line between those that get a leftover unit and those that
    /// do not: the first that gets none (there is one, as fewer units than parties are left over)
    /// and the last that gets one. The reasons compare each party with them. With no units left
    /// over every remainder is zero, so every reason is an exact quota, whatever the line.
    /// </summary>
    private readonly struct LeftoverLine
    {
        public LeftoverLine(ReadOnlySpan<int> order, long leftover, ReadOnlySpan<PartyQuota> quotas, ReadOnlySpan<WeightedParty<TKey>> parties)
        {
            int firstLeftOut = order[(int)leftover];
            int lastReceiver = leftover == 0 ? firstLeftOut : order[(int)leftover - 1];
            FirstLeftOutRemainder = quotas[firstLeftOut].Remainder;
            FirstLeftOutWeight = parties[firstLeftOut].Weight;
            LastReceiverRemainder = quotas[lastReceiver].Remainder;
            LastReceiverWeight = parties[lastReceiver].Weight;
        }

        public long FirstLeftOutRemainder { get; }

        public long FirstLeftOutWeight { get; }

        public long LastReceiverRemainder { get; }

        public long LastReceiverWeight { get; }

        /// <summary>Why a party has its amount, when its remainder ties with the rival's across the line, or is zero.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public ShareReason ReasonAtTheLine(ExactQuota quota, long weight, bool receives) => receives
            ? ReasonForReceiver(quota, weight)
            : ReasonForNonReceiver(quota, weight);

        /// <summary>Why a receiver of a leftover unit beat the first party that got none.</summary>
        private ShareReason ReasonForReceiver(ExactQuota quota, long weight)
        {
            if (quota.Remainder > FirstLeftOutRemainder)
            {
                return ShareReason.LargestRemainder;
            }

            return weight > FirstLeftOutWeight
                ? ShareReason.LargestRemainderTieBrokenByWeight
                : ShareReason.LargestRemainderTieBrokenByParty;
        }

        /// <summary>Why a party that got no leftover unit lost to the last party that got one.</summary>
        private ShareReason ReasonForNonReceiver(ExactQuota quota, long weight)
        {
            if (quota.IsWhole)
            {
                return ShareReason.ExactQuota;
            }

            if (quota.Remainder < LastReceiverRemainder)
            {
                return ShareReason.RemainderTooSmall;
            }

            return weight < LastReceiverWeight
                ? ShareReason.LostRemainderTieOnWeight
                : ShareReason.LostRemainderTieOnParty;
        }
    }
}
