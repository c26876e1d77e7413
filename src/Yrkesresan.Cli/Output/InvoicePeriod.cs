using NodaTime;
using Yrkesresan.Domain.Fees;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// What <c>invoice --year</c> (or <c>--from</c> and <c>--to</c>) prints: the invoice basis of every occasion whose first
/// course day is in the period, in the order of the ledger. An occasion belongs to the period of its first day, so
/// that periods that follow one another invoice every occasion once, an occasion across New Year included.
/// </summary>
/// <param name="RegionName">The region's name.</param>
/// <param name="From">The period's first day.</param>
/// <param name="To">The period's last day, included.</param>
/// <param name="Invoices">The occasions' invoice bases.</param>
internal sealed record InvoicePeriod(string RegionName, LocalDate From, LocalDate To, IReadOnlyList<OccasionInvoice> Invoices)
{
    /// <summary>Every line of every occasion, with its occasion.</summary>
    public IEnumerable<(OccasionInvoice Invoice, InvoiceLine Line)> Lines => Invoices.SelectMany(i => i.Lines.Select(l => (i, l)));

    /// <summary>What every occasion charges, in whole kronor.</summary>
    public long TotalKronor => Invoices.Sum(i => i.Total.WholeKronor);
}
