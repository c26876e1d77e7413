using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Staff;

/// <summary>One person of a staff file: their id and what eligibility needs to know of them.</summary>
/// <param name="Id">The id, as the file gives it (trimmed); unique in the file.</param>
/// <param name="Person">The person: role, employer, work area, periods in the profession.</param>
internal sealed record StaffMember(string Id, Person Person);
