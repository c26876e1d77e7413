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
public sealed partial class LargestRemainderPolicy<TKey> : RoundingPolicy<TKey>
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
    public override string Name => AllocationTexts.LargestRemainderPolicyName;

    /// <inheritdoc />
    /// <remarks>
    /// Each step is its own method over spans, never inlined: each loop then has the registers
    /// to itself, where one long method spilled its variables to the stack in every loop.
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
            if (InsertionSort(order, quotas))
            {
                BreakTies(order, quotas, parties);
            }

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
    /// <remarks>
    /// When every product fits in 64 bits, as it does for all but the largest totals and
    /// weights, the loop makes no call: a call in a loop makes the JIT keep the loop's variables
    /// on the stack, and the sum would then wait for a store and a load at every step.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Quotas(QuotaDivider divider, ReadOnlySpan<WeightedParty<TKey>> parties, Span<PartyQuota> quotas, Span<int> bucketSizes, int shift)
    {
        long floorSum = 0;
        if (divider.EveryProductFits)
        {
            for (int i = 0; i < parties.Length; i++)
            {
                floorSum += Keep(divider.NarrowQuotaOf(parties[i].Weight), ref quotas[i], bucketSizes, shift);
            }
        }
        else
        {
            for (int i = 0; i < parties.Length; i++)
            {
                floorSum += Keep(divider.QuotaOf(parties[i].Weight), ref quotas[i], bucketSizes, shift);
            }
        }

        return floorSum;
    }

    /// <summary>Keeps a party's quota, counts it in its bucket, and returns its whole part.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Keep(ExactQuota quota, ref PartyQuota kept, Span<int> bucketSizes, int shift)
    {
        kept.Whole = quota.Whole;
        kept.Remainder = quota.Remainder;
        bucketSizes[BucketOf(quota.Remainder, shift, bucketSizes.Length)]++;
        return quota.Whole;
    }

    /// <summary>Turns each bucket's size into its start, in descending order of remainder. Returns the largest size.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
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
    [MethodImpl(MethodImplOptions.NoInlining)]
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
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AllocationShare<TKey>[] Shares(ReadOnlySpan<WeightedParty<TKey>> parties, ReadOnlySpan<PartyQuota> quotas, long weightTotal, long leftover, LeftoverLine line)
    {
        // Indexed by the side of the line: 0 below it (no leftover unit), 1 above it (one unit).
        ReadOnlySpan<ShareReason> usualReasons = [ShareReason.RemainderTooSmall, ShareReason.LargestRemainder];
        Span<long> rivalRemainders = [line.LastReceiverRemainder, line.FirstLeftOutRemainder];

        AllocationShare<TKey>[] shares = GC.AllocateUninitializedArray<AllocationShare<TKey>>(parties.Length);
        bool anyAtTheLine = false;
        for (int i = 0; i < shares.Length; i++)
        {
            WeightedParty<TKey> party = parties[i];
            PartyQuota quota = quotas[i];

            // The side of the line is as good as random from one party to the next, so it is
            // taken from the sign of rank − leftover instead of a branch the processor would
            // mispredict half the time. The usual reason of each side is right unless the
            // remainder ties with the rival's across the line, or is zero: those few are noted
            // here (with | rather than ||, so without a branch) and corrected below, outside
            // this loop, which then makes no call.
            int above = (int)((quota.Rank - leftover) >>> 63);
            anyAtTheLine |= (quota.Remainder == rivalRemainders[above]) | (quota.Remainder == 0);
            shares[i] = new AllocationShare<TKey>(
                party.Party,
                party.Weight,
                new ExactQuota(quota.Whole, quota.Remainder, weightTotal),
                quota.Whole + above,
                quota.Rank + 1,
                usualReasons[above]);
        }

        if (anyAtTheLine)
        {
            GiveReasonsAtTheLine(shares, line);
        }

        return shares;
    }

    /// <summary>Gives the full reason to each share whose remainder ties with the rival's across the line, or is zero.</summary>
    private static void GiveReasonsAtTheLine(AllocationShare<TKey>[] shares, LeftoverLine line)
    {
        for (int i = 0; i < shares.Length; i++)
        {
            AllocationShare<TKey> share = shares[i];
            bool receives = share.Adjustment == 1;
            long remainder = share.Quota.Remainder;
            if (remainder == (receives ? line.FirstLeftOutRemainder : line.LastReceiverRemainder) || remainder == 0)
            {
                ShareReason reason = line.ReasonAtTheLine(share.Quota, share.Weight, receives);
                shares[i] = new AllocationShare<TKey>(share.Party, share.Weight, share.Quota, share.Amount, share.RemainderRank, reason);
            }
        }
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
