using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// Thrown when region data (a region, or a part of one such as a fee schedule, an eligibility
/// policy or a course catalogue) breaks the rules. <see cref="Problems"/> lists every problem
/// found, not only the first; no partly built value is ever returned.
/// </summary>
/// <remarks>The message is written in the UI culture current when the exception is made (English, or Swedish for a Swedish culture).</remarks>
public sealed class RegionDataException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="subject">
    /// What was validated, for the message, in the current UI culture: e.g. <c>"region 'Norrbotten'"</c> or
    /// <c>"fee schedule"</c> in English, <c>"regionen 'Norrbotten'"</c> (the definite form) in Swedish.
    /// </param>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="problems"/> is null.</exception>
    public RegionDataException(string subject, IEnumerable<DataProblem> problems)
        : this(subject, ToArray(subject, problems))
    {
    }

    private RegionDataException(string subject, ImmutableArray<DataProblem> problems)
        : base(LocalizedText.Format(RegionTexts.RegionDataHasProblems, subject, problems.Length) + "\n"
               + string.Join("\n", problems.Select(p => "  - " + p)))
    {
        Subject = subject;
        Problems = problems;
    }

    /// <summary>What was validated, e.g. <c>"region 'Norrbotten'"</c>.</summary>
    public string Subject { get; }

    /// <summary>Every problem found, in the order of the data.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    private static ImmutableArray<DataProblem> ToArray(string subject, IEnumerable<DataProblem> problems)
    {
        Guard.Against.Null(subject);
        ImmutableArray<DataProblem> array = [.. Guard.Against.Null(problems)];
        Guard.Against.NullOrEmpty(array, nameof(problems), "A region data exception needs at least one problem.");
        return array;
    }
}
