namespace Yrkesresan.Domain.Regions;

/// <summary>
/// A municipality of Statistics Sweden's list (<see cref="OfficialMunicipalities"/>): its official code and name,
/// its county and its population on <see cref="OfficialMunicipalities.PopulationDate"/>.
/// </summary>
/// <remarks>Only the official list makes these. This type is immutable and safe to share between threads.</remarks>
public sealed class OfficialMunicipality
{
    internal OfficialMunicipality(MunicipalityCode code, string name, long population)
    {
        Code = code;
        Name = name;
        Population = population;
    }

    /// <summary>The municipality code (<i>kommunkod</i>), e.g. <c>2260</c>.</summary>
    public MunicipalityCode Code { get; }

    /// <summary>The official name, e.g. "Ånge", in Unicode normalization form C.</summary>
    public string Name { get; }

    /// <summary>The population (<i>folkmängd</i>) on <see cref="OfficialMunicipalities.PopulationDate"/>.</summary>
    public long Population { get; }

    /// <summary>The county the municipality belongs to: the one whose code is the first two digits of <see cref="Code"/>.</summary>
    public County County => OfficialList.Instance.CountyOf(Code);

    /// <summary>The municipality as a region's, with the official population and its date.</summary>
    /// <returns>A <see cref="Municipality"/> with <see cref="Code"/>, <see cref="Name"/>, <see cref="Population"/> and <see cref="OfficialMunicipalities.PopulationDate"/>.</returns>
    public Municipality ToMunicipality() => new(Code, Name, Population, OfficialMunicipalities.PopulationDate);

    /// <summary>The code and name, e.g. <c>"2260 Ånge"</c>.</summary>
    /// <returns>The code and name.</returns>
    public override string ToString() => $"{Code} {Name}";
}
