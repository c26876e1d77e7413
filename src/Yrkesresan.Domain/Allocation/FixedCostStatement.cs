using System.Collections.Immutable;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// A fixed cost shared among municipalities by population (rules <c>ALLOC-1</c> to <c>ALLOC-5</c>):
/// one line per municipality in ascending code order, whose annual shares add up to
/// <see cref="Total"/> and whose half-year invoices add up to each annual share.
/// </summary>
/// <remarks>
/// Make one with <see cref="FixedCostAllocation"/>. The two allocations behind the lines are kept
/// (<see cref="Kronor"/>, <see cref="Percent"/>) so every figure can be explained. This type is
/// immutable and safe to share between threads.
/// </remarks>
public sealed class FixedCostStatement
{
    internal FixedCostStatement(int? year, Sek total, ImmutableArray<FixedCostLine> lines, Allocation<MunicipalityCode> kronor, Allocation<MunicipalityCode> percent)
    {
        Year = year;
        Total = total;
        Lines = lines;
        Kronor = kronor;
        Percent = percent;
    }

    /// <summary>The calendar year the statement is for, when it was made from a region's schedule; otherwise <see langword="null"/>.</summary>
    public int? Year { get; }

    /// <summary>The fixed cost shared.</summary>
    public Sek Total { get; }

    /// <summary>One line per municipality taking part, in ascending code order.</summary>
    public ImmutableArray<FixedCostLine> Lines { get; }

    /// <summary>The allocation of the total in kronor, by population, under the region's rounding policy.</summary>
    public Allocation<MunicipalityCode> Kronor { get; }

    /// <summary>The allocation of 100 percent points, by population, by the largest-remainder method.</summary>
    public Allocation<MunicipalityCode> Percent { get; }

    /// <summary>The sum of the populations of the municipalities taking part.</summary>
    public long PopulationTotal => Kronor.WeightTotal;

    /// <summary>The line of one municipality.</summary>
    /// <param name="code">The municipality's code.</param>
    /// <returns>Its line.</returns>
    /// <exception cref="KeyNotFoundException">No municipality with that code takes part.</exception>
    public FixedCostLine LineFor(MunicipalityCode code) =>
        Lines.FirstOrDefault(l => l.Code == code)
        ?? throw new KeyNotFoundException($"Municipality {code} is not part of this fixed-cost statement.");

    /// <summary>
    /// The statement in the current UI culture: a heading, e.g. <c>"fixed cost 2023: 950 000 kr shared by population
    /// among 14 municipalities"</c>, then one line per municipality (see <see cref="FixedCostLine.ToString"/>).
    /// </summary>
    /// <returns>The statement, lines separated by <c>\n</c>.</returns>
    public override string ToString()
    {
        string heading = Year is int year
            ? LocalizedText.Format(AllocationTexts.FixedCostStatementHeadingOfYear, year, Total, Lines.Length)
            : LocalizedText.Format(AllocationTexts.FixedCostStatementHeading, Total, Lines.Length);
        return heading + "\n" + string.Join("\n", Lines);
    }
}
