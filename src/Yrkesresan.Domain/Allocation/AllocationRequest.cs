using System.Buffers;
using System.Numerics;

namespace Yrkesresan.Domain.Allocation;

/// <summary>The checks every allocation request passes before any rounding policy sees it.</summary>
internal static class AllocationRequest
{
    private const int StackLimit = 1024;

    /// <summary>
    /// Finds every problem of a request. Returns null (and allocates nothing) for a valid request.
    /// </summary>
    public static List<AllocationProblem>? Validate<TKey>(long total, ReadOnlySpan<WeightedParty<TKey>> parties, out long weightTotal)
        where TKey : notnull, IComparable<TKey>
    {
        List<AllocationProblem>? problems = null;
        weightTotal = 0;

        if (total < 0)
        {
            Add(ref problems, AllocationProblemCode.NegativeTotal, null, LocalizedText.Format(AllocationTexts.NegativeTotal, total));
        }

        if (parties.IsEmpty)
        {
            Add(ref problems, AllocationProblemCode.NoParties, null, AllocationTexts.NoParties);
            return problems;
        }

        bool overflowed = false;
        bool anyMissing = false;
        bool anyNegative = false;
        foreach (WeightedParty<TKey> party in parties)
        {
            if (party.Party is null)
            {
                anyMissing = true;
                Add(ref problems, AllocationProblemCode.MissingParty, null, AllocationTexts.MissingParty);
            }

            if (party.Weight < 0)
            {
                anyNegative = true;
                Add(ref problems, AllocationProblemCode.NegativeWeight, Describe(party.Party), LocalizedText.Format(AllocationTexts.NegativeWeight, party.Weight));
            }
            else if (!overflowed)
            {
                long sum = weightTotal + party.Weight;
                if (sum < weightTotal)
                {
                    overflowed = true;
                }
                else
                {
                    weightTotal = sum;
                }
            }
        }

        if (overflowed)
        {
            weightTotal = 0;
            Add(ref problems, AllocationProblemCode.WeightTotalTooLarge, null, LocalizedText.Format(AllocationTexts.WeightTotalTooLarge, long.MaxValue));
        }
        else if (weightTotal == 0 && !anyNegative)
        {
            Add(ref problems, AllocationProblemCode.AllWeightsZero, null, AllocationTexts.AllWeightsZero);
        }

        if (!anyMissing && HasDuplicates(parties))
        {
            foreach (IGrouping<TKey, WeightedParty<TKey>> group in parties.ToArray().GroupBy(p => p.Party).Where(g => g.Count() > 1))
            {
                Add(ref problems, AllocationProblemCode.DuplicateParty, Describe(group.Key), LocalizedText.Format(AllocationTexts.DuplicateParty, group.Count()));
            }
        }

        return problems;
    }

    public static void Add(ref List<AllocationProblem>? problems, AllocationProblemCode code, string? party, string message) =>
        (problems ??= []).Add(new AllocationProblem(code, party, message));

    public static string? Describe<TKey>(TKey? party) => party?.ToString();

    /// <summary>Whether any party appears twice, by an open-addressing hash set on the stack (no allocation for small requests).</summary>
    private static bool HasDuplicates<TKey>(ReadOnlySpan<WeightedParty<TKey>> parties)
        where TKey : notnull, IComparable<TKey>
    {
        if (parties.Length < 2)
        {
            return false;
        }

        int size = (int)BitOperations.RoundUpToPowerOf2((uint)parties.Length * 2);
        int[]? rented = null;
        Span<int> slots = size <= StackLimit ? stackalloc int[size] : (rented = ArrayPool<int>.Shared.Rent(size)).AsSpan(0, size);
        try
        {
            slots.Clear();
            int mask = size - 1;

            // Fibonacci hashing: the top bits of the hash times 2^32/φ pick the slot, so that keys
            // whose hashes come in dense runs (municipality codes: 2505, 2506, 2510, ...) spread
            // over the table instead of piling up in long probe chains.
            int shift = 32 - BitOperations.Log2((uint)size);
            EqualityComparer<TKey> comparer = EqualityComparer<TKey>.Default;
            for (int i = 0; i < parties.Length; i++)
            {
                TKey party = parties[i].Party;
                int slot = (int)(((uint)comparer.GetHashCode(party) * 0x9E3779B9u) >> shift);
                while (slots[slot] != 0)
                {
                    if (comparer.Equals(parties[slots[slot] - 1].Party, party))
                    {
                        return true;
                    }

                    slot = (slot + 1) & mask;
                }

                slots[slot] = i + 1;
            }

            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }
}
