using System.Collections.Immutable;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Domain.Reporting;

/// <summary>
/// Availability in the annual report (rules <c>REPORT-1</c>, <c>GOAL-2</c>; PP §2.4 goal 7): the
/// municipalities taking part in the year (rule <c>ALLOC-4</c>), those of the region that do not, and
/// the members that registered nobody for a course day of the year.
/// </summary>
/// <remarks>
/// <para>
/// When the follow-up evaluated an availability goal, these are that result's (<see cref="Goal"/>),
/// with its status; otherwise they are read from the region's membership and the settlement's
/// participant days in the same way, and there is no status (the plan's goal was not evaluated).
/// </para>
/// <para>Made only by <see cref="AnnualReport"/>; immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ReportAvailability
{
    private ReportAvailability(
        int municipalities,
        ImmutableArray<Municipality> members,
        ImmutableArray<Municipality> notTakingPart,
        ImmutableArray<Municipality> registeredNobody,
        AvailabilityGoalResult? goal)
    {
        MunicipalityCount = municipalities;
        Members = members;
        NotTakingPart = notTakingPart;
        RegisteredNobody = registeredNobody;
        Goal = goal;
    }

    /// <summary>The follow-up's availability goal (goal 7), when it was evaluated; null otherwise.</summary>
    public AvailabilityGoalResult? Goal { get; }

    /// <summary>The goal's status, when the follow-up evaluated it; null otherwise.</summary>
    public GoalStatus? Status => Goal?.Status;

    /// <summary>The region's municipalities.</summary>
    public int MunicipalityCount { get; }

    /// <summary>The municipalities taking part in the year, in increasing order of code.</summary>
    public ImmutableArray<Municipality> Members { get; }

    /// <summary>The region's municipalities not taking part in the year, in increasing order of code.</summary>
    public ImmutableArray<Municipality> NotTakingPart { get; }

    /// <summary>The members that registered nobody for a course day of the year, in increasing order of code.</summary>
    public ImmutableArray<Municipality> RegisteredNobody { get; }

    /// <summary>The members among the region's municipalities, e.g. <c>14/14</c>.</summary>
    public ExactShare Share => new(Members.Length, MunicipalityCount);

    /// <summary>Reads availability from the follow-up's goal when it evaluated one, else from the membership and the settlement.</summary>
    internal static ReportAvailability Of(YearEndSettlement settlement, FollowUpEvaluation? followUp)
    {
        Region region = settlement.Region;
        int count = region.Municipalities.Length;
        AvailabilityGoalResult? goal = followUp?.Goals.OfType<AvailabilityGoalResult>().FirstOrDefault(g => g.Status != GoalStatus.NotEvaluable);
        if (goal is not null)
        {
            return new ReportAvailability(count, goal.Members, goal.NotTakingPart, goal.RegisteredNobody, goal);
        }

        ImmutableArray<Municipality> members = region.MembersIn(settlement.Year);
        return new ReportAvailability(
            count,
            members,
            [.. region.Municipalities.Where(m => !members.Contains(m))],
            [.. members.Where(m => settlement.For(m.Code).ParticipantDays == 0)],
            null);
    }
}
