using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>The guard the follow-up's constructors share for the lists code passes them.</summary>
internal static class Lists
{
    /// <summary>The list as an immutable array; a null list, or a null in it, is a programming error.</summary>
    /// <typeparam name="T">The items.</typeparam>
    /// <param name="items">The list.</param>
    /// <param name="parameter">The parameter's name.</param>
    /// <returns>The items, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> holds a null.</exception>
    public static ImmutableArray<T> NoNulls<T>(IEnumerable<T> items, string parameter)
        where T : class
    {
        ImmutableArray<T> array = [.. Guard.Against.Null(items, parameter)];
        Guard.Against.InvalidInput(array, parameter, static a => !a.Contains(null!), "The list must not contain null.");
        return array;
    }
}
