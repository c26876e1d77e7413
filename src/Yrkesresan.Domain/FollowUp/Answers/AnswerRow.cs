using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// One response of a survey export (rule <c>GOAL-4</c>): its row number in the file and its cells, in
/// the order of the file's columns. A row shorter than the header has blank cells at its end.
/// </summary>
/// <remarks>
/// A row may hold personal data (a name, an e-mail address, free text): <see cref="ToString"/> gives only
/// its number, and no problem ever shows a cell. This type is immutable and safe to share between threads.
/// </remarks>
public sealed class AnswerRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="number">The row's number in the file, from 1 (the header's row is one of them).</param>
    /// <param name="cells">The cells, in the order of the file's columns; a null cell is blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public AnswerRow(int number, IEnumerable<string?> cells)
    {
        Number = Guard.Against.OutOfRange(number, nameof(number), 1, int.MaxValue, "A row's number counts from 1.");
        Cells = [.. Guard.Against.Null(cells)];
    }

    /// <summary>The row's number in the file, from 1.</summary>
    public int Number { get; }

    /// <summary>The cells, in the order of the file's columns; null for a blank cell.</summary>
    public ImmutableArray<string?> Cells { get; }

    /// <summary>The cell of a column: null when the row ends before it.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The cell's text, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public string? CellOf(AnswerColumn column)
    {
        Guard.Against.Null(column);
        return CellAt(column.Number);
    }

    /// <summary>The cell of a column number, without a guard: null when the row ends before it.</summary>
    internal string? CellAt(int columnNumber) => columnNumber <= Cells.Length ? Cells[columnNumber - 1] : null;

    /// <summary>The row's number only, e.g. <c>"row 7"</c>: never a cell, which may hold personal data.</summary>
    /// <returns>The row as text.</returns>
    public override string ToString() => "row " + Number.ToString(CultureInfo.InvariantCulture);
}
