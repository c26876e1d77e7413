namespace Yrkesresan.Domain.Allocation;

/// <summary>
/// One party to an allocation and its weight: a municipality and its population, a municipality
/// and its trainer days, or any other party and non-negative whole-number weight.
/// </summary>
/// <typeparam name="TKey">
/// What identifies a party, e.g. <see cref="Yrkesresan.Domain.Regions.MunicipalityCode"/>. Its <c>Equals</c> says
/// which parties are the same; its <c>CompareTo</c> gives the last tie-break of rule
/// <c>ALLOC-2</c> (the lower party first), so the two must agree.
/// </typeparam>
/// <param name="Party">The party.</param>
/// <param name="Weight">The party's weight; must not be negative.</param>
public readonly record struct WeightedParty<TKey>(TKey Party, long Weight)
    where TKey : notnull, IComparable<TKey>;
