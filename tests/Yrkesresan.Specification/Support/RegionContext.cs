using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Specification.Support;

/// <summary>
/// The region of a scenario: Norrbotten, built into the library, unless the scenario describes a
/// county of its own (municipalities, fixed cost, memberships), which is then made when first asked for.
/// Shared by the step definitions of every area through Reqnroll's context injection.
/// </summary>
public sealed class RegionContext
{
    private readonly List<Municipality> municipalities = [];
    private readonly List<FixedCostPeriod> fixedCosts = [];
    private readonly List<MembershipPeriod> memberships = [];
    private string? name;
    private Region? region;

    /// <summary>The region: the county described, or Norrbotten.</summary>
    public Region Region => region ??= name is null
        ? Norrbotten.Region
        : new Region(
            name,
            municipalities,
            fixedCosts.Count == 0 ? [new FixedCostPeriod(2021, Sek.FromKronor(1_000))] : fixedCosts,
            memberships.Count == 0 ? null : memberships,
            feeSchedules: Norrbotten.Region.FeeSchedules);

    /// <summary>Uses Norrbotten as the library has it built in.</summary>
    public void UseNorrbotten()
    {
        name = null;
        region = null;
    }

    /// <summary>Describes a county of its own, with Norrbotten's fee schedule.</summary>
    public void Describe(string countyName, IEnumerable<Municipality> members)
    {
        name = countyName;
        municipalities.Clear();
        municipalities.AddRange(members);
        region = null;
    }

    /// <summary>Adds a fixed cost from a year on.</summary>
    public void AddFixedCost(int fromYear, Sek annual)
    {
        fixedCosts.Add(new FixedCostPeriod(fromYear, annual));
        region = null;
    }

    /// <summary>Says which municipalities take part from a year on.</summary>
    public void AddMembership(int fromYear, IEnumerable<MunicipalityCode> members)
    {
        memberships.Add(new MembershipPeriod(fromYear, [.. members]));
        region = null;
    }

    /// <summary>The code of a municipality named in the county described, or of the region's.</summary>
    public MunicipalityCode CodeOf(string nameOrCode) =>
        municipalities.FirstOrDefault(m => Swedish.Same(m.Name, nameOrCode) || m.Code.ToString() == nameOrCode.Trim())?.Code
        ?? Municipality(nameOrCode).Code;

    /// <summary>A municipality of the region by its name (<c>Luleå</c>) or its code (<c>2580</c>).</summary>
    public Municipality Municipality(string nameOrCode)
    {
        string wanted = nameOrCode.Trim();
        return Region.Municipalities.FirstOrDefault(m => Swedish.Same(m.Name, wanted) || m.Code.ToString() == wanted)
            ?? throw new ArgumentException($"{Region.Name} has no municipality '{nameOrCode}'");
    }
}
