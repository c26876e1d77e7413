using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Allocation;

/// <summary>One municipality's line of a fixed-cost statement.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="SharePercent">Its share in whole percent by the largest-remainder method (the lines add up to 100), as in the plan's "~Andel %" column.</param>
/// <param name="Annual">Its share of the year's fixed cost, in whole kronor.</param>
/// <param name="Halves">The two half-year invoices of <paramref name="Annual"/>.</param>
public sealed record FixedCostLine(Municipality Municipality, long SharePercent, Sek Annual, HalfYearSplit Halves)
{
    /// <summary>The municipality's code.</summary>
    public MunicipalityCode Code => Municipality.Code;

    /// <summary>The invoice at 30 June, for January to June.</summary>
    public Sek FirstHalf => Halves.FirstHalf;

    /// <summary>The invoice at 31 December, for July to December.</summary>
    public Sek SecondHalf => Halves.SecondHalf;
}
