using System.Globalization;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// The share of positive answers among the counted ones, as the exact fraction of two counts (rule
/// <c>GOAL-1</c>): <c>53/60</c>, never a rounded percentage. The goal's decision compares integers,
/// <c>positive × 100 ≥ threshold × counted</c>.
/// </summary>
/// <remarks>
/// <para>
/// The fraction is kept as counted, not reduced: <c>4/5</c> and <c>8/10</c> are different shares of
/// different surveys (and unequal values), though their ratio is the same.
/// </para>
/// <para>
/// <see cref="PercentTenths"/> and <see cref="FormatPercent"/> are for display only: one decimal,
/// rounded down, computed in integers (<c>⌊positive × 1000 ÷ counted⌋ ÷ 10</c>), so a share shown as
/// 79.9 % is never one that is met at 80 %, and 79 999 of 100 000 shows 79.9 %, not 80.0 %.
/// </para>
/// <para>
/// The default value (0/0) is not a share; every member but <see cref="Positive"/> and
/// <see cref="Counted"/> refuses it. This is an immutable value type and safe to share between threads.
/// </para>
/// </remarks>
public readonly record struct ExactShare
{
    /// <summary>Creates a share.</summary>
    /// <param name="positive">The positive answers: from 0 to <paramref name="counted"/>.</param>
    /// <param name="counted">The counted answers: at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="counted"/> is less than 1, or <paramref name="positive"/> is negative or more than <paramref name="counted"/>.</exception>
    public ExactShare(long positive, long counted)
    {
        Counted = Guard.Against.OutOfRange(counted, nameof(counted), 1, long.MaxValue, "A share needs at least one counted answer.");
        Positive = Guard.Against.OutOfRange(positive, nameof(positive), 0, counted, "The positive answers are from 0 to the counted ones.");
    }

    /// <summary>The positive answers.</summary>
    public long Positive { get; }

    /// <summary>The counted answers: positive and not positive, those not counted left out.</summary>
    public long Counted { get; }

    /// <summary>
    /// The share in tenths of a percent, rounded down, for display: <c>⌊positive × 1000 ÷ counted⌋</c>,
    /// e.g. 883 for 53/60 (88.33… %). Never used to decide.
    /// </summary>
    /// <exception cref="InvalidOperationException">The share is the default value.</exception>
    public int PercentTenths => (int)((Int128)Positive * 1000 / CheckedCounted);

    /// <summary>Whether the share reaches a threshold (rule <c>GOAL-1</c>): <c>positive × 100 ≥ threshold × counted</c>, in 128-bit integers.</summary>
    /// <param name="thresholdPercent">The threshold, in whole percent from 1 to 100.</param>
    /// <returns>Whether the goal is met at that threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="thresholdPercent"/> is outside 1 to 100.</exception>
    /// <exception cref="InvalidOperationException">The share is the default value.</exception>
    public bool Reaches(int thresholdPercent)
    {
        Guard.Against.OutOfRange(thresholdPercent, nameof(thresholdPercent), 1, 100, "A threshold is a whole percent from 1 to 100.");
        return (Int128)Positive * 100 >= (Int128)thresholdPercent * CheckedCounted;
    }

    /// <summary>
    /// The share as a percentage for display, one decimal, rounded down, without the % sign: <c>"88.3"</c>,
    /// or <c>"88,3"</c> with a decimal comma in Swedish (the current UI culture).
    /// </summary>
    /// <returns>The percentage.</returns>
    /// <exception cref="InvalidOperationException">The share is the default value.</exception>
    public string FormatPercent() => PercentText.OfTenths(PercentTenths);

    /// <summary>The fraction, e.g. <c>"53/60"</c>.</summary>
    /// <returns>The share as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Positive}/{Counted}");

    private long CheckedCounted => Counted > 0
        ? Counted
        : throw new InvalidOperationException("The default ExactShare (0/0) is not a share; a share has at least one counted answer.");
}
