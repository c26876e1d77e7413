using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// The 95 % Wilson score interval of a share (rule <c>GOAL-6</c>): where the true share of the whole
/// group plausibly lies, given the answers. It describes how sure a survey's share is; it never decides a
/// goal (that is rule <c>GOAL-1</c>'s exact comparison of integers).
/// </summary>
/// <remarks>
/// <para>
/// For <c>k</c> positive of <c>n</c> counted answers, <c>p = k ÷ n</c> and <c>z</c> the 97.5th percentile
/// of the normal distribution (<see cref="Z95"/>), the interval is
/// <c>(p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) ÷ (1 + z²/n)</c> (Wilson, 1927). It always contains
/// <c>p</c>, stays within 0 to 1 (unlike the plain normal approximation), and narrows as the answers grow
/// at the same share. 8 of 10 gives 0.490 to 0.943.
/// </para>
/// <para>
/// This is the one place of the library that computes in floating point, because it only describes; the
/// bounds are clamped to <c>[0, 1]</c> and to contain <c>p</c>, against rounding.
/// This is an immutable value type and safe to share between threads.
/// </para>
/// </remarks>
public readonly record struct WilsonInterval
{
    /// <summary>The 97.5th percentile of the standard normal distribution, for a two-sided 95 % interval: 1.959963984540054.</summary>
    public const double Z95 = 1.959963984540054;

    private WilsonInterval(double low, double high)
    {
        Low = low;
        High = high;
    }

    /// <summary>The lower bound, a proportion from 0 to 1.</summary>
    public double Low { get; }

    /// <summary>The upper bound, a proportion from 0 to 1.</summary>
    public double High { get; }

    /// <summary>The lower bound in tenths of a percent, rounded down, for display: 490 for 0.4902.</summary>
    public int LowPercentTenths => (int)Math.Floor(Low * 1000);

    /// <summary>The upper bound in tenths of a percent, rounded up, for display: 944 for 0.9433; so the shown interval holds the interval.</summary>
    public int HighPercentTenths => (int)Math.Ceiling(High * 1000);

    /// <summary>The 95 % interval of a share.</summary>
    /// <param name="share">The share.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="share"/> is the default value.</exception>
    public static WilsonInterval Of(ExactShare share)
    {
        if (share.Counted == 0)
        {
            throw new InvalidOperationException("The default ExactShare (0/0) is not a share; it has no interval.");
        }

        double n = share.Counted;
        double p = share.Positive / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = Z95 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        double low = Math.Clamp(centre - half, 0, 1);
        double high = Math.Clamp(centre + half, 0, 1);
        return new(Math.Min(low, p), Math.Max(high, p));
    }

    /// <summary>What the interval says of a threshold (rule <c>GOAL-6</c>): wholly above it, wholly below it, or too few answers to tell.</summary>
    /// <param name="thresholdPercent">The threshold, in whole percent from 1 to 100.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="thresholdPercent"/> is outside 1 to 100.</exception>
    public IntervalVerdict AgainstThreshold(int thresholdPercent)
    {
        Guard.Against.OutOfRange(thresholdPercent, nameof(thresholdPercent), 1, 100, "A threshold is a whole percent from 1 to 100.");
        double threshold = thresholdPercent / 100.0;
        return Low > threshold ? IntervalVerdict.Above
            : High < threshold ? IntervalVerdict.Below
            : IntervalVerdict.TooFewAnswers;
    }

    /// <summary>The bounds for display, e.g. <c>"49.0–94.4 %"</c> (<c>"49,0–94,4 %"</c> in Swedish): the lower rounded down, the upper up.</summary>
    /// <returns>The interval as text.</returns>
    public override string ToString() => $"{PercentText.OfTenths(LowPercentTenths)}–{PercentText.OfTenths(HighPercentTenths)} %";
}
