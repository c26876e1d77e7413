using Yrkesresan.Domain;

namespace Yrkesresan.Cli.Answers;

/// <summary>
/// One row of an answers file as its reader found it, before the table is made (<see cref="AnswersTable"/>): its
/// number as the file shows it, its cells' texts from the first column, and what made any of its cells unreadable.
/// </summary>
/// <param name="Number">The row's number: a CSV file's line, a sheet's row.</param>
/// <param name="Cells">The cells' texts from the first column; null for a blank cell.</param>
/// <param name="Problems">What makes the row unreadable (broken quoting, a formula); empty for a good row.</param>
internal sealed record TableRow(int Number, IReadOnlyList<string?> Cells, IReadOnlyList<DataFileProblem> Problems);
