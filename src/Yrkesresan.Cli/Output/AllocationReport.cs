using Yrkesresan.Domain.Allocation;

namespace Yrkesresan.Cli.Output;

/// <summary>What <c>allocate</c> prints: a fixed-cost statement and where it came from.</summary>
/// <param name="RegionName">The region: "Norrbotten", or the <c>--region</c> file as the user gave it.</param>
/// <param name="Year">The year of the built-in region's schedule; <see langword="null"/> for a region file, which has no schedule.</param>
/// <param name="TotalGiven">Whether the total came from <c>--total</c> rather than the region's schedule.</param>
/// <param name="Statement">The statement: one line per municipality in ascending code order.</param>
internal sealed record AllocationReport(string RegionName, int? Year, bool TotalGiven, FixedCostStatement Statement);
