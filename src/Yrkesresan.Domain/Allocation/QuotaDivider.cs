using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// The exact quotas <c>total × weight ÷ weight total</c> of many parties of one allocation, which
/// all divide by the same weight total: the divisor's reciprocal is computed once, and each
/// quota whose product fits in 64 bits then costs three multiplications and a subtraction instead
/// of a hardware division (rule <c>ALLOC-2</c>, decision 0002).
/// </summary>
/// <remarks>
/// <para>
/// A 64-bit division takes several times as long as a multiplication, and the largest-remainder
/// method needs one quota per party, so the division is most of the arithmetic. Compilers replace
/// a division by a constant with a multiplication by its reciprocal; this does the same for a
/// divisor known only at run time, as libdivide does, in the simplest exact form.
/// </para>
/// <para>
/// For the divisor <c>d</c> (at least 1) and a product <c>n &lt; 2⁶⁴</c>, with the reciprocal
/// <c>m = ⌊(2⁶⁴ − 1) ÷ d⌋</c> the estimate <c>q̂ = ⌊n × m ÷ 2⁶⁴⌋</c> (the high half of the
/// 128-bit product) is the true quotient <c>q = ⌊n ÷ d⌋</c> or one less:
/// </para>
/// <list type="bullet">
/// <item><c>m ≤ (2⁶⁴ − 1) ÷ d</c>, so <c>n × m ÷ 2⁶⁴ &lt; n ÷ d</c> and <c>q̂ ≤ q</c>;</item>
/// <item><c>m ≥ (2⁶⁴ − d) ÷ d</c>, so <c>n × m ÷ 2⁶⁴ ≥ n ÷ d − n ÷ 2⁶⁴ &gt; n ÷ d − 1 ≥ q − 1</c>, and <c>q̂ ≥ q − 1</c>.</item>
/// </list>
/// <para>
/// So the remainder <c>n − q̂ × d</c> lies in <c>[0, 2d)</c> (it cannot overflow, as <c>d &lt; 2⁶³</c>),
/// and one comparison and subtraction make it exact. No rounding is involved: the result is the
/// same quotient and remainder as a division gives, which the property tests check against
/// <see cref="System.Numerics.BigInteger"/> on both sides of <c>2⁶⁴</c>. A product of 2⁶⁴ or more
/// takes the 128-bit division of <see cref="ExactQuota"/>, which is rare (total and weight both
/// above about 4 × 10⁹).
/// </para>
/// </remarks>
internal readonly struct QuotaDivider
{
    private readonly long total;
    private readonly long weightTotal;
    private readonly ulong reciprocal;
    private readonly ulong largestNarrowWeight;

    /// <summary>Prepares the quotas of <paramref name="total"/> against <paramref name="weightTotal"/>.</summary>
    /// <param name="total">The total being shared; not negative (checked by the caller).</param>
    /// <param name="weightTotal">The sum of the weights; positive (checked by the caller).</param>
    public QuotaDivider(long total, long weightTotal)
    {
        this.total = total;
        this.weightTotal = weightTotal;
        reciprocal = ulong.MaxValue / (ulong)weightTotal;

        // The largest weight whose product with the total fits in 64 bits: comparing a weight
        // with it is cheaper than forming the 128-bit product of every party to find out. No
        // weight is above the weight total, so when the total and the weight total have at most
        // 64 bits between them every product fits, and the division that finds the bound
        // exactly (as long as a dozen multiplications) is left out.
        int bits = (64 - BitOperations.LeadingZeroCount((ulong)total)) + (64 - BitOperations.LeadingZeroCount((ulong)weightTotal));
        EveryProductFits = bits <= 64;
        largestNarrowWeight = EveryProductFits ? ulong.MaxValue : ulong.MaxValue / (ulong)total;
    }

    /// <summary>
    /// Whether <c>total × weight</c> fits in 64 bits for every weight up to the weight total, so
    /// that <see cref="NarrowQuotaOf"/> gives every quota. True for all but the largest totals
    /// and weights (their bit lengths add up to at most 64).
    /// </summary>
    public bool EveryProductFits { get; }

    /// <summary>The exact quota of a party of weight <paramref name="weight"/> (in <c>[0, weight total]</c>).</summary>
    /// <param name="weight">The party's weight.</param>
    /// <returns>The same quota as <see cref="ExactQuota.Of"/> gives.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ExactQuota QuotaOf(long weight) =>
        // Stryker disable once Equality : at the boundary both paths give the same quota; the property tests check either side of it.
        (ulong)weight > largestNarrowWeight ? WideQuotaOf(total, weight, weightTotal) : NarrowQuotaOf(weight);

    /// <summary>
    /// The exact quota of a party whose product <c>total × weight</c> fits in 64 bits, by the
    /// reciprocal. It makes no call, so a loop of it keeps its variables in registers.
    /// </summary>
    /// <param name="weight">The party's weight, with <c>total × weight &lt; 2⁶⁴</c>.</param>
    /// <returns>The same quota as <see cref="ExactQuota.Of"/> gives.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ExactQuota NarrowQuotaOf(long weight)
    {
        ulong divisor = (ulong)weightTotal;
        ulong product = (ulong)total * (ulong)weight;
        ulong whole = MultiplyHigh(product, reciprocal);
        ulong remainder = product - (whole * divisor);

        // The estimate is the quotient or one less (see the remarks): at most one step up.
        if (remainder >= divisor)
        {
            whole++;
            remainder -= divisor;
        }

        return new ExactQuota((long)whole, (long)remainder, weightTotal);
    }

    /// <summary>The high 64 bits of the 128-bit product: one instruction (<c>mulx</c>) where the processor has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyHigh(ulong left, ulong right) =>
        // Stryker disable once all : both give the same high half; the intrinsic only keeps the low half out of memory.
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(left, right) : Math.BigMul(left, right, out _);

    /// <summary>
    /// The quota of a product of 2⁶⁴ or more, by the 128-bit division: rare, so kept out of the
    /// callers' loops, and static, so that they can keep the divider's fields in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ExactQuota WideQuotaOf(long total, long weight, long weightTotal) => ExactQuota.OfUnchecked(total, weight, weightTotal);
}
