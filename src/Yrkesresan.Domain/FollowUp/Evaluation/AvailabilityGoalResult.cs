using System.Collections.Immutable;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Where goal 7 of the plan stands for a year (rule <c>GOAL-2</c>, <i>Att Yrkesresan blir tillgänglig för
/// samtliga kommuner i länet</i>): met when every municipality of the region takes part that year (rule
/// <c>ALLOC-4</c>), with the members that registered nobody in the ledger that year named, as information.
/// </summary>
/// <remarks>
/// Without a ledger, or for a year before the region's data, the goal is not evaluable and says why. Made
/// only by <see cref="FollowUpEvaluation"/>; immutable and safe to share between threads.
/// </remarks>
public sealed class AvailabilityGoalResult : GoalResult
{
    private readonly LedgerYear ledgerYear;

    internal AvailabilityGoalResult(EffectGoal goal, LedgerYear ledgerYear)
        : base(goal, ledgerYear.Year, StatusOf(ledgerYear))
    {
        this.ledgerYear = ledgerYear;
        Region region = ledgerYear.Region;
        if (ledgerYear.Settlement is { } settlement)
        {
            Members = ledgerYear.Members;
            NotTakingPart = [.. region.Municipalities.Where(m => !Members.Contains(m))];
            RegisteredNobody = [.. Members.Where(m => settlement.For(m.Code).ParticipantDays == 0)];
        }
    }

    /// <summary>The municipalities taking part in the year, in increasing order of code; empty when not evaluable.</summary>
    public ImmutableArray<Municipality> Members { get; } = [];

    /// <summary>The region's municipalities not taking part in the year; empty when the goal is met or not evaluable.</summary>
    public ImmutableArray<Municipality> NotTakingPart { get; } = [];

    /// <summary>The members that registered nobody for a course day of the year in the ledger: information, not part of the decision.</summary>
    public ImmutableArray<Municipality> RegisteredNobody { get; } = [];

    /// <summary>The members among the region's municipalities, as an exact share (<c>14/14</c>); null when not evaluable.</summary>
    public ExactShare? Share => Status == GoalStatus.NotEvaluable ? null : new ExactShare(Members.Length, ledgerYear.Region.Municipalities.Length);

    /// <inheritdoc/>
    public override string Explain()
    {
        if (Status == GoalStatus.NotEvaluable)
        {
            return ledgerYear.ExplainGap();
        }

        string region = ledgerYear.Region.Name;
        string sentence = Status == GoalStatus.Met
            ? FollowUpText.Format(nameof(FollowUpTexts.AvailabilityMet), Count(Members.Length), region, YearText(Year))
            : FollowUpText.Format(nameof(FollowUpTexts.AvailabilityNotMet), Count(Members.Length), Count(ledgerYear.Region.Municipalities.Length), region, YearText(Year), Names(NotTakingPart));
        return RegisteredNobody.IsEmpty
            ? sentence
            : sentence + FollowUpText.Format(nameof(FollowUpTexts.AvailabilityRegisteredNobody), Names(RegisteredNobody));
    }

    private static GoalStatus StatusOf(LedgerYear ledgerYear) =>
        ledgerYear.Gap != LedgerGap.None ? GoalStatus.NotEvaluable
        : ledgerYear.Members.Length == ledgerYear.Region.Municipalities.Length ? GoalStatus.Met
        : GoalStatus.NotMet;

    private static string Names(ImmutableArray<Municipality> municipalities) => string.Join(", ", municipalities.Select(m => m.Name));
}
