using BenchmarkDotNet.Attributes;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Benchmarks;

/// <summary>
/// The largest-remainder allocator against the naive <see cref="NaiveDecimalAllocator"/> baseline,
/// on one dataset; each subclass is one dataset, so each size gets its own baseline ratio.
/// </summary>
/// <typeparam name="TKey">What identifies a party.</typeparam>
public abstract class LargestRemainderBenchmark<TKey>
    where TKey : notnull, IComparable<TKey>
{
    /// <summary>The total shared: Norrbotten's yearly fixed cost, 950 000 kr.</summary>
    public const long Total = 950_000;

    private readonly LargestRemainderPolicy<TKey> policy = new();
    private WeightedParty<TKey>[] parties = [];

    [GlobalSetup]
    public void Setup()
    {
        parties = CreateParties();
        CheckSameAmounts(policy.Allocate(Total, new ReadOnlySpan<WeightedParty<TKey>>(parties)), NaiveDecimalAllocator.Allocate(Total, parties));
    }

    [Benchmark(Baseline = true, Description = "Naive decimal + LINQ")]
    public Dictionary<TKey, long> Naive() => NaiveDecimalAllocator.Allocate(Total, parties);

    [Benchmark(Description = "LargestRemainderPolicy")]
    public Allocation<TKey> Library() => policy.Allocate(Total, new ReadOnlySpan<WeightedParty<TKey>>(parties));

    /// <summary>
    /// The least work any exact largest-remainder method must do, as a yardstick for the library:
    /// the sum of the weights, then for each party its exact quotient <c>total × weight ÷ weight
    /// total</c>, with one multiply and one divide (64-bit where the product fits, 128-bit where it
    /// does not), nothing allocated. It does not round or rank anything and gives no allocation;
    /// the quotients are added up and returned only so the JIT cannot drop the work.
    /// </summary>
    [Benchmark(Description = "Limit: one multiply and divide a party")]
    public long Limit()
    {
        ReadOnlySpan<WeightedParty<TKey>> span = parties;
        long weightTotal = 0;
        foreach (WeightedParty<TKey> party in span)
        {
            weightTotal += party.Weight;
        }

        ulong sum = 0;
        foreach (WeightedParty<TKey> party in span)
        {
            ulong high = Math.BigMul((ulong)Total, (ulong)party.Weight, out ulong low);
            sum += high == 0
                ? low / (ulong)weightTotal
                : (ulong)(new UInt128(high, low) / (ulong)weightTotal);
        }

        return (long)sum;
    }

    private protected abstract WeightedParty<TKey>[] CreateParties();

    /// <summary>Throws unless both give every party the same amount, so the benchmarks compare equal work.</summary>
    private void CheckSameAmounts(Allocation<TKey> library, Dictionary<TKey, long> naive)
    {
        if (library.Shares.Length != parties.Length || naive.Count != parties.Length)
        {
            throw new InvalidOperationException($"{GetType().Name}: {parties.Length} parties, but the library gave {library.Shares.Length} shares and the baseline {naive.Count}.");
        }

        long sum = 0;
        foreach (AllocationShare<TKey> share in library.Shares)
        {
            sum += share.Amount;
            if (!naive.TryGetValue(share.Party, out long amount) || amount != share.Amount)
            {
                throw new InvalidOperationException($"{GetType().Name}: party {share.Party} gets {share.Amount} from the library but {amount} from the baseline.");
            }
        }

        if (sum != Total)
        {
            throw new InvalidOperationException($"{GetType().Name}: the amounts add up to {sum}, not {Total}.");
        }
    }
}

/// <summary>14 parties: Norrbotten's municipalities by population.</summary>
[MemoryDiagnoser]
public class Allocate14Norrbotten : LargestRemainderBenchmark<MunicipalityCode>
{
    private protected override WeightedParty<MunicipalityCode>[] CreateParties() => Datasets.Norrbotten14();
}

/// <summary>290 parties: every Swedish municipality by population on 2020-12-31.</summary>
[MemoryDiagnoser]
public class Allocate290Sweden : LargestRemainderBenchmark<MunicipalityCode>
{
    private protected override WeightedParty<MunicipalityCode>[] CreateParties() => Datasets.Sweden290();
}

/// <summary>10 000 synthetic parties with <see cref="int"/> keys.</summary>
[MemoryDiagnoser]
public class Allocate10000Synthetic : LargestRemainderBenchmark<int>
{
    private protected override WeightedParty<int>[] CreateParties() => Datasets.Synthetic10000();
}
