using NodaTime;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Reporting;
using Yrkesresan.Domain.Settlement;
using static Yrkesresan.Cli.Reports.ReportFigures;

namespace Yrkesresan.Cli.Reports;

/// <summary>
/// The annual report's content, in the current UI culture's language, before it is written as HTML or Markdown:
/// the first page (heading, activity, economy, effect goals, availability, the chart's bars) and the appendix
/// (the municipalities, the goals by municipality, the goals in full). Every figure is read from the
/// <see cref="AnnualReport"/> and only formatted (<see cref="ReportFigures"/>), so both formats say the same.
/// </summary>
internal sealed class ReportContent
{
    private ReportContent(AnnualReport report)
    {
        Report = report;
    }

    /// <summary>The library's report the content is read from.</summary>
    public AnnualReport Report { get; }

    /// <summary>The language code, <c>sv</c> or <c>en</c>.</summary>
    public string Language { get; } = LanguageCode;

    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>The line above the heading: the journey and the steering group.</summary>
    public string Kicker { get; } = ReportTexts.ReportKicker;

    /// <summary>The heading: the year and the region.</summary>
    public required string Heading { get; init; }

    /// <summary>Where the figures come from, and when the report was written.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The activity's figures.</summary>
    public required IReadOnlyList<ReportFigure> Activity { get; init; }

    /// <summary>The economy's figures.</summary>
    public required IReadOnlyList<ReportFigure> Economy { get; init; }

    /// <summary>The effect goals' table; null when the survey is missing.</summary>
    public ReportTable? Goals { get; init; }

    /// <summary>What the goals section says: that the survey is missing, or how to read the table.</summary>
    public required string GoalsNote { get; init; }

    /// <summary>The availability section's sentences.</summary>
    public required IReadOnlyList<string> Availability { get; init; }

    /// <summary>The chart's bars, every municipality in code order.</summary>
    public required IReadOnlyList<ChartBar> Bars { get; init; }

    /// <summary>The chart's description.</summary>
    public required string ChartDescription { get; init; }

    /// <summary>What the chart says when the year has no participant days; null when it has some.</summary>
    public string? ChartEmpty { get; init; }

    /// <summary>The line above the appendix's heading, naming the report, so the page says whose it is on its own.</summary>
    public required string AppendixKicker { get; init; }

    /// <summary>The appendix's heading.</summary>
    public required string AppendixHeading { get; init; }

    /// <summary>The appendix's table of municipalities, with the settlement's totals.</summary>
    public required ReportTable Municipalities { get; init; }

    /// <summary>The goals by municipality, where the survey asks; null otherwise.</summary>
    public ReportTable? GoalsByMunicipality { get; init; }

    /// <summary>The goals in full, with the library's sentences; empty when the survey is missing.</summary>
    public required IReadOnlyList<GoalText> GoalTexts { get; init; }

    /// <summary>Reads the content of a report.</summary>
    /// <param name="report">The library's report.</param>
    /// <param name="ledgerName">The ledger file's name, as the sources line names it.</param>
    /// <param name="written">The day the report is written.</param>
    /// <returns>The content, in the current UI culture's language.</returns>
    public static ReportContent Of(AnnualReport report, string ledgerName, LocalDate written)
    {
        ArgumentNullException.ThrowIfNull(report);
        string year = Year(report.Year);
        string region = report.Region.Name;
        ReportActivity activity = report.Activity;
        var sources = new List<string>
        {
            activity.FirstCourseDay is { } first && activity.LastCourseDay is { } last
                ? Texts.Format(ReportTexts.ReportSources, ledgerName, Date(first), Date(last), year, Date(written))
                : Texts.Format(ReportTexts.ReportSourcesWithoutDays, ledgerName, year, Date(written)),
        };
        if (report.FollowUp is { } followUp)
        {
            sources.Add(Texts.Format(ReportTexts.ReportSurveySource, Path.GetFileName(followUp.AnswersFile), Number(followUp.Respondents)));
        }

        bool anyDays = report.Municipalities.Any(m => m.ParticipantDays > 0);
        return new ReportContent(report)
        {
            Title = Texts.Format(ReportTexts.ReportDocumentTitle, region, year),
            Heading = Texts.Format(ReportTexts.ReportHeading, region, year),
            Sources = sources,
            Activity = ActivityFigures(report.Activity),
            Economy = EconomyFigures(report.Economy),
            Goals = report.HasGoals ? GoalTable.Of(report) : null,
            GoalsNote = report.HasGoals ? ReportTexts.ReportGoalsNote : ReportTexts.ReportSurveyMissing,
            Availability = AvailabilityLines(report.Availability, year),
            Bars = [.. report.Municipalities.Select(m => new ChartBar(m.Code.ToString(), m.Municipality.Name, m.ParticipantDays))],
            ChartDescription = Texts.Format(ReportTexts.ReportChartDescription, year),
            ChartEmpty = anyDays ? null : Texts.Format(ReportTexts.ReportChartEmpty, year),
            AppendixKicker = Texts.Format(ReportTexts.ReportAppendixKicker, region, year),
            AppendixHeading = Texts.Format(ReportTexts.ReportAppendixHeading, year),
            Municipalities = MunicipalityTable(report.Settlement),
            GoalsByMunicipality = GoalTable.ByMunicipality(report),
            GoalTexts = [.. report.Goals.Select(g => new GoalText(
                g.Goal.Id,
                g.Goal.Text,
                g.Result is Domain.FollowUp.SurveyGoalResult survey ? $"{g.Explain()}. {survey.ExplainInterval()}." : g.Explain() + "."))],
        };
    }

    private static List<ReportFigure> ActivityFigures(ReportActivity a)
    {
        var figures = new List<ReportFigure>
        {
            new(ReportTexts.ReportOccasions, Number(a.Occasions)),
            new(ReportTexts.ReportCourseDays, Number(a.CourseDays)),
            new(ReportTexts.ReportOnSite, Number(a.OnSiteCourseDays), IsPart: true),
            new(ReportTexts.ReportDigital, Number(a.DigitalCourseDays), IsPart: true),
        };
        figures.Add(new(ReportTexts.ReportParticipantDays, Number(a.ParticipantDays)));
        figures.Add(new(ReportTexts.ReportParticipants, Number(a.Participants)));
        figures.AddRange(a.ParticipantsByStep.Select(s => new ReportFigure(Texts.Format(ReportTexts.ReportStepRow, s.Step.DisplayName), Number(s.Participants), IsPart: true)));
        if (a.ParticipantsWithoutStep > 0 || a.ParticipantsByStep.IsEmpty)
        {
            figures.Add(new(ReportTexts.ReportNoStepRow, Number(a.ParticipantsWithoutStep), IsPart: true));
        }

        figures.Add(new(ReportTexts.ReportTrainers, Number(a.MunicipalTrainers)));
        figures.Add(new(ReportTexts.ReportTrainerDays, Number(a.TrainerDays)));
        return figures;
    }

    private static List<ReportFigure> EconomyFigures(ReportEconomy e) =>
    [
        new(ReportTexts.ReportFixedCost, Kronor(e.FixedCost)),
        new(ReportTexts.ReportFirstHalf, Kronor(e.FixedCostFirstHalf), IsPart: true),
        new(ReportTexts.ReportSecondHalf, Kronor(e.FixedCostSecondHalf), IsPart: true),
        new(ReportTexts.ReportVariableFees, Kronor(e.VariableFees)),
        new(ReportTexts.ReportTotalInvoiced, Kronor(e.TotalInvoiced)),
        new(ReportTexts.ReportPot, Kronor(e.PotCollected)),
        new(ReportTexts.ReportPotPaidOut, Kronor(e.PotPaidOut), IsPart: true),
        new(ReportTexts.ReportPotUndistributed, Kronor(e.PotUndistributed), IsPart: true),
        new(ReportTexts.ReportNet, Kronor(e.Net), Note: ReportTexts.ReportNetNote),
    ];

    private static List<string> AvailabilityLines(ReportAvailability a, string year)
    {
        var lines = new List<string> { Texts.Format(ReportTexts.ReportMembers, Number(a.Members.Length), Number(a.MunicipalityCount), year) };
        if (a.Goal is { } goal)
        {
            lines[0] += " " + Texts.Format(ReportTexts.ReportAvailabilityGoal, goal.Goal.Id, Status(goal.Status));
        }

        if (!a.NotTakingPart.IsEmpty)
        {
            lines.Add(Texts.Format(ReportTexts.ReportNotTakingPart, Names(a.NotTakingPart)));
        }

        lines.Add(a.RegisteredNobody.IsEmpty
            ? Texts.Format(ReportTexts.ReportEveryoneRegistered, year)
            : Texts.Format(ReportTexts.ReportRegisteredNobody, year, Names(a.RegisteredNobody)));
        return lines;
    }

    private static ReportTable MunicipalityTable(YearEndSettlement s) => new(
        "municipalities",
        [ReportTexts.ReportCodeColumn, ReportTexts.ReportMunicipalityColumn, ReportTexts.ReportParticipantDays, ReportTexts.ReportVariableFees, ReportTexts.ReportTrainerDays, ReportTexts.ReportPotColumn, ReportTexts.ReportFixedCost, ReportTexts.ReportNetColumn],
        [
            .. s.Municipalities.Select(m => (IReadOnlyList<ReportCell>)
            [
                m.Code.ToString(), m.Municipality.Name, Number(m.ParticipantDays), Kronor(m.VariableFees), Number(m.TrainerDays), Kronor(m.PotPayout), Kronor(m.FixedCost), Kronor(m.Net),
            ]),
        ],
        [ReportTexts.ReportTotalRow, string.Empty, Number(s.ParticipantDays), Kronor(s.VariableFees), Number(s.TrainerDays), Kronor(s.Pot.PaidOut), Kronor(s.FixedCost.Total), Kronor(s.Net)],
        new HashSet<int> { 2, 3, 4, 5, 6, 7 });
}
