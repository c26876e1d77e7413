using System.Collections.Immutable;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Reporting;

/// <summary>
/// One row of the appendix's goals by municipality (rule <c>REPORT-1</c>): a municipality, or the
/// respondents who did not say which, with its share of each survey goal the survey breaks down by
/// municipality (<see cref="SurveyGoalResult.ByMunicipality"/>, rules <c>GOAL-1</c>, <c>GOAL-4</c>).
/// </summary>
/// <remarks>Made only by <see cref="AnnualReport"/>; immutable and safe to share between threads.</remarks>
public sealed class MunicipalityGoals
{
    private MunicipalityGoals(Municipality? municipality, ImmutableArray<MunicipalityShare?> shares)
    {
        Municipality = municipality;
        Shares = shares;
    }

    /// <summary>The municipality, or null for the respondents who did not say.</summary>
    public Municipality? Municipality { get; }

    /// <summary>Its line of each goal of <see cref="AnnualReport.GoalsByMunicipality"/>, in that order; null where the goal has none for it.</summary>
    public ImmutableArray<MunicipalityShare?> Shares { get; }

    /// <summary>The rows: every municipality of the region in increasing order of code, then the respondents who did not say, when some goal has them.</summary>
    internal static ImmutableArray<MunicipalityGoals> Rows(Region region, ImmutableArray<SurveyGoalResult> goals)
    {
        if (goals.IsEmpty)
        {
            return [];
        }

        IEnumerable<Municipality?> rows = region.Municipalities.Select(m => (Municipality?)m);
        if (goals.Any(g => g.ByMunicipality.Any(s => s.Municipality is null)))
        {
            rows = rows.Append(null);
        }

        return
        [
            .. rows.Select(m => new MunicipalityGoals(
                m,
                [.. goals.Select(g => g.ByMunicipality.FirstOrDefault(s => Equals(s.Municipality, m)))])),
        ];
    }
}
