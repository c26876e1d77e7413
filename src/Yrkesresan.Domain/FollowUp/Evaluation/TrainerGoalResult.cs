using System.Collections.Immutable;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Where goal 6 of the plan stands for a year (rule <c>GOAL-5</c>, <i>Att Yrkesresan erbjudit en möjlighet
/// för erfaren personal i kommunerna att utvecklas i yrket genom uppdraget att bli utbildare</i>): met when
/// at least one employee of a member municipality taught a course day that year (rule <c>POT-3</c>'s
/// municipal trainer days; external trainers do not count), with the municipalities, trainers and trainer days.
/// </summary>
/// <remarks>
/// Without a ledger, or for a year before the region's data, the goal is not evaluable and says why. Made
/// only by <see cref="FollowUpEvaluation"/>; immutable and safe to share between threads.
/// </remarks>
public sealed class TrainerGoalResult : GoalResult
{
    private readonly LedgerYear ledgerYear;

    internal TrainerGoalResult(EffectGoal goal, LedgerYear ledgerYear)
        : this(goal, ledgerYear, Lines(ledgerYear))
    {
    }

    private TrainerGoalResult(EffectGoal goal, LedgerYear ledgerYear, ImmutableArray<MunicipalityTrainers> lines)
        : base(goal, ledgerYear.Year, ledgerYear.Gap != LedgerGap.None ? GoalStatus.NotEvaluable : lines.IsEmpty ? GoalStatus.NotMet : GoalStatus.Met)
    {
        this.ledgerYear = ledgerYear;
        ByMunicipality = lines;
    }

    /// <summary>The member municipalities whose employees taught in the year, in increasing order of code; empty when not met or not evaluable.</summary>
    public ImmutableArray<MunicipalityTrainers> ByMunicipality { get; }

    /// <summary>The trainers of member municipalities who taught in the year (one per trainer assignment of an occasion).</summary>
    public long Trainers => ByMunicipality.Sum(m => (long)m.Trainers);

    /// <summary>Their trainer days in the year.</summary>
    public long TrainerDays => ByMunicipality.Sum(m => m.TrainerDays);

    /// <inheritdoc/>
    public override string Explain()
    {
        if (Status == GoalStatus.NotEvaluable)
        {
            return ledgerYear.ExplainGap();
        }

        return Status == GoalStatus.Met
            ? FollowUpText.Format(
                nameof(FollowUpTexts.TrainersMet),
                Count(TrainerDays),
                YearText(Year),
                string.Join(", ", ByMunicipality.Select(m => $"{m.Municipality.Name} {Count(m.TrainerDays)}")))
            : FollowUpText.Format(nameof(FollowUpTexts.TrainersNotMet), YearText(Year));
    }

    private static ImmutableArray<MunicipalityTrainers> Lines(LedgerYear ledgerYear)
    {
        if (ledgerYear.Settlement is not { } settlement)
        {
            return [];
        }

        Dictionary<MunicipalityCode, int> trainers = ledgerYear.TrainersByMunicipality();
        return
        [
            .. ledgerYear.Members
                .Select(m => new MunicipalityTrainers(m, trainers.GetValueOrDefault(m.Code), settlement.For(m.Code).TrainerDays))
                .Where(m => m.TrainerDays > 0),
        ];
    }
}
