using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// A goal measured from the ledger of the year and the region's membership, not from the survey
/// (rule <c>GOAL-3</c>): <see cref="Availability"/> (rule <c>GOAL-2</c>) or <see cref="Trainers"/> (rule <c>GOAL-5</c>).
/// </summary>
/// <remarks>The two values are singletons: immutable and safe to share between threads.</remarks>
public sealed class LedgerMeasure : GoalMeasure
{
    // Stryker disable all : the two values are made once, by the static initialiser, where Stryker can test a mutant
    // only by running the whole suite; their codes are pinned by FollowUpPlanTests (Norrbotten's plan reads back "trainers" and "availability").
    private LedgerMeasure(string code)
    {
        Code = code;
    }

    /// <summary>
    /// Goal 7 of the plan (rule <c>GOAL-2</c>), code <c>availability</c>: met for a year when every
    /// municipality of the region takes part that year (rule <c>ALLOC-4</c>); the members that
    /// registered nobody in the ledger that year are named, as information.
    /// </summary>
    public static LedgerMeasure Availability { get; } = new("availability");

    /// <summary>
    /// Goal 6 of the plan (rule <c>GOAL-5</c>), code <c>trainers</c>: met for a year when at least one
    /// employee of a member municipality taught a course day that year (rule <c>POT-3</c>'s municipal
    /// trainer days).
    /// </summary>
    public static LedgerMeasure Trainers { get; } = new("trainers");

    /// <summary>Both ledger measures, in the order above.</summary>
    public static ImmutableArray<LedgerMeasure> All { get; } = [Availability, Trainers];

    // Stryker restore all

    /// <inheritdoc/>
    public override string Code { get; }

    /// <summary>Finds the ledger measure with a code; the comparison is exact (ordinal, case-sensitive).</summary>
    /// <param name="code">The code, <c>availability</c> or <c>trainers</c>.</param>
    /// <param name="measure">The measure, when found.</param>
    /// <returns>Whether a ledger measure has that code.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out LedgerMeasure? measure)
    {
        measure = All.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.Ordinal));
        return measure is not null;
    }
}
