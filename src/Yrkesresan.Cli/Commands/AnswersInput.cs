using System.Diagnostics.CodeAnalysis;
using Yrkesresan.Cli.Answers;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// Reads what <c>goals</c> and <c>report</c> read from <c>--answers</c>, the one way for both (rules <c>GOAL-1</c> to
/// <c>GOAL-6</c>, <c>REPORT-1</c>): the file and its reader (<see cref="AnswersFile.TryChoose"/>), the follow-up plan of
/// the year, and the evaluation of the answers against it, with every problem of the file at once.
/// </summary>
/// <remarks>
/// No problem shows a cell of the answers file: the readers and the library name the file, the row and the column only.
/// </remarks>
internal static class AnswersInput
{
    /// <summary>Reads the answers file and chooses its reader: a usage error when it cannot be read or the tool reads no such file.</summary>
    /// <param name="path">The <c>--answers</c> file.</param>
    /// <param name="source">The file's content and reader, when read.</param>
    /// <param name="usageProblem">Otherwise why not.</param>
    /// <returns>Whether the file can be read.</returns>
    public static bool TryOpen(string path, [NotNullWhen(true)] out AnswersSource? source, [NotNullWhen(false)] out string? usageProblem)
    {
        source = null;
        if (!InputFile.TryRead("--answers", path, out byte[] content, out usageProblem)
            || !AnswersFile.TryChoose(path, content, out IAnswersReader? reader, out usageProblem))
        {
            return false;
        }

        source = new AnswersSource(path, content, reader);
        return true;
    }

    /// <summary>
    /// The follow-up plan of a year: the region's, or the directive's four national goals when its file gives none; a year
    /// before its first plan, or before 1900, is a usage error.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="year">The year followed up.</param>
    /// <param name="plan">The plan, when there is one.</param>
    /// <param name="usageProblem">Otherwise why not.</param>
    /// <returns>Whether the year has a plan.</returns>
    public static bool TryPlanOf(Region region, int year, [NotNullWhen(true)] out FollowUpPlan? plan, [NotNullWhen(false)] out string? usageProblem)
    {
        plan = null;
        usageProblem = null;
        if (year < Region.MinYear)
        {
            usageProblem = Texts.Format(CommandTexts.GoalsYearBefore1900, year);
            return false;
        }

        if (region.FollowUpPlans is not { } plans)
        {
            plan = FollowUpPlan.National;
        }
        else if (year < plans.FirstDate.Year)
        {
            usageProblem = Texts.Format(CommandTexts.GoalsPlanStartsLater, region.Name, plans.FirstDate.Year, year);
            return false;
        }
        else
        {
            plan = region.FollowUpPlanIn(year);
        }

        return true;
    }

    /// <summary>Says on standard error that a region without a plan of its own is followed up by the directive's four national goals.</summary>
    /// <param name="region">The region.</param>
    /// <param name="error">Where notices go.</param>
    public static void NoticeNationalPlan(Region region, TextWriter error)
    {
        if (region.FollowUpPlans is null)
        {
            Notices.Report(error, [Texts.Format(CommandTexts.GoalsNationalPlan, region.Name)]);
        }
    }

    /// <summary>
    /// Reads the answers and evaluates every goal of the plan: the reader's problems and the library's, in the order of
    /// the file (a stable sort keeps the reader's first on a row), are given in <paramref name="problems"/>.
    /// </summary>
    /// <param name="source">The answers file.</param>
    /// <param name="region">The region.</param>
    /// <param name="plan">The follow-up plan of the year.</param>
    /// <param name="year">The year followed up.</param>
    /// <param name="ledger">The ledger, for the goals measured from it, or null.</param>
    /// <param name="problems">The file's problems, in the order of the file; empty when it has none.</param>
    /// <returns>The evaluation, or null when the file has problems: never a partial result.</returns>
    public static FollowUpEvaluation? Evaluate(AnswersSource source, Region region, FollowUpPlan plan, int year, Ledger? ledger, out IReadOnlyList<DataFileProblem> problems)
    {
        AnswersRead read = source.Reader.Read(source.Content, source.Path);
        var answerProblems = new List<DataFileProblem>(read.Problems);
        FollowUpEvaluation? evaluation = null;
        if (read.Answers is { } answers)
        {
            try
            {
                evaluation = FollowUpEvaluation.Of(region, plan, year, answers, ledger);
            }
            catch (DataFileException exception)
            {
                answerProblems.AddRange(exception.Problems);
            }
        }

        // The reader's problems and the library's, in the order of the file (a stable sort keeps the reader's first on a row).
        problems = [.. AnswerProblemOrder.Of(answerProblems)];
        return answerProblems.Count == 0 ? evaluation : null;
    }
}

/// <summary>An answers file read, with the reader that reads it.</summary>
/// <param name="Path">The file's path as the user gave it, for problems.</param>
/// <param name="Content">Its bytes.</param>
/// <param name="Reader">Its reader.</param>
internal sealed record AnswersSource(string Path, byte[] Content, IAnswersReader Reader);
