namespace Yrkesresan.Cli.Answers;

/// <summary>
/// Reads a survey's answers as the learning platform exports them (rule <c>GOAL-4</c>) into the library's
/// <see cref="Domain.FollowUp.SurveyAnswers"/>: one reader per kind of file (<see cref="CsvAnswersReader"/>,
/// <see cref="XlsxAnswersReader"/>), both making their table through <see cref="AnswersTable"/>.
/// <see cref="AnswersFile"/> chooses the reader.
/// </summary>
/// <remarks>
/// A reader checks what makes the file a table (its encoding, its quoting, one cell per column in every row; a
/// workbook's sheet, merged cells, formulas); the
/// library checks the answers against the follow-up plan. A reader's problems name the file, the row and the part of
/// it, never a cell's text: the file holds personal data (names, e-mail addresses, free text).
/// </remarks>
internal interface IAnswersReader
{
    /// <summary>Reads the file's content.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The file's path as the user gave it, for problems.</param>
    /// <returns>The answers, the rows that could be read, and every problem found.</returns>
    AnswersRead Read(ReadOnlyMemory<byte> content, string file);
}
