using Ardalis.GuardClauses;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// The comparison of a population total that a source states with the sum of its rows (rule
/// <c>ALLOC-3</c>: Norrbotten's plan states 249 427, its rows add up to 249 428).
/// </summary>
/// <param name="StatedTotal">The total the source states.</param>
/// <param name="SumOfRows">The sum of the municipalities' populations.</param>
public sealed record PopulationTotalCheck(long StatedTotal, long SumOfRows)
{
    /// <summary>The stated total minus the sum of the rows: 0 when they agree.</summary>
    public long Difference => StatedTotal - SumOfRows;

    /// <summary>Whether the stated total equals the sum of the rows.</summary>
    public bool IsConsistent => Difference == 0;

    /// <summary>Compares a stated total with the sum of the populations of <paramref name="municipalities"/>.</summary>
    /// <param name="municipalities">The rows.</param>
    /// <param name="statedTotal">The total the source states.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="municipalities"/> is null.</exception>
    /// <exception cref="OverflowException">The populations add up to more than <see cref="long.MaxValue"/>.</exception>
    public static PopulationTotalCheck Of(IEnumerable<Municipality> municipalities, long statedTotal)
    {
        Guard.Against.Null(municipalities);
        long sum = 0;
        foreach (Municipality municipality in municipalities)
        {
            sum = checked(sum + municipality.Population);
        }

        return new PopulationTotalCheck(statedTotal, sum);
    }

    /// <summary>
    /// A readable verdict in the current UI culture, e.g. "the stated total 249 427 is 1 less than the sum of the
    /// rows, 249 428" (in Swedish "den angivna totala folkmängden 249 427 är 1 mindre än summan av raderna, 249 428").
    /// </summary>
    /// <returns>The verdict.</returns>
    public override string ToString() => Difference switch
    {
        0 => LocalizedText.Format(RegionTexts.PopulationTotalEqual, SwedishNumberFormat.FormatInteger(StatedTotal)),
        < 0 => LocalizedText.Format(RegionTexts.PopulationTotalLess, SwedishNumberFormat.FormatInteger(StatedTotal), SwedishNumberFormat.FormatInteger(-Difference), SwedishNumberFormat.FormatInteger(SumOfRows)),
        _ => LocalizedText.Format(RegionTexts.PopulationTotalMore, SwedishNumberFormat.FormatInteger(StatedTotal), SwedishNumberFormat.FormatInteger(Difference), SwedishNumberFormat.FormatInteger(SumOfRows)),
    };
}
