using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Output;

/// <summary>What <c>steps</c> prints for one person of the staff file: their id and their decision.</summary>
/// <param name="Id">The person's id, as the staff file gives it.</param>
/// <param name="Decision">The decision.</param>
internal sealed record StaffDecision(string Id, EligibilityDecision Decision);
