using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// Thrown when an allocation request is invalid. <see cref="Problems"/> lists every problem found,
/// not only the first, and no partial result is ever returned.
/// </summary>
public sealed class AllocationInputException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public AllocationInputException(IEnumerable<AllocationProblem> problems)
        : this(ToArray(problems))
    {
    }

    private AllocationInputException(ImmutableArray<AllocationProblem> problems)
        : base(FormatMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found in the request, in a stable order.</summary>
    public ImmutableArray<AllocationProblem> Problems { get; }

    private static ImmutableArray<AllocationProblem> ToArray(IEnumerable<AllocationProblem> problems)
    {
        ImmutableArray<AllocationProblem> array = [.. Guard.Against.Null(problems)];
        Guard.Against.NullOrEmpty(array, nameof(problems), "An allocation input exception needs at least one problem.");
        return array;
    }

    private static string FormatMessage(ImmutableArray<AllocationProblem> problems) =>
        problems.Length == 1
            ? LocalizedText.Format(AllocationTexts.RequestInvalid, problems[0])
            : LocalizedText.Format(AllocationTexts.RequestHasProblems, problems.Length) + "\n"
              + string.Join("\n", problems.Select(p => "  - " + p));
}
