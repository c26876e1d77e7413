using System.Runtime.CompilerServices;

namespace Yrkesresan.Domain.Allocation;

/// <content>
/// The ranking of the remainders (rule <c>ALLOC-2</c>): the parties come bucketed by the leading bits of their
/// remainders; this orders them within the buckets, largest remainder first, ties to the larger weight, then to the lower
/// party.
/// </content>
public sealed partial class LargestRemainderPolicy<TKey>
{
    /// <summary>
    /// Sorts indices by remainder, descending, by insertion sort, and keeps each party's rank its
    /// place in the order. The indices come bucketed, and buckets are small (about one party
    /// each), so few move, and only a few places. The sort is stable and compares remainders
    /// only, so that its loop makes no call; equal remainders are ordered afterwards
    /// (<see cref="BreakTies"/>). Returns whether any two remainders ended side by side equal.
    /// </summary>
    /// <remarks>
    /// Two equal remainders that end side by side were compared where the later one stopped:
    /// a party moves left only past smaller remainders, so it never stops right before an equal one it passed.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool InsertionSort(Span<int> order, Span<PartyQuota> quotas)
    {
        bool anyTie = false;
        for (int i = 1; i < order.Length; i++)
        {
            int index = order[i];
            long remainder = quotas[index].Remainder;
            int j = i - 1;
            long before = quotas[order[j]].Remainder;
            if (remainder <= before)
            {
                anyTie |= remainder == before;
                continue;
            }

            do
            {
                int moved = order[j];
                order[j + 1] = moved;
                quotas[moved].Rank = j + 1;
                j--;
            }
            while (j >= 0 && remainder > (before = quotas[order[j]].Remainder));

            anyTie |= j >= 0 && remainder == before;
            order[j + 1] = index;
            quotas[index].Rank = j + 1;
        }

        return anyTie;
    }

    /// <summary>
    /// Orders each run of equal remainders by the tie-break of rule ALLOC-2 (weight descending,
    /// then party ascending), by insertion sort, keeping the ranks. Runs are rare and short
    /// except for mass ties, whose buckets <see cref="SortLargeBuckets"/> has sorted already.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BreakTies(Span<int> order, Span<PartyQuota> quotas, ReadOnlySpan<WeightedParty<TKey>> parties)
    {
        for (int i = 1; i < order.Length; i++)
        {
            int index = order[i];
            long remainder = quotas[index].Remainder;
            int j = i - 1;
            if (quotas[order[j]].Remainder != remainder || BreakTie(in parties[index], in parties[order[j]]) >= 0)
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
            while (j >= 0 && quotas[order[j]].Remainder == remainder && BreakTie(in parties[index], in parties[order[j]]) < 0);

            order[j + 1] = index;
            quotas[index].Rank = j + 1;
        }
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
}
