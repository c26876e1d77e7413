using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain;

namespace Yrkesresan.Cli.Answers;

/// <summary>
/// Puts the problems of an answers file in the order of the file: the reader's (<see cref="AnswersRead.Problems"/>)
/// and the library's on the rows it could read (a <see cref="DataFileException"/> of the evaluation) together. A CSV
/// file's problems are ordered by their line; a workbook's, which have no line, by the cell their place names
/// (<c>Svar!D7</c>; the header's <c>Svar!A1:M1</c> by its first cell), those of the whole workbook or sheet first. The
/// order is stable: at the same place, the reader's come first.
/// </summary>
internal static class AnswerProblemOrder
{
    /// <summary>The problems in the order of the file.</summary>
    /// <param name="problems">The reader's problems, then the library's.</param>
    /// <returns>The problems, ordered.</returns>
    public static IEnumerable<DataFileProblem> Of(IEnumerable<DataFileProblem> problems) => problems.OrderBy(Place);

    private static (int Row, int Column) Place(DataFileProblem problem)
    {
        if (problem.Line is int line)
        {
            return (line, 0);
        }

        int bang = problem.Path.LastIndexOf('!');
        if (bang < 0)
        {
            return (0, 0);
        }

        string reference = new([.. problem.Path.Skip(bang + 1).TakeWhile(char.IsAsciiLetterOrDigit)]);
        return CellAddress.TryParse(reference, out CellAddress cell) ? (cell.Row, cell.Column) : (0, 0);
    }
}
