using BenchmarkDotNet.Attributes;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Benchmarks;

/// <summary>
/// A whole fixed-cost statement end to end: Norrbotten's members in 2023, the 950 000 kr shared
/// in kronor and in percent, and each share split into two half-year invoices.
/// </summary>
[MemoryDiagnoser]
public class FixedCostStatementNorrbotten
{
    [Benchmark(Description = "FixedCostAllocation.ForYear(Norrbotten, 2023)")]
    public FixedCostStatement ForYear() => FixedCostAllocation.ForYear(Norrbotten.Region, 2023);
}
