using NodaTime;

namespace Yrkesresan.Cli.Commands;

/// <summary>What <c>invoice</c> invoices: one occasion (<c>--occasion</c>), or every occasion of a period (<c>--year</c>, or <c>--from</c> and <c>--to</c>).</summary>
/// <param name="OccasionId">The <c>--occasion</c>, or null.</param>
/// <param name="Year">The <c>--year</c>, or null.</param>
/// <param name="From">The <c>--from</c>, or null.</param>
/// <param name="To">The <c>--to</c>, or null.</param>
internal sealed record InvoiceSelection(string? OccasionId, int? Year, LocalDate? From, LocalDate? To);
