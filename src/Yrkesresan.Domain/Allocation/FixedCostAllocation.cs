using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// Shares a fixed cost among municipalities in proportion to population (rule <c>ALLOC-1</c>),
/// rounded to whole kronor so the shares add up to the total (<c>ALLOC-2</c>), among those taking
/// part that year (<c>ALLOC-4</c>), with each share split into two half-year invoices (<c>ALLOC-5</c>).
/// </summary>
/// <example>
/// <code>
/// FixedCostStatement statement = FixedCostAllocation.ForYear(Norrbotten.Region, 2023);
/// Sek lulea = statement.LineFor(MunicipalityCode.Parse("2580")).Annual; // 298 397 kr
/// </code>
/// </example>
public static class FixedCostAllocation
{
    /// <summary>
    /// The statement of a region's fixed cost for a calendar year: the cost in force that year,
    /// shared among the municipalities taking part that year under the region's rounding policy.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="year">The calendar year.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is before the region's first fixed cost or membership.</exception>
    public static FixedCostStatement ForYear(Region region, int year)
    {
        Guard.Against.Null(region);
        return Share(region.MembersIn(year), region.FixedCostIn(year), region.FixedCostRounding, year);
    }

    /// <summary>
    /// The statement of an arbitrary total shared among given municipalities by population.
    /// </summary>
    /// <param name="municipalities">The municipalities taking part: at least one, no code twice.</param>
    /// <param name="total">The total to share; whole kronor, not negative.</param>
    /// <param name="rounding">The rounding policy; by default the largest-remainder method of rule <c>ALLOC-2</c>.</param>
    /// <returns>The statement, with no <see cref="FixedCostStatement.Year"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="municipalities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="total"/> is not whole kronor, or <paramref name="municipalities"/> contains null.</exception>
    /// <exception cref="AllocationInputException">The municipalities or the total cannot be allocated; every problem is listed.</exception>
    public static FixedCostStatement Share(IEnumerable<Municipality> municipalities, Sek total, RoundingPolicy<MunicipalityCode>? rounding = null) =>
        Share(municipalities, total, rounding, null);

    private static FixedCostStatement Share(IEnumerable<Municipality> municipalities, Sek total, RoundingPolicy<MunicipalityCode>? rounding, int? year)
    {
        Guard.Against.Null(municipalities);
        if (!total.IsWholeKronor)
        {
            throw new ArgumentException($"A fixed cost to share must be whole kronor; {total} is not.", nameof(total));
        }

        Municipality[] given = [.. municipalities];
        Guard.Against.InvalidInput(
            given,
            nameof(municipalities),
            static rows => Array.IndexOf(rows, null) < 0,
            "The municipalities to share among must not contain null.");

        Municipality[] rows = [.. given.OrderBy(m => m.Code)];
        WeightedParty<MunicipalityCode>[] weights = [.. rows.Select(m => new WeightedParty<MunicipalityCode>(m.Code, m.Population))];

        Allocation<MunicipalityCode> kronor = (rounding ?? new LargestRemainderPolicy<MunicipalityCode>()).Allocate(total.WholeKronor, weights);
        Allocation<MunicipalityCode> percent = new LargestRemainderPolicy<MunicipalityCode>().Allocate(100, weights);

        var lines = ImmutableArray.CreateBuilder<FixedCostLine>(rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            Sek annual = kronor.Shares[i].AmountInKronor();
            lines.Add(new FixedCostLine(rows[i], percent.Shares[i].Amount, annual, HalfYearSplit.Of(annual)));
        }

        return new FixedCostStatement(year, total, lines.MoveToImmutable(), kronor, percent);
    }
}
