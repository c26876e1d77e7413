using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// Statistics Sweden's (SCB) list of the 290 Swedish municipalities: each one's official code (<i>kommunkod</i>),
/// name, county and population on 31 December 2020 (<i>Folkmängd per kommun 31 december 2020</i>, published
/// February 2021), embedded in this assembly.
/// </summary>
/// <remarks>
/// <para>
/// The list is the basis of a new region (<see cref="RegionFileTemplate"/>, <c>yrkesresan region --new</c>) and the
/// judge of the municipalities of a region file: a code that is not one of the list's, or a name that does not belong to
/// its code, is refused (<see cref="CheckPair"/>, decision 0026). A <see cref="Region"/> built in code is not checked.
/// </para>
/// <para>
/// Names are compared exactly, after Unicode normalization form C: case, accents and white space count, so that every
/// invoice and table shows the official spelling.
/// </para>
/// <para>The list is read on first use and shared; all members are safe to call from several threads at once.</para>
/// </remarks>
public static class OfficialMunicipalities
{
    /// <summary>The day the populations were counted: 2020-12-31.</summary>
    public static LocalDate PopulationDate => new(2020, 12, 31);

    /// <summary>Every municipality, by code: 290 of them.</summary>
    public static ImmutableArray<OfficialMunicipality> All => OfficialList.Instance.All;

    /// <summary>Every county, by code: 21 of them.</summary>
    public static ImmutableArray<County> Counties => OfficialList.Instance.Counties;

    /// <summary>Finds the municipality with a code.</summary>
    /// <param name="code">The code, e.g. <c>2260</c>.</param>
    /// <param name="municipality">The municipality, when the code is one of the list's.</param>
    /// <returns>Whether the code is an official municipality code.</returns>
    public static bool TryFind(MunicipalityCode code, [NotNullWhen(true)] out OfficialMunicipality? municipality)
    {
        municipality = OfficialList.Instance.Find(code);
        return municipality is not null;
    }

    /// <summary>Finds the municipality with a name, compared exactly after Unicode normalization form C.</summary>
    /// <param name="name">The name, e.g. "Ånge".</param>
    /// <param name="municipality">The municipality, when the name is one of the list's.</param>
    /// <returns>Whether the name is an official municipality name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryFindByName(string name, [NotNullWhen(true)] out OfficialMunicipality? municipality)
    {
        Guard.Against.Null(name);
        municipality = OfficialList.Instance.FindByName(name);
        return municipality is not null;
    }

    /// <summary>Finds the county with a code.</summary>
    /// <param name="countyCode">The county code (<i>länskod</i>), e.g. 22.</param>
    /// <param name="county">The county, when the code is one of the list's.</param>
    /// <returns>Whether the code is an official county code.</returns>
    public static bool TryFindCounty(int countyCode, [NotNullWhen(true)] out County? county)
    {
        county = OfficialList.Instance.FindCounty(countyCode);
        return county is not null;
    }

    /// <summary>The municipalities of a county, by code.</summary>
    /// <param name="countyCode">The county code, e.g. 25 for Norrbottens län.</param>
    /// <returns>Its municipalities; empty when no county has the code.</returns>
    public static ImmutableArray<OfficialMunicipality> InCounty(int countyCode) =>
        OfficialList.Instance.FindCounty(countyCode)?.Municipalities ?? [];

    /// <summary>
    /// Checks that a code and a name are an official pair: the code is one of the list's, and the name is its name.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, compared exactly after Unicode normalization form C.</param>
    /// <returns>
    /// Null for an official pair; otherwise the problem, at the path <c>code</c> or <c>name</c>, naming the official
    /// pair where there is one: <c>2206 is not a Swedish municipality code; Ånge is 2260</c>,
    /// <c>2206 is not a Swedish municipality code</c>, <c>2260 is Ånge, not Ange</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static DataProblem? CheckPair(MunicipalityCode code, string name)
    {
        Guard.Against.Null(name);
        return OfficialPair.Check(code, name);
    }
}
