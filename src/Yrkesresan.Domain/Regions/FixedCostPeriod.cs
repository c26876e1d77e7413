using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// A region's yearly fixed cost (<i>fast kostnad</i>, the project leader's annual cost), in
/// force from <see cref="FromYear"/> until the year before the next period starts (rule <c>ALLOC-1</c>).
/// </summary>
/// <param name="FromYear">The first calendar year the amount applies to.</param>
/// <param name="AnnualAmount">The cost for each whole year; whole kronor, not negative.</param>
public sealed record FixedCostPeriod(int FromYear, Sek AnnualAmount);
