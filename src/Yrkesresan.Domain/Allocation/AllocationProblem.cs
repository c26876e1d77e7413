namespace Yrkesresan.Domain.Allocation;

/// <summary>One reason an allocation request was refused.</summary>
/// <param name="Code">The stable code of the problem.</param>
/// <param name="Party">The party concerned, as text, or <see langword="null"/> when the problem is not about one party.</param>
/// <param name="Message">A readable explanation.</param>
public sealed record AllocationProblem(AllocationProblemCode Code, string? Party, string Message)
{
    /// <summary>The problem as one line: the party (when there is one) and the message.</summary>
    /// <returns>For example <c>"2580: weight -5 is negative; weights must be zero or more"</c>.</returns>
    public override string ToString() => Party is null ? Message : $"{Party}: {Message}";
}
