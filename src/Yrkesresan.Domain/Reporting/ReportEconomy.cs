using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Domain.Reporting;

/// <summary>
/// The economy of a region's year (rule <c>REPORT-1</c>), from its year-end settlement: the fixed cost
/// (<i>fast kostnad</i>) with its two half-year invoices (rules <c>ALLOC-1</c>, <c>ALLOC-5</c>), the
/// variable fees (<i>rörliga avgifter</i>, rule <c>FEE-1</c>), the trainer pot (<i>utbildarpott</i>)
/// collected, paid out and undistributed (rules <c>POT-1</c> to <c>POT-3</c>), and the total invoiced.
/// </summary>
/// <remarks>
/// The trainer pot is part of the variable fees: it is collected with them and paid back to the
/// municipalities whose employees taught, so the total invoiced is the fixed cost and the fees, and the
/// municipalities' net is that less the pot paid out. Made only by <see cref="AnnualReport"/>; immutable
/// and safe to share between threads.
/// </remarks>
public sealed class ReportEconomy
{
    internal ReportEconomy(YearEndSettlement settlement)
    {
        FixedCost = settlement.FixedCost.Total;
        FixedCostFirstHalf = Sek.Sum(settlement.Municipalities.Select(m => m.FirstHalf));
        FixedCostSecondHalf = Sek.Sum(settlement.Municipalities.Select(m => m.SecondHalf));
        VariableFees = settlement.VariableFees;
        PotCollected = settlement.Pot.Collected;
        PotPaidOut = settlement.Pot.PaidOut;
        PotUndistributed = settlement.Pot.Undistributed;
        Net = settlement.Net;
    }

    /// <summary>The year's fixed cost, shared among the members by population (rules <c>ALLOC-1</c>, <c>ALLOC-2</c>).</summary>
    public Sek FixedCost { get; }

    /// <summary>The January–June invoices of the fixed cost, added up over the municipalities (rule <c>ALLOC-5</c>).</summary>
    public Sek FixedCostFirstHalf { get; }

    /// <summary>The July–December invoices of the fixed cost, added up over the municipalities.</summary>
    public Sek FixedCostSecondHalf { get; }

    /// <summary>The variable fees of the year's course days (rules <c>FEE-1</c> to <c>FEE-3</c>), the trainer pot included.</summary>
    public Sek VariableFees { get; }

    /// <summary>The trainer pot collected with the fees in the year (rule <c>POT-1</c>).</summary>
    public Sek PotCollected { get; }

    /// <summary>The pot paid out to the municipalities by trainer days (rule <c>POT-2</c>).</summary>
    public Sek PotPaidOut { get; }

    /// <summary>The pot not paid out, when no municipality's employee taught (rule <c>POT-3</c>).</summary>
    public Sek PotUndistributed { get; }

    /// <summary>All that was invoiced for the year: the fixed cost and the variable fees.</summary>
    public Sek TotalInvoiced => FixedCost + VariableFees;

    /// <summary>What the municipalities owe, net: the total invoiced less the pot paid out (<see cref="YearEndSettlement.Net"/>).</summary>
    public Sek Net { get; }
}
