using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Settlement;

/// <summary>
/// One municipality's line of a year-end settlement: what its registered staff cost, what its trainers
/// earned from the pot, and its share of the fixed cost with the two half-year invoices (rules
/// <c>FEE-1</c> to <c>FEE-3</c>, <c>POT-1</c> to <c>POT-3</c>, <c>ALLOC-1</c> to <c>ALLOC-5</c>).
/// </summary>
/// <remarks>This type is immutable and safe to share between threads.</remarks>
/// <param name="Municipality">The municipality.</param>
/// <param name="ParticipantDays">Registered participants × course days dated in the year.</param>
/// <param name="VariableFees">The variable fees charged for them in the year (rule <c>FEE-1</c>).</param>
/// <param name="TrainerDays">Its employees' days as trainers in the year (rule <c>POT-2</c>).</param>
/// <param name="PotPayout">Its share of the year's trainer pot (rule <c>POT-2</c>).</param>
/// <param name="FixedCost">Its share of the year's fixed cost (rules <c>ALLOC-1</c>, <c>ALLOC-2</c>); zero when it did not take part that year (rule <c>ALLOC-4</c>).</param>
/// <param name="FirstHalf">The January–June invoice of the fixed cost; it takes the odd krona (rule <c>ALLOC-5</c>).</param>
/// <param name="SecondHalf">The July–December invoice of the fixed cost.</param>
public sealed record MunicipalitySettlement(
    Municipality Municipality,
    long ParticipantDays,
    Sek VariableFees,
    long TrainerDays,
    Sek PotPayout,
    Sek FixedCost,
    Sek FirstHalf,
    Sek SecondHalf)
{
    /// <summary>The municipality's code.</summary>
    public MunicipalityCode Code => Municipality.Code;

    /// <summary>What the municipality owes for the year, net: fixed cost + variable fees − its pot payout; negative when the region owes it.</summary>
    public Sek Net => FixedCost + VariableFees - PotPayout;

    /// <summary>The line as text in the current UI culture, e.g. <c>"2580 Luleå: 40 participant days, 62 000 kr fees; 3 trainer days, 5 880 kr pot; fixed 298 410 kr (149 205 + 149 205); net 354 530 kr"</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        LocalizedText.Format(SettlementTexts.MunicipalityLine, Code, Municipality.Name, ParticipantDays, VariableFees, TrainerDays, PotPayout, FixedCost, FirstHalf, SecondHalf, Net);
}
