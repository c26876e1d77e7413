using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// The rules a <see cref="Region"/> checks when it is created: a name, at least one municipality and
/// no code twice, a fixed cost per year in whole kronor, memberships of known municipalities, a
/// residual municipality that takes part, a stated population total equal to the rows' (rule <c>ALLOC-3</c>),
/// follow-up plans that start on 1 January (rule <c>GOAL-3</c>).
/// </summary>
internal static class RegionValidator
{
    /// <summary>Every problem of a region's parts, in the order of its constructor's parameters.</summary>
    /// <param name="name">The region's name.</param>
    /// <param name="rows">Its municipalities; an item may be null.</param>
    /// <param name="costs">Its fixed-cost periods; an item may be null.</param>
    /// <param name="members">Its membership periods; an item may be null.</param>
    /// <param name="rounding">How shares of the fixed cost are rounded, or null for the default.</param>
    /// <param name="statedTotal">A stated population total, or null.</param>
    /// <param name="followUpPlans">Its follow-up plans, or null.</param>
    /// <returns>The problems; empty when the region is valid.</returns>
    public static List<DataProblem> Check(
        string name,
        Municipality[] rows,
        FixedCostPeriod[] costs,
        MembershipPeriod[] members,
        RoundingPolicy<MunicipalityCode>? rounding,
        long? statedTotal,
        Timeline<FollowUpPlan>? followUpPlans)
    {
        var problems = new List<DataProblem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new("name", RegionText.Of(nameof(RegionTexts.RegionNameMissing))));
        }

        CheckMunicipalities(rows, problems);
        CheckFixedCosts(costs, problems);
        CheckMemberships(members, rows, problems);
        if (rounding is HalfUpWithResidualPolicy<MunicipalityCode> halfUp)
        {
            CheckResidualParty(halfUp.ResidualParty, rows, members, problems);
        }

        if (statedTotal is long stated && rows.All(m => m is not null))
        {
            PopulationTotalCheck check = PopulationTotalCheck.Of(rows, stated);
            if (!check.IsConsistent)
            {
                problems.Add(new("population_total", RegionText.Of(nameof(RegionTexts.PopulationTotalMustEqualRows), check)));
            }
        }

        for (int i = 0; i < (followUpPlans?.Values.Length ?? 0); i++)
        {
            NodaTime.LocalDate from = followUpPlans!.Values[i].ValidFrom;
            if (from.Month != 1 || from.Day != 1)
            {
                problems.Add(new($"follow_up[{i}].valid_from", RegionText.Of(nameof(RegionTexts.FollowUpPlanNotFromJanuary))));
            }
        }

        return problems;
    }

    private static void CheckMunicipalities(Municipality[] rows, List<DataProblem> problems)
    {
        if (rows.Length == 0)
        {
            problems.Add(new("municipalities", RegionText.Of(nameof(RegionTexts.RegionWithoutMunicipalities))));
        }

        var seen = new HashSet<MunicipalityCode>();
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i] is null)
            {
                problems.Add(new($"municipalities[{i}]", RegionText.Of(nameof(RegionTexts.RegionListItemMissing))));
            }
            else if (!seen.Add(rows[i].Code))
            {
                problems.Add(new($"municipalities[{i}].code", RegionText.Of(nameof(RegionTexts.RegionMunicipalityCodeRepeated), rows[i].Code)));
            }
        }
    }

    private static void CheckFixedCosts(FixedCostPeriod[] costs, List<DataProblem> problems)
    {
        if (costs.Length == 0)
        {
            problems.Add(new("fixed_costs", RegionText.Of(nameof(RegionTexts.RegionWithoutFixedCost))));
        }

        var years = new HashSet<int>();
        for (int i = 0; i < costs.Length; i++)
        {
            FixedCostPeriod period = costs[i];
            if (period is null)
            {
                problems.Add(new($"fixed_costs[{i}]", RegionText.Of(nameof(RegionTexts.RegionListItemMissing))));
                continue;
            }

            CheckYear(period.FromYear, $"fixed_costs[{i}].valid_from", problems);
            if (period.AnnualAmount < Sek.Zero)
            {
                problems.Add(new($"fixed_costs[{i}].amount_sek", RegionText.Of(nameof(RegionTexts.FixedCostNegative), period.AnnualAmount)));
            }
            else if (!period.AnnualAmount.IsWholeKronor)
            {
                problems.Add(new($"fixed_costs[{i}].amount_sek", RegionText.Of(nameof(RegionTexts.FixedCostNotWholeKronor), period.AnnualAmount)));
            }

            if (!years.Add(period.FromYear))
            {
                problems.Add(new($"fixed_costs[{i}].valid_from", RegionText.Of(nameof(RegionTexts.FixedCostYearRepeated), period.FromYear)));
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
                problems.Add(new($"memberships[{i}]", RegionText.Of(nameof(RegionTexts.RegionListItemMissing))));
                continue;
            }

            CheckYear(period.FromYear, $"memberships[{i}].valid_from", problems);
            if (!years.Add(period.FromYear))
            {
                problems.Add(new($"memberships[{i}].valid_from", RegionText.Of(nameof(RegionTexts.MembershipYearRepeated), period.FromYear)));
            }

            if (period.Members.IsDefaultOrEmpty)
            {
                problems.Add(new($"memberships[{i}].members", RegionText.Of(nameof(RegionTexts.MembershipWithoutMembers))));
                continue;
            }

            var seen = new HashSet<MunicipalityCode>();
            for (int j = 0; j < period.Members.Length; j++)
            {
                MunicipalityCode code = period.Members[j];
                if (!known.Contains(code))
                {
                    problems.Add(new($"memberships[{i}].members[{j}]", RegionText.Of(nameof(RegionTexts.MemberNotInRegion), code)));
                }
                else if (!seen.Add(code))
                {
                    problems.Add(new($"memberships[{i}].members[{j}]", RegionText.Of(nameof(RegionTexts.RegionMunicipalityCodeRepeated), code)));
                }
            }
        }
    }

    private static void CheckResidualParty(MunicipalityCode residual, Municipality[] rows, MembershipPeriod[] periods, List<DataProblem> problems)
    {
        if (!rows.Any(m => m is not null && m.Code == residual))
        {
            problems.Add(new("rounding", RegionText.Of(nameof(RegionTexts.ResidualNotInRegion), residual)));
            return;
        }

        for (int i = 0; i < periods.Length; i++)
        {
            if (periods[i] is { Members.IsDefault: false } period && !period.Members.Contains(residual))
            {
                problems.Add(new("rounding", RegionText.Of(nameof(RegionTexts.ResidualNotTakingPart), residual, period.FromYear, i)));
            }
        }
    }

    private static void CheckYear(int year, string field, List<DataProblem> problems)
    {
        if (year is < Region.MinYear or > Region.MaxYear)
        {
            problems.Add(new(field, RegionText.Of(nameof(RegionTexts.YearOutOfRange), year, Region.MinYear, Region.MaxYear)));
        }
    }
}
