using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Allocation;

/// <summary>One municipality's line of a fixed-cost statement.</summary>
/// <remarks>Made only by <see cref="FixedCostAllocation"/>. Immutable and safe to share between threads.</remarks>
public sealed record FixedCostLine
{
    internal FixedCostLine(Municipality municipality, long sharePercent, Sek annual, HalfYearSplit halves)
    {
        Municipality = municipality;
        SharePercent = sharePercent;
        Annual = annual;
        Halves = halves;
    }

    /// <summary>The municipality.</summary>
    public Municipality Municipality { get; }

    /// <summary>Its share in whole percent by the largest-remainder method (the lines add up to 100), as in the plan's "~Andel %" column.</summary>
    public long SharePercent { get; }

    /// <summary>Its share of the year's fixed cost, in whole kronor.</summary>
    public Sek Annual { get; }

    /// <summary>The two half-year invoices of <see cref="Annual"/>.</summary>
    public HalfYearSplit Halves { get; }

    /// <summary>The municipality's code.</summary>
    public MunicipalityCode Code => Municipality.Code;

    /// <summary>The invoice at 30 June, for January to June.</summary>
    public Sek FirstHalf => Halves.FirstHalf;

    /// <summary>The invoice at 31 December, for July to December.</summary>
    public Sek SecondHalf => Halves.SecondHalf;

    /// <summary>
    /// The line in the current UI culture, e.g. <c>"2580 Luleå: 31 % of the fixed cost, 298 410 kr (Jan–Jun 149 205 kr,
    /// Jul–Dec 149 205 kr)"</c>, in Swedish <c>"2580 Luleå: 31 % av den fasta kostnaden, 298 410 kr (jan–jun 149 205 kr, jul–dec 149 205 kr)"</c>.
    /// </summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        LocalizedText.Format(AllocationTexts.FixedCostLineSummary, Code, Municipality.Name, SharePercent, Annual, FirstHalf, SecondHalf);
}
