using FsCheck;
using FsCheck.Fluent;
using Yrkesresan.Domain.Allocation;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>Random inputs for the property tests.</summary>
internal static class Generators
{
    /// <summary>A long spread over small, medium and huge magnitudes, so both the 64-bit and the 128-bit paths are exercised.</summary>
    public static Gen<long> NonNegativeLong(long max = long.MaxValue) =>
        Gen.Frequency(
            (4, Gen.Choose(0, 20).Select(i => (long)i)),
            (4, Gen.Choose(0, 1_000_000).Select(i => (long)i)),
            (2, Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue)).Select(t => ((long)t.Item1 << 31) | (long)t.Item2)),
            (1, Gen.Elements(long.MaxValue, long.MaxValue - 1, (long)int.MaxValue * int.MaxValue)))
        .Select(v => max == long.MaxValue ? v : v % (max + 1));

    /// <summary>A total to share: mostly moderate, sometimes huge.</summary>
    public static Gen<long> Total => NonNegativeLong();

    /// <summary>
    /// A valid list of parties: 1 to 40 distinct integer keys with non-negative weights, not all zero,
    /// whose sum fits in a long. Weights are drawn from a few narrow ranges so ties in remainder and weight happen often.
    /// </summary>
    public static Gen<WeightedParty<int>[]> Parties =>
        from count in Gen.Choose(1, 40)
        from scale in Gen.Elements(3L, 10L, 1_000L, 10_000_000L, long.MaxValue / 64)
        from weights in Gen.ArrayOf(NonNegativeLong(scale), count)
        from keys in Gen.Shuffle(Enumerable.Range(1, 1_000).ToArray())
        where weights.Any(w => w > 0)
        select weights.Select((w, i) => new WeightedParty<int>(keys[i], w)).ToArray();

    /// <summary>
    /// A request with mass ties: 30 to 300 parties whose weights take only a handful of values, so
    /// that many parties share one remainder and the ties are broken by weight and party.
    /// </summary>
    public static Gen<(long Total, WeightedParty<int>[] Parties)> TieHeavyRequests =>
        from count in Gen.Choose(30, 300)
        from weights in Gen.ArrayOf(Gen.Elements(1L, 2L, 3L, 4L), count)
        from keys in Gen.Shuffle(Enumerable.Range(1, 1_000).ToArray())
        from total in Gen.Choose(0, 1_000_000)
        select ((long)total, weights.Select((w, i) => new WeightedParty<int>(keys[i], w)).ToArray());

    /// <summary>A valid request: a total and parties.</summary>
    public static Gen<(long Total, WeightedParty<int>[] Parties)> Requests =>
        Gen.Zip(Total, Parties);

    /// <summary>A permutation of an array.</summary>
    public static Gen<T[]> Permutation<T>(T[] items) => Gen.Shuffle(items);
}
