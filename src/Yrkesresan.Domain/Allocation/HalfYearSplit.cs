using Ardalis.GuardClauses;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// A municipality's annual share of the fixed cost split into its two half-year invoices,
/// which add up to the annual share exactly (rule <c>ALLOC-5</c>).
/// </summary>
/// <remarks>
/// <para>
/// Decision (<c>ALLOC-5</c>): an odd krona goes to the first half-year, so the first invoice is
/// the annual share halved and rounded up, the second halved and rounded down.
/// </para>
/// <para>Made only by <see cref="Of"/>, so every split keeps the rule. Immutable and safe to share between threads.</para>
/// </remarks>
public sealed record HalfYearSplit
{
    private HalfYearSplit(Sek firstHalf, Sek secondHalf)
    {
        FirstHalf = firstHalf;
        SecondHalf = secondHalf;
    }

    /// <summary>The invoice at 30 June, for January to June.</summary>
    public Sek FirstHalf { get; }

    /// <summary>The invoice at 31 December, for July to December.</summary>
    public Sek SecondHalf { get; }

    /// <summary>The annual share: the two invoices added.</summary>
    public Sek Annual => FirstHalf + SecondHalf;

    /// <summary>Splits an annual share of whole kronor into its two half-year invoices.</summary>
    /// <param name="annual">The annual share; whole kronor, not negative.</param>
    /// <returns>The two invoices; the first takes the odd krona.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annual"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="annual"/> is not whole kronor.</exception>
    public static HalfYearSplit Of(Sek annual)
    {
        Guard.Against.OutOfRange(annual, nameof(annual), Sek.Zero, Sek.MaxValue, "An annual share to invoice must not be negative.");
        if (!annual.IsWholeKronor)
        {
            throw new ArgumentException($"An annual share to invoice must be whole kronor; {annual} is not.", nameof(annual));
        }

        long kronor = annual.WholeKronor;
        long second = kronor / 2;
        return new HalfYearSplit(Sek.FromKronor(kronor - second), Sek.FromKronor(second));
    }

    /// <summary>The invoice of one half-year.</summary>
    /// <param name="half">The half-year.</param>
    /// <returns>Its amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="half"/> is not a defined half-year.</exception>
    public Sek For(HalfYear half) => half switch
    {
        HalfYear.First => FirstHalf,
        HalfYear.Second => SecondHalf,
        _ => throw new ArgumentOutOfRangeException(nameof(half), half, "A half-year is First or Second."),
    };
}
