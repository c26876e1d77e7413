using System.Collections.Immutable;
using Yrkesresan.Domain;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Cli.Answers;

/// <summary>
/// What reading an answers file gave: the table of the rows that could be read (so the library can still report the
/// problems of their answers, every problem at once), and the reader's own problems. The answers are used only when
/// there are no problems at all: never a partial result.
/// </summary>
/// <param name="Answers">The table, or null when the file could not be read as a table at all (empty, not text, not UTF-8, no responses).</param>
/// <param name="Problems">The reader's problems, in the order of the file; empty when the file is a good table.</param>
internal sealed record AnswersRead(SurveyAnswers? Answers, ImmutableArray<DataFileProblem> Problems);
