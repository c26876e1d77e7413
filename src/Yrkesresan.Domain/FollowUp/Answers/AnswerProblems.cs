namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// The problems found in an answers file (rule <c>GOAL-4</c>), each naming the file, the row and the
/// cell, never the cell's text: the file holds personal data. Reported in the order of the file: the
/// header row first, then by row and column.
/// </summary>
/// <param name="answers">The answers.</param>
internal sealed class AnswerProblems(SurveyAnswers answers)
{
    private readonly List<(int Row, int Column, DataFileProblem Problem)> found = [];

    /// <summary>Whether any problem was found.</summary>
    public bool Any => found.Count > 0;

    /// <summary>A problem of the header row, at a question's label.</summary>
    public void AtHeader(string label, LocalizedText text) =>
        found.Add((answers.HeaderRow, 0, new DataFileProblem(answers.File, answers.LineOf(answers.HeaderRow), answers.HeaderReference(label), text.Code, text.Message)));

    /// <summary>
    /// A cell's answer that is none of its question's options: names the row, the cell and the options,
    /// never the answer. A cell already reported (two goals reading one column) is reported once.
    /// </summary>
    public void NotAnOption(AnswerRow row, AnswerColumn column, string label, IEnumerable<string> options)
    {
        if (AlreadyReported(row.Number, column.Number))
        {
            return;
        }

        LocalizedText text = FollowUpText.Of(nameof(FollowUpTexts.AnswerNotAnOption), label, string.Join(", ", options.Select(o => $"\"{o}\"")));
        Add(row, column, label, text);
    }

    /// <summary>A cell of the municipality question that names none of the region's municipalities; never shows the answer.</summary>
    public void NotAMunicipality(AnswerRow row, AnswerColumn column, string label, string region) =>
        Add(row, column, label, FollowUpText.Of(nameof(FollowUpTexts.AnswerNotAMunicipality), label, region));

    /// <summary>Throws every problem found, in the order of the file.</summary>
    /// <exception cref="DataFileException">Always.</exception>
    public void Throw() =>
        throw new DataFileException(found.OrderBy(p => p.Row).ThenBy(p => p.Column).Select(p => p.Problem));

    private void Add(AnswerRow row, AnswerColumn column, string label, LocalizedText text) =>
        found.Add((row.Number, column.Number, new DataFileProblem(answers.File, answers.LineOf(row.Number), answers.CellReference(column, row.Number, label), text.Code, text.Message)));

    private bool AlreadyReported(int row, int column)
    {
        for (int i = found.Count - 1; i >= 0 && found[i].Row == row; i--)
        {
            if (found[i].Column == column)
            {
                return true;
            }
        }

        return false;
    }
}
