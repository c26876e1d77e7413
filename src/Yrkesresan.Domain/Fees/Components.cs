using System.Collections.Immutable;

namespace Yrkesresan.Domain.Fees;

/// <summary>The fee components in their order (by value), computed once.</summary>
internal static class Components
{
    /// <summary>Venue, trainer pot, course material, buffer.</summary>
    public static ImmutableArray<FeeComponent> All { get; } = [.. FeeComponent.List.OrderBy(c => c.Value)];
}
