using System.Collections.Immutable;
using System.Globalization;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// A regional support structure (RSS) and the data the rules need from it: its municipalities,
/// its yearly fixed cost, which municipalities take part each year, and how it rounds shares.
/// </summary>
/// <remarks>
/// <para>
/// A region is validated as a whole when it is created: every problem is reported at once in a
/// <see cref="RegionDataException"/>, and no partly valid region ever exists. Values that change
/// over time are dated by the year they take effect; asking for a year before the first value
/// is a clear error.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Region
{
    /// <summary>The earliest year a dated value may start.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a dated value may start.</summary>
    public const int MaxYear = 9999;

    /// <summary>Creates and validates a region.</summary>
    /// <param name="name">The region's name, e.g. "Norrbotten"; not blank.</param>
    /// <param name="municipalities">Its municipalities: at least one, no code twice.</param>
    /// <param name="fixedCosts">Its yearly fixed cost, by the year each amount takes effect, in any order: at least one period, no start year twice, whole kronor, not negative.</param>
    /// <param name="memberships">
    /// Which municipalities take part, by the year each membership takes effect; empty (the
    /// default) when all of them always take part.
    /// </param>
    /// <param name="fixedCostRounding">How shares of the fixed cost are rounded; by default the largest-remainder method of rule <c>ALLOC-2</c>.</param>
    /// <exception cref="RegionDataException">The data breaks a rule; every problem is listed.</exception>
    public Region(
        string name,
        IEnumerable<Municipality> municipalities,
        IEnumerable<FixedCostPeriod> fixedCosts,
        IEnumerable<MembershipPeriod>? memberships = null,
        RoundingPolicy<MunicipalityCode>? fixedCostRounding = null)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(fixedCosts);

        var problems = new List<DataProblem>();
        string label = string.IsNullOrWhiteSpace(name) ? "(unnamed)" : name;
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new("name", "a region needs a name"));
        }

        Municipality[] rows = municipalities.ToArray();
        FixedCostPeriod[] costs = fixedCosts.ToArray();
        MembershipPeriod[] members = (memberships ?? []).ToArray();

        CheckMunicipalities(rows, problems);
        CheckFixedCosts(costs, problems);
        CheckMemberships(members, rows, problems);
        if (fixedCostRounding is HalfUpWithResidualPolicy<MunicipalityCode> halfUp)
        {
            CheckResidualParty(halfUp.ResidualParty, rows, members, problems);
        }

        if (problems.Count > 0)
        {
            throw new RegionDataException($"region '{label}'", problems);
        }

        Name = name;
        Municipalities = [.. rows.OrderBy(m => m.Code)];
        FixedCosts = [.. costs.OrderBy(p => p.FromYear)];
        Memberships = [.. members.OrderBy(p => p.FromYear).Select(p => p with { Members = [.. p.Members.Order()] })];
        FixedCostRounding = fixedCostRounding ?? new LargestRemainderPolicy<MunicipalityCode>();
    }

    /// <summary>The region's name.</summary>
    public string Name { get; }

    /// <summary>The municipalities, in ascending code order.</summary>
    public ImmutableArray<Municipality> Municipalities { get; }

    /// <summary>The yearly fixed cost periods, in ascending start year.</summary>
    public ImmutableArray<FixedCostPeriod> FixedCosts { get; }

    /// <summary>The membership periods, in ascending start year; empty when every municipality always takes part.</summary>
    public ImmutableArray<MembershipPeriod> Memberships { get; }

    /// <summary>How shares of the fixed cost are rounded.</summary>
    public RoundingPolicy<MunicipalityCode> FixedCostRounding { get; }

    /// <summary>
    /// The first calendar year the region's data answers for: the later of the start of its first
    /// fixed-cost period and the start of its first membership period. <see cref="FixedCostIn"/>
    /// and <see cref="MembersIn"/> answer for this year and every later one.
    /// </summary>
    public int FirstYear => Memberships.IsEmpty
        ? FixedCosts[0].FromYear
        : Math.Max(FixedCosts[0].FromYear, Memberships[0].FromYear);

    /// <summary>The sum of the municipalities' populations.</summary>
    public long PopulationTotal => Municipalities.Sum(m => m.Population);

    /// <summary>The municipality with a given code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="KeyNotFoundException">The region has no municipality with that code.</exception>
    public Municipality MunicipalityWith(MunicipalityCode code) =>
        Municipalities.FirstOrDefault(m => m.Code == code)
        ?? throw new KeyNotFoundException($"{Name} has no municipality with code {code}.");

    /// <summary>The fixed cost of a calendar year (rule <c>ALLOC-1</c>).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The annual amount in force that year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before the first fixed-cost period.</exception>
    public Sek FixedCostIn(int year) => InForce(FixedCosts, year, p => p.FromYear, "fixed cost").AnnualAmount;

    /// <summary>The municipalities taking part in a calendar year (rule <c>ALLOC-4</c>), in ascending code order.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The members that year; all municipalities when the region has no membership periods.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The region has membership periods and the year is before the first.</exception>
    public ImmutableArray<Municipality> MembersIn(int year)
    {
        if (Memberships.IsEmpty)
        {
            return Municipalities;
        }

        MembershipPeriod period = InForce(Memberships, year, p => p.FromYear, "membership");
        return [.. Municipalities.Where(m => period.Members.Contains(m.Code))];
    }

    /// <summary>Compares a population total stated by a source with the sum of this region's rows (rule <c>ALLOC-3</c>).</summary>
    /// <param name="statedTotal">The stated total.</param>
    /// <returns>The comparison.</returns>
    public PopulationTotalCheck CheckStatedPopulationTotal(long statedTotal) => PopulationTotalCheck.Of(Municipalities, statedTotal);

    /// <summary>The region's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private T InForce<T>(ImmutableArray<T> periods, int year, Func<T, int> fromYear, string what)
    {
        for (int i = periods.Length - 1; i >= 0; i--)
        {
            if (fromYear(periods[i]) <= year)
            {
                return periods[i];
            }
        }

        throw new ArgumentOutOfRangeException(
            nameof(year),
            year,
            $"{Name} has no {what} for {year.ToString(CultureInfo.InvariantCulture)}: its first {what} applies from {fromYear(periods[0]).ToString(CultureInfo.InvariantCulture)}.");
    }

    private static void CheckMunicipalities(Municipality[] rows, List<DataProblem> problems)
    {
        if (rows.Length == 0)
        {
            problems.Add(new("municipalities", "a region needs at least one municipality"));
        }

        var seen = new HashSet<MunicipalityCode>();
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i] is null)
            {
                problems.Add(new($"municipalities[{i}]", "is missing"));
            }
            else if (!seen.Add(rows[i].Code))
            {
                problems.Add(new($"municipalities[{i}].code", $"{rows[i].Code} appears more than once"));
            }
        }
    }

    private static void CheckFixedCosts(FixedCostPeriod[] costs, List<DataProblem> problems)
    {
        if (costs.Length == 0)
        {
            problems.Add(new("fixed_costs", "a region needs a fixed cost for at least one year"));
        }

        var years = new HashSet<int>();
        for (int i = 0; i < costs.Length; i++)
        {
            FixedCostPeriod period = costs[i];
            if (period is null)
            {
                problems.Add(new($"fixed_costs[{i}]", "is missing"));
                continue;
            }

            CheckYear(period.FromYear, $"fixed_costs[{i}].from_year", problems);
            if (period.AnnualAmount < Sek.Zero)
            {
                problems.Add(new($"fixed_costs[{i}].amount", $"{period.AnnualAmount} is negative"));
            }
            else if (!period.AnnualAmount.IsWholeKronor)
            {
                problems.Add(new($"fixed_costs[{i}].amount", $"{period.AnnualAmount} is not whole kronor; invoiced amounts are whole kronor"));
            }

            if (!years.Add(period.FromYear))
            {
                problems.Add(new($"fixed_costs[{i}].from_year", $"{period.FromYear} has more than one amount"));
            }
        }
    }

    private static void CheckMemberships(MembershipPeriod[] periods, Municipality[] rows, List<DataProblem> problems)
    {
        var known = rows.Where(m => m is not null).Select(m => m.Code).ToHashSet();
        var years = new HashSet<int>();
        for (int i = 0; i < periods.Length; i++)
        {
            MembershipPeriod period = periods[i];
            if (period is null)
            {
                problems.Add(new($"memberships[{i}]", "is missing"));
                continue;
            }

            CheckYear(period.FromYear, $"memberships[{i}].from_year", problems);
            if (!years.Add(period.FromYear))
            {
                problems.Add(new($"memberships[{i}].from_year", $"{period.FromYear} has more than one membership"));
            }

            if (period.Members.IsDefaultOrEmpty)
            {
                problems.Add(new($"memberships[{i}].members", "at least one municipality must take part"));
                continue;
            }

            var seen = new HashSet<MunicipalityCode>();
            for (int j = 0; j < period.Members.Length; j++)
            {
                MunicipalityCode code = period.Members[j];
                if (!known.Contains(code))
                {
                    problems.Add(new($"memberships[{i}].members[{j}]", $"{code} is not one of the region's municipalities"));
                }
                else if (!seen.Add(code))
                {
                    problems.Add(new($"memberships[{i}].members[{j}]", $"{code} appears more than once"));
                }
            }
        }
    }

    private static void CheckResidualParty(MunicipalityCode residual, Municipality[] rows, MembershipPeriod[] periods, List<DataProblem> problems)
    {
        if (!rows.Any(m => m is not null && m.Code == residual))
        {
            problems.Add(new("rounding", $"the residual municipality {residual} is not one of the region's municipalities"));
            return;
        }

        for (int i = 0; i < periods.Length; i++)
        {
            if (periods[i] is { Members.IsDefault: false } period && !period.Members.Contains(residual))
            {
                problems.Add(new("rounding", $"the residual municipality {residual} does not take part from {period.FromYear.ToString(CultureInfo.InvariantCulture)} (memberships[{i}]), so it cannot take the residual then"));
            }
        }
    }

    private static void CheckYear(int year, string field, List<DataProblem> problems)
    {
        if (year is < MinYear or > MaxYear)
        {
            problems.Add(new($"{field}", $"{year.ToString(CultureInfo.InvariantCulture)} is not a year between {MinYear} and {MaxYear}"));
        }
    }
}
