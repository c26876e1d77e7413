using System.Globalization;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Benchmarks;

/// <summary>The parties the benchmarks share a total among.</summary>
internal static class Datasets
{
    /// <summary>The file with SCB's population of every municipality on 31 December 2020 (code,name,county,population).</summary>
    public const string SwedenFileName = "scb-folkmangd-2020-12-31.csv";

    /// <summary>The seed of the synthetic dataset, fixed so every run measures the same parties.</summary>
    public const int SyntheticSeed = 20_201_231;

    /// <summary>Norrbotten's 14 municipalities, population as weight, in code order.</summary>
    public static WeightedParty<MunicipalityCode>[] Norrbotten14() =>
        [.. Norrbotten.Region.Municipalities.Select(m => new WeightedParty<MunicipalityCode>(m.Code, m.Population))];

    /// <summary>All 290 Swedish municipalities, population as weight, in the file's (code) order.</summary>
    public static WeightedParty<MunicipalityCode>[] Sweden290()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", SwedenFileName);
        WeightedParty<MunicipalityCode>[] parties =
        [
            .. File.ReadLines(path)
                .Skip(1)
                .Where(line => line.Length > 0)
                .Select(line => line.Split(','))
                .Select(fields => new WeightedParty<MunicipalityCode>(
                    MunicipalityCode.Parse(fields[0]),
                    long.Parse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture))),
        ];

        return parties.Length == 290
            ? parties
            : throw new InvalidDataException($"{path} has {parties.Length} municipalities; 290 expected.");
    }

    /// <summary>
    /// 10 000 synthetic parties: keys 1 to 10 000 as <see cref="int"/> (a municipality code has
    /// only 9 999 values), in ascending order, each with a weight drawn uniformly from
    /// [1 000, 1 000 000) by a <see cref="Random"/> of fixed seed.
    /// </summary>
    public static WeightedParty<int>[] Synthetic10000()
    {
#pragma warning disable CA5394 // Not for security: a fixed seed makes a reproducible dataset.
        var random = new Random(SyntheticSeed);
        return [.. Enumerable.Range(1, 10_000).Select(key => new WeightedParty<int>(key, random.Next(1_000, 1_000_000)))];
#pragma warning restore CA5394
    }
}
