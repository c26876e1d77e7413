using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Domain.Reporting;

/// <summary>
/// The annual report of a region and year to its steering group (<i>styrgrupp</i>, rule <c>REPORT-1</c>;
/// PP §10, PD §7): the year's activity, its economy, the effect goals and availability, and per
/// municipality the detail of an appendix (<i>bilaga</i>). Every figure is the library's own: the
/// year-end settlement (<see cref="YearEndSettlement"/>), the ledger's occasions, and the follow-up's
/// evaluation (<see cref="FollowUpEvaluation"/>) when the survey's answers are given.
/// </summary>
/// <remarks>
/// <para>
/// A report prints; it does not compute. Whoever writes it out (the tool's HTML and Markdown) reads its
/// figures here and only formats them, so the printed report and the settlement agree to the krona.
/// </para>
/// <para>
/// Without an evaluation the report has no goals (<see cref="FollowUp"/> is null: the survey is missing),
/// and availability is read from the membership and the settlement alone.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class AnnualReport
{
    private AnnualReport(YearEndSettlement settlement, ReportActivity activity, FollowUpEvaluation? followUp)
    {
        Settlement = settlement;
        Activity = activity;
        Economy = new ReportEconomy(settlement);
        FollowUp = followUp;
        Goals = followUp is null ? [] : [.. followUp.Goals.Select(g => new ReportGoal(g))];
        Availability = ReportAvailability.Of(settlement, followUp);
        GoalsByMunicipality = followUp is null
            ? []
            : [.. followUp.Goals.OfType<SurveyGoalResult>().Where(g => !g.ByMunicipality.IsEmpty)];
        MunicipalityGoalRows = MunicipalityGoals.Rows(settlement.Region, GoalsByMunicipality);
    }

    /// <summary>The region.</summary>
    public Region Region => Settlement.Region;

    /// <summary>The calendar year reported.</summary>
    public int Year => Settlement.Year;

    /// <summary>The year's settlement, which the economy, the participant and trainer days and the appendix read.</summary>
    public YearEndSettlement Settlement { get; }

    /// <summary>What was given in the year: occasions, course days, participant days, participants, trainers.</summary>
    public ReportActivity Activity { get; }

    /// <summary>What the year cost: the fixed cost with its two invoices, the variable fees, the trainer pot.</summary>
    public ReportEconomy Economy { get; }

    /// <summary>The follow-up of the effect goals; null when the survey's answers were not given (the survey is missing).</summary>
    public FollowUpEvaluation? FollowUp { get; }

    /// <summary>Whether the report has the effect goals: false when the survey is missing.</summary>
    public bool HasGoals => FollowUp is not null;

    /// <summary>Each effect goal's line, in the plan's order; empty when the survey is missing.</summary>
    public ImmutableArray<ReportGoal> Goals { get; }

    /// <summary>Availability (goal 7 where the plan has it): the members of the year and those that registered nobody.</summary>
    public ReportAvailability Availability { get; }

    /// <summary>The appendix: every municipality of the region, in increasing order of code, with its line of the settlement.</summary>
    public ImmutableArray<MunicipalitySettlement> Municipalities => Settlement.Municipalities;

    /// <summary>The survey goals the survey breaks down by municipality, in the plan's order; empty when it does not ask, or the survey is missing.</summary>
    public ImmutableArray<SurveyGoalResult> GoalsByMunicipality { get; }

    /// <summary>
    /// The appendix's goals by municipality: one row per municipality of the region in increasing order of
    /// code, then one for the respondents who did not say where any of them counted; each row's shares are
    /// in the order of <see cref="GoalsByMunicipality"/>. Empty when that is.
    /// </summary>
    public ImmutableArray<MunicipalityGoals> MunicipalityGoalRows { get; }

    /// <summary>Makes the annual report of a year of a ledger.</summary>
    /// <param name="ledger">The region's ledger of course occasions.</param>
    /// <param name="year">The calendar year: from the region's first year (its first fixed cost and membership) on.</param>
    /// <param name="followUp">The follow-up of the same region and year, from the survey's answers; null (the default) when the survey is missing.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="Region.MinYear"/> to <see cref="Region.MaxYear"/>, or before the region's first year.</exception>
    /// <exception cref="ArgumentException"><paramref name="followUp"/> is of another region or year.</exception>
    public static AnnualReport Of(Ledger ledger, int year, FollowUpEvaluation? followUp = null)
    {
        Guard.Against.Null(ledger);
        Guard.Against.OutOfRange(year, nameof(year), Region.MinYear, Region.MaxYear, "A year is from 1900 to 9999.");
        Guard.Against.InvalidInput(followUp, nameof(followUp), f => f is null || ReferenceEquals(f.Region, ledger.Region), "The follow-up must be of the ledger's region.");
        Guard.Against.InvalidInput(followUp, nameof(followUp), f => f is null || f.Year == year, "The follow-up must be of the year reported.");

        YearEndSettlement settlement = YearEndSettlement.Of(ledger, year);
        return new AnnualReport(settlement, ReportActivity.Of(ledger, settlement), followUp);
    }
}
