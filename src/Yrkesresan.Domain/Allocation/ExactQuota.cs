using Ardalis.GuardClauses;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// A party's exact share of a total before rounding, <c>total × weight ÷ weight total</c>, held as
/// the mixed number <see cref="Whole"/> + <see cref="Remainder"/>/<see cref="Denominator"/> with
/// <c>0 ≤ Remainder &lt; Denominator</c> (rule <c>ALLOC-2</c>).
/// </summary>
/// <remarks>
/// The product <c>total × weight</c> is formed in 128-bit integer arithmetic, so the quota is
/// exact for every <see cref="long"/> total and weight: no floating point, no <see cref="decimal"/>
/// rounding. Two quotas are equal when they are the same rational number, whatever their
/// denominators. This is an immutable value type and safe to share between threads.
/// </remarks>
public readonly struct ExactQuota : IEquatable<ExactQuota>, IComparable<ExactQuota>
{
    /// <summary>A quota from its parts, which the caller has computed exactly (see <see cref="QuotaDivider"/>).</summary>
    internal ExactQuota(long whole, long remainder, long denominator)
    {
        Whole = whole;
        Remainder = remainder;
        Denominator = denominator;
    }

    /// <summary>The whole part of the quota: its floor.</summary>
    public long Whole { get; }

    /// <summary>The numerator of the fractional part, in <c>[0, Denominator)</c>.</summary>
    public long Remainder { get; }

    /// <summary>The denominator of the fractional part: the weight total the quota was computed against.</summary>
    public long Denominator { get; }

    /// <summary>The largest whole number not above the quota.</summary>
    public long Floor => Whole;

    /// <summary>The smallest whole number not below the quota.</summary>
    public long Ceiling => Remainder == 0 ? Whole : Whole + 1;

    /// <summary>Whether the quota is a whole number (no fractional part).</summary>
    public bool IsWhole => Remainder == 0;

    /// <summary>
    /// Computes <c>total × weight ÷ weightTotal</c> exactly.
    /// </summary>
    /// <param name="total">The total being shared; not negative.</param>
    /// <param name="weight">The party's weight; in <c>[0, weightTotal]</c>.</param>
    /// <param name="weightTotal">The sum of all weights; positive.</param>
    /// <returns>The exact quota.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside the range given above.</exception>
    public static ExactQuota Of(long total, long weight, long weightTotal)
    {
        Guard.Against.OutOfRange(total, nameof(total), 0, long.MaxValue);
        Guard.Against.OutOfRange(weightTotal, nameof(weightTotal), 1, long.MaxValue);
        Guard.Against.OutOfRange(weight, nameof(weight), 0, weightTotal);
        return OfUnchecked(total, weight, weightTotal);
    }

    /// <summary>The exact quota, for arguments the caller has already checked.</summary>
    /// <remarks>Small enough to be inlined into the allocators' loops; a product wider than 64 bits takes a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ExactQuota OfUnchecked(long total, long weight, long weightTotal)
    {
        ulong high = Math.BigMul((ulong)total, (ulong)weight, out ulong low);

        // Stryker disable once Block : the 128-bit path below gives the same result; this is only the fast path.
        if (high == 0)
        {
            // The common case: the product fits in 64 bits, so one 64-bit division does it.
            (ulong whole, ulong remainder) = Math.DivRem(low, (ulong)weightTotal);
            return new ExactQuota((long)whole, (long)remainder, weightTotal);
        }

        return OfWideProduct(high, low, weightTotal);
    }

    /// <summary>The exact quota when the product <c>total × weight</c> does not fit in 64 bits.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ExactQuota OfWideProduct(ulong high, ulong low, long weightTotal)
    {
        UInt128 product = new(high, low);
        (UInt128 quotient, UInt128 rest) = UInt128.DivRem(product, (ulong)weightTotal);

        // weight ≤ weightTotal, so the quotient is at most total and fits in a long.
        return new ExactQuota((long)(ulong)quotient, (long)(ulong)rest, weightTotal);
    }

    /// <summary>
    /// The quota rounded to the nearest whole number, a half rounded up (away from zero):
    /// the rounding of each share under the half-up policy.
    /// </summary>
    /// <returns><see cref="Whole"/> when the fractional part is below one half, otherwise <see cref="Whole"/> + 1.</returns>
    public long RoundHalfUp() => Remainder >= Denominator - Remainder ? Whole + 1 : Whole;

    /// <summary>
    /// Compares the fractional parts of two quotas: which is the larger remainder, whatever their denominators.
    /// </summary>
    /// <param name="other">The other quota.</param>
    /// <returns>Negative, zero or positive as this fractional part is less than, equal to or greater than the other's.</returns>
    public int CompareFractionalPart(ExactQuota other)
    {
        // Stryker disable once Block,Equality : the cross-multiplication below gives the same result; this is only the fast path.
        if (Denominator == other.Denominator)
        {
            return Remainder.CompareTo(other.Remainder);
        }

        Int128 left = (Int128)Remainder * other.Denominator;
        Int128 right = (Int128)other.Remainder * Denominator;
        return left.CompareTo(right);
    }

    /// <inheritdoc />
    public int CompareTo(ExactQuota other)
    {
        int whole = Whole.CompareTo(other.Whole);
        return whole != 0 ? whole : CompareFractionalPart(other);
    }

    /// <inheritdoc />
    public bool Equals(ExactQuota other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExactQuota other && Equals(other);

    /// <summary>A hash code consistent with value equality: quotas equal as rational numbers hash alike.</summary>
    /// <returns>A hash of the whole part and whether there is a fraction.</returns>
    public override int GetHashCode() => HashCode.Combine(Whole, Remainder == 0);

    /// <summary>Whether two quotas are the same rational number.</summary>
    /// <param name="left">The first quota.</param>
    /// <param name="right">The second quota.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ExactQuota left, ExactQuota right) => left.Equals(right);

    /// <summary>Whether two quotas are different rational numbers.</summary>
    /// <param name="left">The first quota.</param>
    /// <param name="right">The second quota.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ExactQuota left, ExactQuota right) => !left.Equals(right);

    /// <summary>Whether one quota is less than another.</summary>
    /// <param name="left">The first quota.</param>
    /// <param name="right">The second quota.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    public static bool operator <(ExactQuota left, ExactQuota right) => left.CompareTo(right) < 0;

    /// <summary>Whether one quota is greater than another.</summary>
    /// <param name="left">The first quota.</param>
    /// <param name="right">The second quota.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(ExactQuota left, ExactQuota right) => left.CompareTo(right) > 0;

    /// <summary>Whether one quota is less than or equal to another.</summary>
    /// <param name="left">The first quota.</param>
    /// <param name="right">The second quota.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(ExactQuota left, ExactQuota right) => left.CompareTo(right) <= 0;

    /// <summary>Whether one quota is greater than or equal to another.</summary>
    /// <param name="left">The first quota.</param>
    /// <param name="right">The second quota.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(ExactQuota left, ExactQuota right) => left.CompareTo(right) >= 0;

    /// <summary>The quota as a mixed number, e.g. <c>"298397 + 133084/249428"</c> (Luleå's quota of 950 000 kr), or just the whole part when there is no fraction.</summary>
    /// <returns>The formatted quota.</returns>
    public override string ToString() => Remainder == 0
        ? Whole.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Whole} + {Remainder}/{Denominator}");
}
