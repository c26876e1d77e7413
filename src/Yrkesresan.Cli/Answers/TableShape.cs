using Yrkesresan.Domain;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Cli.Answers;

/// <summary>
/// What a kind of answers file says about its table: its name and how its problems name a cell, and the problems of
/// a table with no header, of a header without responses, and of a row whose cells are not one per column.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Style">How the library's problems name a cell.</param>
/// <param name="Sheet">The workbook's sheet the table is on, or null for a CSV file.</param>
/// <param name="Empty">The problem of a file with no row at all.</param>
/// <param name="NoResponses">The problem of a header (its row given) without responses.</param>
/// <param name="Misfit">The problem of a row (given with the header's number of cells) whose cells do not fit the header's columns, or null when they do.</param>
internal sealed record TableShape(
    string File,
    CellReferenceStyle Style,
    string? Sheet,
    Func<DataFileProblem> Empty,
    Func<int, DataFileProblem> NoResponses,
    Func<TableRow, int, DataFileProblem?> Misfit);
