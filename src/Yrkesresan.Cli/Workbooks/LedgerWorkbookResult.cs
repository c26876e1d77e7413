using Yrkesresan.Domain.Courses.Occasions;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>What reading a ledger workbook gave: a ledger valid against its region and its notices, or every problem, never both.</summary>
/// <param name="Ledger">The ledger, or null when the workbook has problems.</param>
/// <param name="Problems">Every problem, in the order of the workbook's sheets, rows and columns; empty when valid.</param>
/// <param name="Notices">What a valid workbook has that is accepted but worth a look (a course outside the catalogue).</param>
internal sealed record LedgerWorkbookResult(Ledger? Ledger, IReadOnlyList<WorkbookProblem> Problems, IReadOnlyList<WorkbookProblem> Notices)
{
    /// <summary>Whether the workbook is a valid ledger.</summary>
    public bool IsValid => Ledger is not null;
}
