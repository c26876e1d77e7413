using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// One party's share of an allocation, with what it takes to check it by hand: the exact quota,
/// its floor, the amount given and why (rule <c>ALLOC-2</c>).
/// </summary>
/// <typeparam name="TKey">What identifies a party.</typeparam>
/// <remarks>This is an immutable value type and safe to share between threads.</remarks>
public readonly record struct AllocationShare<TKey>
    where TKey : notnull, IComparable<TKey>
{
    internal AllocationShare(TKey party, long weight, ExactQuota quota, long amount, int remainderRank, ShareReason reason)
    {
        Party = party;
        Weight = weight;
        Quota = quota;
        Amount = amount;
        RemainderRank = remainderRank;
        Reason = reason;
    }

    /// <summary>The party.</summary>
    public TKey Party { get; }

    /// <summary>The party's weight.</summary>
    public long Weight { get; }

    /// <summary>The exact, unrounded share: <c>total × weight ÷ weight total</c>.</summary>
    public ExactQuota Quota { get; }

    /// <summary>The floor of the exact quota.</summary>
    public long Floor => Quota.Floor;

    /// <summary>The whole number of units the party gets.</summary>
    public long Amount { get; }

    /// <summary>
    /// What rounding added to the floor: under the largest-remainder method 1 for a party that
    /// received a leftover unit and 0 otherwise; under half up, the rounding plus any residual.
    /// </summary>
    public long Adjustment => Amount - Floor;

    /// <summary>
    /// Under the largest-remainder method, the party's place (1 = first) in the order in which
    /// leftover units are given: remainder descending, then weight descending, then party
    /// ascending. 0 under policies that do not rank remainders.
    /// </summary>
    public int RemainderRank { get; }

    /// <summary>Why the amount is what it is.</summary>
    public ShareReason Reason { get; }

    /// <summary>The party's share read as an amount of whole kronor (for allocations whose unit is one krona).</summary>
    /// <returns>The amount in kronor.</returns>
    /// <exception cref="OverflowException">The amount is too large to hold as öre.</exception>
    public Sek AmountInKronor() => Sek.FromKronor(Amount);

    /// <summary>One readable sentence that explains the share, for people checking the figures by hand, in the current UI culture.</summary>
    /// <returns>For example <c>"2580: weight 78 346, exact quota 298397 + 133084/249428, floor 298 397, amount 298 397 (remainder rank 9): ..."</c>.</returns>
    public string Explain()
    {
        string weight = SwedishNumberFormat.FormatInteger(Weight);
        string floor = SwedishNumberFormat.FormatInteger(Floor);
        string amount = SwedishNumberFormat.FormatInteger(Amount);
        return RemainderRank > 0
            ? LocalizedText.Format(AllocationTexts.ShareExplainedWithRank, Party, weight, Quota, floor, amount, RemainderRank, Describe(Reason))
            : LocalizedText.Format(AllocationTexts.ShareExplained, Party, weight, Quota, floor, amount, Describe(Reason));
    }

    /// <summary>The same as <see cref="Explain"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explain();

    private static string Describe(ShareReason reason) => reason switch
    {
        ShareReason.ExactQuota => AllocationTexts.ShareReasonExactQuota,
        ShareReason.LargestRemainder => AllocationTexts.ShareReasonLargestRemainder,
        ShareReason.LargestRemainderTieBrokenByWeight => AllocationTexts.ShareReasonTieBrokenByWeight,
        ShareReason.LargestRemainderTieBrokenByParty => AllocationTexts.ShareReasonTieBrokenByParty,
        ShareReason.RemainderTooSmall => AllocationTexts.ShareReasonRemainderTooSmall,
        ShareReason.LostRemainderTieOnWeight => AllocationTexts.ShareReasonLostTieOnWeight,
        ShareReason.LostRemainderTieOnParty => AllocationTexts.ShareReasonLostTieOnParty,
        ShareReason.RoundedDown => AllocationTexts.ShareReasonRoundedDown,
        ShareReason.RoundedUp => AllocationTexts.ShareReasonRoundedUp,
        ShareReason.AbsorbedResidual => AllocationTexts.ShareReasonAbsorbedResidual,
        _ => reason.ToString(),
    };
}
