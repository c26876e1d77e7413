using System.Collections.Immutable;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// What the ledger goals of a year read (rules <c>GOAL-2</c>, <c>GOAL-5</c>), from the library's own rules:
/// the members of the year (<see cref="Region.MembersIn"/>, rule <c>ALLOC-4</c>), and the year-end
/// settlement (<see cref="YearEndSettlement.Of"/>) for each municipality's participant days and municipal
/// trainer days (rules <c>POT-2</c>, <c>POT-3</c>).
/// </summary>
internal sealed class LedgerYear
{
    private LedgerYear(Region region, int year, LedgerGap gap, ImmutableArray<Municipality> members, YearEndSettlement? settlement, Ledger? ledger)
    {
        Region = region;
        Year = year;
        Gap = gap;
        Members = members;
        Settlement = settlement;
        Ledger = ledger;
    }

    /// <summary>The region.</summary>
    public Region Region { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>What is missing; <see cref="LedgerGap.None"/> when the goals can be evaluated.</summary>
    public LedgerGap Gap { get; }

    /// <summary>The municipalities taking part in the year, in increasing order of code; empty when there is a gap.</summary>
    public ImmutableArray<Municipality> Members { get; }

    /// <summary>The year's settlement; null when there is a gap.</summary>
    public YearEndSettlement? Settlement { get; }

    /// <summary>The ledger; null when none was given.</summary>
    public Ledger? Ledger { get; }

    /// <summary>Reads the year, or says what is missing.</summary>
    public static LedgerYear Of(Region region, int year, Ledger? ledger)
    {
        if (ledger is null)
        {
            return new(region, year, LedgerGap.NoLedger, [], null, null);
        }

        if (year < region.FirstYear)
        {
            return new(region, year, LedgerGap.BeforeRegionData, [], null, ledger);
        }

        return new(region, year, LedgerGap.None, region.MembersIn(year), YearEndSettlement.Of(ledger, year), ledger);
    }

    /// <summary>The trainers of each municipality who taught on a day of the year: one per trainer assignment of an occasion (the ledger does not name people).</summary>
    public Dictionary<MunicipalityCode, int> TrainersByMunicipality()
    {
        var trainers = new Dictionary<MunicipalityCode, int>();
        foreach (CourseOccasion occasion in Ledger!.Occasions)
        {
            foreach (TrainerAssignment trainer in occasion.Trainers)
            {
                if (trainer.Municipality is { } code && occasion.DatesTaughtBy(trainer).Any(d => d.Year == Year))
                {
                    trainers[code] = trainers.GetValueOrDefault(code) + 1;
                }
            }
        }

        return trainers;
    }

    /// <summary>The sentence of a goal that cannot be evaluated, in the current UI culture.</summary>
    public string ExplainGap() => Gap == LedgerGap.NoLedger
        ? FollowUpText.Format(nameof(FollowUpTexts.LedgerGoalWithoutLedger), Year)
        : FollowUpText.Format(nameof(FollowUpTexts.LedgerGoalBeforeRegionData), Region.Name, Region.FirstYear);
}
