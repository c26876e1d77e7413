using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// The policy of regions whose tradition it is: each share is its exact quota rounded half up,
/// and the difference between the total and the sum of rounded shares is put on one named
/// party, so that the parts still add up to the whole.
/// </summary>
/// <typeparam name="TKey">What identifies a party.</typeparam>
/// <remarks>
/// <para>
/// This is how the kronor column of Norrbotten's published table was made (rule <c>ALLOC-3</c>:
/// half up, surplus taken off Piteå). Unlike <see cref="LargestRemainderPolicy{TKey}"/>, the
/// named party's share can be more than one unit from its quota.
/// </para>
/// <para>The request is refused when the named party is not among the parties, or when the
/// residual would make its share negative.</para>
/// </remarks>
public sealed class HalfUpWithResidualPolicy<TKey> : RoundingPolicy<TKey>
    where TKey : notnull, IComparable<TKey>
{
    /// <summary>Creates the policy.</summary>
    /// <param name="residualParty">The party that takes the difference between the total and the sum of rounded shares.</param>
    /// <exception cref="ArgumentNullException"><paramref name="residualParty"/> is null.</exception>
    public HalfUpWithResidualPolicy(TKey residualParty)
    {
        Guard.Against.Null(residualParty);
        ResidualParty = residualParty;
    }

    /// <summary>The party that takes the difference between the total and the sum of rounded shares.</summary>
    public TKey ResidualParty { get; }

    /// <inheritdoc />
    public override string Name => LocalizedText.Format(AllocationTexts.HalfUpPolicyName, ResidualParty);

    /// <inheritdoc />
    private protected override void AddPolicyProblems(ReadOnlySpan<WeightedParty<TKey>> parties, ref List<AllocationProblem>? problems)
    {
        if (!parties.IsEmpty && IndexOfResidualParty(parties) < 0)
        {
            AllocationRequest.Add(
                ref problems,
                AllocationProblemCode.ResidualPartyMissing,
                AllocationRequest.Describe(ResidualParty),
                AllocationTexts.ResidualPartyMissing);
        }
    }

    /// <inheritdoc />
    private protected override Allocation<TKey> AllocateValid(long total, ReadOnlySpan<WeightedParty<TKey>> parties, long weightTotal)
    {
        int count = parties.Length;
        var shares = new AllocationShare<TKey>[count];
        // Each rounded share is at most the total, but their sum can pass long.MaxValue for the largest totals.
        Int128 roundedSum = 0;
        for (int i = 0; i < count; i++)
        {
            WeightedParty<TKey> party = parties[i];
            ExactQuota quota = ExactQuota.OfUnchecked(total, party.Weight, weightTotal);
            long rounded = quota.RoundHalfUp();
            roundedSum += rounded;
            ShareReason reason = quota.IsWhole
                ? ShareReason.ExactQuota
                : rounded == quota.Whole ? ShareReason.RoundedDown : ShareReason.RoundedUp;
            shares[i] = new AllocationShare<TKey>(party.Party, party.Weight, quota, rounded, 0, reason);
        }

        // The residual is small (at most half the number of parties), and the adjusted share lies in [.., total].
        long residual = (long)(total - roundedSum);
        int target = IndexOfResidualParty(parties);
        AllocationShare<TKey> named = shares[target];
        long adjusted = named.Amount + residual;
        if (adjusted < 0)
        {
            throw new AllocationInputException(
            [
                new AllocationProblem(
                    AllocationProblemCode.ResidualMakesShareNegative,
                    AllocationRequest.Describe(ResidualParty),
                    LocalizedText.Format(AllocationTexts.ResidualMakesShareNegative, residual, adjusted)),
            ]);
        }

        shares[target] = new AllocationShare<TKey>(
            named.Party,
            named.Weight,
            named.Quota,
            adjusted,
            0,
            residual == 0 ? named.Reason : ShareReason.AbsorbedResidual);

        return new Allocation<TKey>(this, total, weightTotal, residual, ImmutableCollectionsMarshal.AsImmutableArray(shares));
    }

    private int IndexOfResidualParty(ReadOnlySpan<WeightedParty<TKey>> parties)
    {
        for (int i = 0; i < parties.Length; i++)
        {
            if (EqualityComparer<TKey>.Default.Equals(parties[i].Party, ResidualParty))
            {
                return i;
            }
        }

        return -1;
    }
}
