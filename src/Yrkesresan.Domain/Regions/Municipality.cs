using Ardalis.GuardClauses;
using NodaTime;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// A municipality of a region: its code, its name and its population (<i>folkmängd</i>), the
/// weight by which it shares the fixed cost (rule <c>ALLOC-1</c>).
/// </summary>
/// <remarks>This type is immutable and safe to share between threads.</remarks>
public sealed record Municipality
{
    /// <summary>Creates a municipality.</summary>
    /// <param name="code">The municipality code.</param>
    /// <param name="name">The name, e.g. "Luleå"; not blank.</param>
    /// <param name="population">The population; at least 1.</param>
    /// <param name="populationDate">The date the population was counted, when known.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default <c>0000</c>, or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is below 1.</exception>
    public Municipality(MunicipalityCode code, string name, long population, LocalDate? populationDate = null)
    {
        Guard.Against.Default(code, message: "A municipality needs a code; 0000 is not one.");
        Guard.Against.NullOrWhiteSpace(name, message: "A municipality needs a name; it must not be blank.");
        Guard.Against.OutOfRange(population, nameof(population), 1, long.MaxValue, "A municipality's population must be at least 1.");
        Code = code;
        Name = name;
        Population = population;
        PopulationDate = populationDate;
    }

    /// <summary>The municipality code.</summary>
    public MunicipalityCode Code { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The population: the municipality's weight in the fixed-cost allocation.</summary>
    public long Population { get; }

    /// <summary>The date the population was counted, or <see langword="null"/> when the source does not say.</summary>
    public LocalDate? PopulationDate { get; }

    /// <summary>The code and name, e.g. <c>"2580 Luleå"</c>.</summary>
    /// <returns>The code and name.</returns>
    public override string ToString() => $"{Code} {Name}";
}
