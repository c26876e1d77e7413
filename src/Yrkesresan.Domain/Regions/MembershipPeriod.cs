using System.Collections.Immutable;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// Which of a region's municipalities take part, from <see cref="FromYear"/> until the year
/// before the next period starts (rule <c>ALLOC-4</c>: only those taking part in a year share
/// that year's cost).
/// </summary>
/// <param name="FromYear">The first calendar year the membership applies to.</param>
/// <param name="Members">The codes of the municipalities taking part; each must be one of the region's.</param>
public sealed record MembershipPeriod(int FromYear, ImmutableArray<MunicipalityCode> Members);
