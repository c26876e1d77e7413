using System.Collections.Immutable;
using System.Globalization;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// A Swedish county (<i>län</i>) of Statistics Sweden's list (<see cref="OfficialMunicipalities"/>): its two-digit
/// code (<i>länskod</i>), e.g. 25, its name, e.g. "Norrbottens län", and its municipalities.
/// </summary>
/// <remarks>Only the official list makes counties. This type is immutable and safe to share between threads.</remarks>
public sealed class County
{
    internal County(int code, string name, ImmutableArray<OfficialMunicipality> municipalities)
    {
        Code = code;
        Name = name;
        Municipalities = municipalities;
    }

    /// <summary>The county code (<i>länskod</i>): the first two digits of its municipalities' codes, e.g. 25.</summary>
    public int Code { get; }

    /// <summary>The county's official name, e.g. "Norrbottens län".</summary>
    public string Name { get; }

    /// <summary>The county's municipalities, by code.</summary>
    public ImmutableArray<OfficialMunicipality> Municipalities { get; }

    /// <summary>The sum of the populations of the county's municipalities on <see cref="OfficialMunicipalities.PopulationDate"/>.</summary>
    public long Population => Municipalities.Sum(m => m.Population);

    /// <summary>The code as two digits and the name, e.g. <c>"25 Norrbottens län"</c>.</summary>
    /// <returns>The code and name.</returns>
    public override string ToString() => Code.ToString("D2", CultureInfo.InvariantCulture) + " " + Name;
}
