using Yrkesresan.Domain;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Cli.Answers;

/// <summary>
/// Makes the table of the survey's answers from the rows of an export, the same for every kind of file (rule
/// <c>GOAL-4</c>): the first row is the header, whose cells are the columns (a question's column is found by its label
/// later, by the library's <see cref="QuestionHeader"/>); each later row is a response. A row with a problem, or whose
/// cells do not fit the header, is left out of the table and reported; a file without rows, or a header without
/// responses, gives no table. The rows are given without the blank ones.
/// </summary>
internal static class AnswersTable
{
    /// <summary>Makes the table.</summary>
    /// <param name="shape">The file's kind of table.</param>
    /// <param name="rows">Its rows that are not blank, in the file's order.</param>
    /// <returns>The table of the rows that could be read, and every problem of the rows.</returns>
    public static AnswersRead Read(TableShape shape, IEnumerable<TableRow> rows)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(rows);
        using IEnumerator<TableRow> row = rows.GetEnumerator();
        if (!row.MoveNext())
        {
            return new AnswersRead(null, [shape.Empty()]);
        }

        TableRow header = row.Current;
        var problems = new List<DataFileProblem>(header.Problems);
        var responses = new List<AnswerRow>();
        int count = 0;
        while (row.MoveNext())
        {
            TableRow response = row.Current;
            count++;
            if (response.Problems.Count > 0)
            {
                problems.AddRange(response.Problems);
            }
            else if (shape.Misfit(response, header.Cells.Count) is { } misfit)
            {
                problems.Add(misfit);
            }
            else
            {
                responses.Add(new AnswerRow(response.Number, response.Cells));
            }
        }

        if (count == 0)
        {
            problems.Add(shape.NoResponses(header.Number));
            return new AnswersRead(null, [.. problems]);
        }

        var answers = new SurveyAnswers(
            shape.File,
            shape.Style,
            header.Cells.Select((text, i) => new AnswerColumn(i + 1, text ?? string.Empty)),
            responses,
            header.Number,
            shape.Sheet);
        return new AnswersRead(answers, [.. problems]);
    }
}
