using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Allocation;

/// <summary>The checks every allocation request passes before any rounding policy sees it.</summary>
internal static class AllocationRequest
{
    private const int StackLimit = 1024;

    /// <summary>The words of the bitmap of municipality codes: 157 words of 64 bits hold the 10 000 codes 0000 to 9999.</summary>
    private const int BitmapWords = 157;

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

        (long sumOfWeights, bool anyMissing, bool anyNegative, bool overflowed) = SumOfWeights(parties);
        if (anyMissing || anyNegative)
        {
            AddPartyProblems(ref problems, parties);
        }

        weightTotal = sumOfWeights;
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

    /// <summary>
    /// The sum of the weights that are not negative (up to the first overflow), and whether any
    /// party is missing, any weight negative, or the sum too large. One tight pass: a valid
    /// request, the common case, writes no problem, and the loop keeps everything in registers.
    /// </summary>
    private static (long Sum, bool AnyMissing, bool AnyNegative, bool Overflowed) SumOfWeights<TKey>(ReadOnlySpan<WeightedParty<TKey>> parties)
        where TKey : notnull, IComparable<TKey>
    {
        long sumOfWeights = 0;
        bool overflowed = false;
        bool anyMissing = false;
        bool anyNegative = false;
        foreach (WeightedParty<TKey> party in parties)
        {
            // An if, not anyMissing |= party.Party is null: the JIT drops the test for a key
            // that is a value type only in this form, and boxed the key in the other.
            if (party.Party is null)
            {
                anyMissing = true;
            }

            if (party.Weight < 0)
            {
                anyNegative = true;
            }
            else if (!overflowed)
            {
                long sum = sumOfWeights + party.Weight;
                overflowed = sum < sumOfWeights;
                sumOfWeights = overflowed ? sumOfWeights : sum;
            }
        }

        return (sumOfWeights, anyMissing, anyNegative, overflowed);
    }

    /// <summary>Adds a problem for each missing party and each negative weight, in the order of the parties.</summary>
    private static void AddPartyProblems<TKey>(ref List<AllocationProblem>? problems, ReadOnlySpan<WeightedParty<TKey>> parties)
        where TKey : notnull, IComparable<TKey>
    {
        foreach (WeightedParty<TKey> party in parties)
        {
            if (party.Party is null)
            {
                Add(ref problems, AllocationProblemCode.MissingParty, null, AllocationTexts.MissingParty);
            }

            if (party.Weight < 0)
            {
                Add(ref problems, AllocationProblemCode.NegativeWeight, Describe(party.Party), LocalizedText.Format(AllocationTexts.NegativeWeight, party.Weight));
            }
        }
    }

    public static void Add(ref List<AllocationProblem>? problems, AllocationProblemCode code, string? party, string message) =>
        (problems ??= []).Add(new AllocationProblem(code, party, message));

    public static string? Describe<TKey>(TKey? party) => party?.ToString();

    /// <summary>Whether any party appears twice.</summary>
    private static bool HasDuplicates<TKey>(ReadOnlySpan<WeightedParty<TKey>> parties)
        where TKey : notnull, IComparable<TKey>
    {
        if (parties.Length < 2)
        {
            return false;
        }

        // The JIT compiles this test away in each instantiation: municipality codes, the
        // library's own parties, take the bitmap; every other key the hash set.
        return typeof(TKey) == typeof(MunicipalityCode)
            ? HasDuplicateCodes(MemoryMarshal.Cast<WeightedParty<TKey>, WeightedParty<MunicipalityCode>>(parties))
            : HasDuplicateKeys(parties);
    }

    /// <summary>
    /// Whether any municipality code appears twice: one pass when the codes come in order, else a
    /// bitmap of the 10 000 four-digit codes on the stack (1 256 bytes), with no hashing, no
    /// probing and no branch but the one that finds a duplicate.
    /// </summary>
    private static bool HasDuplicateCodes(ReadOnlySpan<WeightedParty<MunicipalityCode>> parties)
    {
        // Municipalities usually come in code order (region files, Statistics Sweden's lists):
        // codes that strictly increase are all different, which one comparison a party shows.
        return !InStrictlyIncreasingOrder(parties) && HasDuplicateCodesInAnyOrder(parties);
    }

    /// <summary>Whether every code is greater than the one before it.</summary>
    private static bool InStrictlyIncreasingOrder(ReadOnlySpan<WeightedParty<MunicipalityCode>> parties)
    {
        for (int i = 1; i < parties.Length; i++)
        {
            if (parties[i].Party.Value <= parties[i - 1].Party.Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether any municipality code appears twice, in whatever order the parties come.</summary>
    private static bool HasDuplicateCodesInAnyOrder(ReadOnlySpan<WeightedParty<MunicipalityCode>> parties)
    {
        // Code c is bit c ÷ 157 of word c mod 157 (157 × 64 ≥ 10 000), not bit c mod 64 of word
        // c ÷ 64: parties that come mostly in code order would otherwise put neighbouring codes
        // in one word, and make each step wait for the previous one's store to that word.
        Span<ulong> seen = stackalloc ulong[BitmapWords];
        foreach (WeightedParty<MunicipalityCode> party in parties)
        {
            int code = party.Party.Value;
            ulong bit = 1UL << (code / BitmapWords);
            ref ulong word = ref seen[code % BitmapWords];
            if ((word & bit) != 0)
            {
                return true;
            }

            word |= bit;
        }

        return false;
    }

    /// <summary>Whether any party appears twice, by an open-addressing hash set on the stack (no allocation for small requests).</summary>
    private static bool HasDuplicateKeys<TKey>(ReadOnlySpan<WeightedParty<TKey>> parties)
        where TKey : notnull, IComparable<TKey>
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)parties.Length * 2);
        int[]? rented = null;
        Span<int> slots = size <= StackLimit ? stackalloc int[size] : (rented = ArrayPool<int>.Shared.Rent(size)).AsSpan(0, size);
        try
        {
            // The stack is cleared by stackalloc; a pooled array is not.
            if (rented is not null)
            {
                slots.Clear();
            }

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
