using Ardalis.GuardClauses;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Fees;

/// <summary>
/// What one component of the variable fee costs per participant and course day (rule <c>FEE-1</c>),
/// and whether it is charged on a digital course day (rule <c>FEE-2</c>).
/// </summary>
/// <remarks>
/// A rate holds any amount; a <see cref="FeeSchedule"/> checks that its rates are whole kronor and
/// not negative, and reports every problem at once. This type is immutable and safe to share
/// between threads; two rates are equal when all their parts are.
/// </remarks>
public sealed record FeeRate
{
    /// <summary>Creates a rate.</summary>
    /// <param name="component">The component of the fee.</param>
    /// <param name="amount">What it costs per participant and course day.</param>
    /// <param name="chargedOnDigitalDays">Whether it is charged on a digital course day too; on a day on site it always is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="component"/> is null.</exception>
    public FeeRate(FeeComponent component, Sek amount, bool chargedOnDigitalDays)
    {
        Guard.Against.Null(component);
        Component = component;
        Amount = amount;
        ChargedOnDigitalDays = chargedOnDigitalDays;
    }

    /// <summary>The component of the fee.</summary>
    public FeeComponent Component { get; }

    /// <summary>What the component costs per participant and course day.</summary>
    public Sek Amount { get; }

    /// <summary>Whether the component is charged on a digital course day too (rule <c>FEE-2</c>); on a day on site it always is.</summary>
    public bool ChargedOnDigitalDays { get; }

    /// <summary>The rate on one line in the current UI culture, e.g. <c>"venue 1 000 kr, not on digital days"</c> or <c>"buffer 50 kr"</c>.</summary>
    /// <returns>The rate as text.</returns>
    public override string ToString() => ChargedOnDigitalDays
        ? $"{Component.Code} {Amount}"
        : LocalizedText.Format(FeeTexts.RateNotOnDigitalDays, Component.Code, Amount);
}
