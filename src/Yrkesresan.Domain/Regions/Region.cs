using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// A regional support structure (RSS) and the data the rules need from it: its municipalities,
/// its yearly fixed cost, which municipalities take part each year, how it rounds shares, its fee
/// schedules, its eligibility policy with the step calendar, its course catalogue, and its follow-up
/// plan of effect goals. A region file (<see cref="RegionFile"/>) describes all of it.
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
    /// <param name="feeSchedules">The fee schedules by date (rules <c>FEE-1</c>, <c>FEE-2</c>); null when the region's data has none.</param>
    /// <param name="eligibility">The eligibility policies by date (rules <c>STEP-5</c>, <c>STEP-6</c>, <c>STEP-8</c>); null when the region's data has none.</param>
    /// <param name="catalogue">The course catalogue (rules <c>COURSE-1</c> to <c>COURSE-5</c>); empty by default.</param>
    /// <param name="statedPopulationTotal">A population total the source states, which must equal the sum of the rows (rule <c>ALLOC-3</c>); null when none is stated.</param>
    /// <param name="followUpPlans">
    /// The follow-up plans of effect goals by date (rules <c>GOAL-1</c> to <c>GOAL-6</c>), each from 1 January: a plan is
    /// followed up per calendar year; null when the region's data has none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="municipalities"/> or <paramref name="fixedCosts"/> is null.</exception>
    /// <exception cref="RegionDataException">The data breaks a rule; every problem is listed.</exception>
    public Region(
        string name,
        IEnumerable<Municipality> municipalities,
        IEnumerable<FixedCostPeriod> fixedCosts,
        IEnumerable<MembershipPeriod>? memberships = null,
        RoundingPolicy<MunicipalityCode>? fixedCostRounding = null,
        Timeline<FeeSchedule>? feeSchedules = null,
        Timeline<EligibilityPolicy>? eligibility = null,
        CourseCatalogue? catalogue = null,
        long? statedPopulationTotal = null,
        Timeline<FollowUpPlan>? followUpPlans = null)
    {
        Guard.Against.Null(municipalities);
        Guard.Against.Null(fixedCosts);

        Municipality[] rows = municipalities.ToArray();
        FixedCostPeriod[] costs = fixedCosts.ToArray();
        MembershipPeriod[] members = (memberships ?? []).ToArray();
        List<DataProblem> problems = RegionValidator.Check(name, rows, costs, members, fixedCostRounding, statedPopulationTotal, followUpPlans);
        if (problems.Count > 0)
        {
            string label = string.IsNullOrWhiteSpace(name) ? RegionTexts.RegionUnnamed : name;
            throw new RegionDataException(LocalizedText.Format(RegionTexts.RegionSubject, label), problems);
        }

        Name = name;
        Municipalities = [.. rows.OrderBy(m => m.Code)];
        byCode = Municipalities.ToFrozenDictionary(m => m.Code);
        FixedCosts = [.. costs.OrderBy(p => p.FromYear)];
        Memberships = [.. members.OrderBy(p => p.FromYear).Select(p => p with { Members = [.. p.Members.Order()] })];
        FixedCostRounding = fixedCostRounding ?? new LargestRemainderPolicy<MunicipalityCode>();
        FeeSchedules = feeSchedules;
        Eligibility = eligibility;
        Catalogue = catalogue ?? CourseCatalogue.Empty;
        StatedPopulationTotal = statedPopulationTotal;
        FollowUpPlans = followUpPlans;
    }

    private readonly FrozenDictionary<MunicipalityCode, Municipality> byCode;

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

    /// <summary>The fee schedules by the date each takes effect, or null when the region's data has none.</summary>
    public Timeline<FeeSchedule>? FeeSchedules { get; }

    /// <summary>The eligibility policies by the date each takes effect, or null when the region's data has none.</summary>
    public Timeline<EligibilityPolicy>? Eligibility { get; }

    /// <summary>The course catalogue: courses and the routes of the steps; empty when the region's data has none.</summary>
    public CourseCatalogue Catalogue { get; }

    /// <summary>The population total the source states, checked against the rows; null when none is stated.</summary>
    public long? StatedPopulationTotal { get; }

    /// <summary>
    /// The follow-up plans of effect goals (rule <c>GOAL-3</c>) by the date each takes effect, always 1 January; null when
    /// the region's data has none (a new region's default is then <see cref="FollowUpPlan.National"/>, the caller's choice).
    /// </summary>
    public Timeline<FollowUpPlan>? FollowUpPlans { get; }

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
        byCode.TryGetValue(code, out Municipality? municipality)
            ? municipality
            : throw new KeyNotFoundException(LocalizedText.Format(RegionTexts.RegionHasNoMunicipalityWithCode, Name, code));

    /// <summary>Whether a code is one of the region's municipalities.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether the region has a municipality with that code.</returns>
    public bool HasMunicipality(MunicipalityCode code) => byCode.ContainsKey(code);

    /// <summary>The fixed cost of a calendar year (rule <c>ALLOC-1</c>).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The annual amount in force that year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before the first fixed-cost period.</exception>
    public Sek FixedCostIn(int year) => InForce(FixedCosts, year, p => p.FromYear, RegionTexts.RegionHasNoFixedCostFor).AnnualAmount;

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

        MembershipPeriod period = InForce(Memberships, year, p => p.FromYear, RegionTexts.RegionHasNoMembershipFor);
        return [.. Municipalities.Where(m => period.Members.Contains(m.Code))];
    }

    /// <summary>The fee schedule in force on a date (rules <c>FEE-1</c>, <c>FEE-2</c>).</summary>
    /// <param name="date">The date, e.g. a course day's.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="InvalidOperationException">The region's data has no fee schedules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the first schedule.</exception>
    public FeeSchedule FeeScheduleOn(LocalDate date) => On(FeeSchedules, date, RegionTexts.RegionHasNoFeeSchedules, RegionTexts.RegionHasNoFeeScheduleOn);

    /// <summary>The eligibility policy in force on a date (rules <c>STEP-5</c>, <c>STEP-6</c>, <c>STEP-8</c>).</summary>
    /// <param name="date">The date, e.g. a decision's as-of date.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidOperationException">The region's data has no eligibility policies.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the first policy.</exception>
    public EligibilityPolicy EligibilityOn(LocalDate date) => On(Eligibility, date, RegionTexts.RegionHasNoEligibilityPolicies, RegionTexts.RegionHasNoEligibilityPolicyOn);

    /// <summary>The follow-up plan of a calendar year (rule <c>GOAL-3</c>): the one in force from 1 January of the year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="InvalidOperationException">The region's data has no follow-up plans.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before the first plan, or outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public FollowUpPlan FollowUpPlanIn(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), MinYear, MaxYear, "A year is from 1900 to 9999.");
        if (FollowUpPlans is null)
        {
            throw new InvalidOperationException(LocalizedText.Format(RegionTexts.RegionHasNoFollowUpPlans, Name));
        }

        return FollowUpPlans.TryOn(new LocalDate(year, 1, 1), out FollowUpPlan? plan)
            ? plan
            : throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                LocalizedText.Format(RegionTexts.RegionHasNoFollowUpPlanFor, Name, year, FollowUpPlans.FirstDate.Year));
    }

    /// <summary>Compares a population total stated by a source with the sum of this region's rows (rule <c>ALLOC-3</c>).</summary>
    /// <param name="statedTotal">The stated total.</param>
    /// <returns>The comparison.</returns>
    public PopulationTotalCheck CheckStatedPopulationTotal(long statedTotal) => PopulationTotalCheck.Of(Municipalities, statedTotal);

    /// <summary>The region's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private T On<T>(Timeline<T>? timeline, LocalDate date, string noneAtAll, string noneOn)
        where T : class
    {
        if (timeline is null)
        {
            throw new InvalidOperationException(LocalizedText.Format(noneAtAll, Name));
        }

        return timeline.TryOn(date, out T? value)
            ? value
            : throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                LocalizedText.Format(noneOn, Name, LocalDatePattern.Iso.Format(date), LocalDatePattern.Iso.Format(timeline.FirstDate)));
    }

    private T InForce<T>(ImmutableArray<T> periods, int year, Func<T, int> fromYear, string noneFor)
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
            LocalizedText.Format(noneFor, Name, year, fromYear(periods[0])));
    }
}
