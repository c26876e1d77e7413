using Yrkesresan.Domain;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Specification.Support;

/// <summary>
/// What a step that may be refused left behind: the problems of the refusal, each as
/// <c>path: message</c> (or <c>file:line: path: message</c>) and as its message alone, in Swedish.
/// </summary>
public sealed class Refusal
{
    /// <summary>The problems, or <see langword="null"/> when the last attempt was accepted.</summary>
    public IReadOnlyList<(string Full, string Message)>? Problems { get; private set; }

    /// <summary>Runs <paramref name="attempt"/>, keeping its problems if the library refuses it.</summary>
    public T? Try<T>(Func<T> attempt)
        where T : class
    {
        Problems = null;
        try
        {
            return attempt();
        }
        catch (RegionDataException error)
        {
            Problems = [.. error.Problems.Select(p => (p.ToString(), p.Message))];
        }
        catch (DataFileException error)
        {
            Problems = [.. error.Problems.Select(p => (p.ToString(), p.Message))];
        }

        return null;
    }

    /// <summary>Checks a result written <c>godtas</c> or <c>avvisas: message</c>.</summary>
    public void Check(string expected)
    {
        string result = expected.Trim();
        if (result == "godtas")
        {
            Assert.Null(Problems);
            return;
        }

        const string refused = "avvisas: ";
        Assert.StartsWith(refused, result, StringComparison.Ordinal);
        Assert.NotNull(Problems);
        Assert.Equal(result[refused.Length..], string.Join(" | ", Problems.Select(p => p.Message)));
    }
}
