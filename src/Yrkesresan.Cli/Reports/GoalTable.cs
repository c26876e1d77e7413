using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Reporting;
using static Yrkesresan.Cli.Reports.ReportFigures;

namespace Yrkesresan.Cli.Reports;

/// <summary>The report's tables of effect goals: each goal on the first page, and the goals by municipality in the appendix.</summary>
internal static class GoalTable
{
    /// <summary>
    /// The first page's table: each goal's id and short text (the region's <c>short_text</c>, or the goal's text when it
    /// has none; the appendix has every goal in full), status with a survey goal's threshold, share, counted answers and
    /// interval.
    /// </summary>
    /// <param name="report">The report, with goals.</param>
    /// <returns>The table.</returns>
    public static ReportTable Of(AnnualReport report) => new(
        "goals",
        [ReportTexts.ReportGoalColumn, ReportTexts.ReportStatusColumn, ReportTexts.ReportShareColumn, ReportTexts.ReportCountedColumn, ReportTexts.ReportIntervalColumn],
        [
            .. report.Goals.Select(g => (IReadOnlyList<ReportCell>)
            [
                new ReportCell(g.Goal.ShortText ?? g.Goal.Text, Lead: g.Goal.Id),
                new ReportCell(Status(g.Status), Tone(g.Status), Detail: Threshold(g.ThresholdPercent)),
                Share(g.Share),
                g.Counted is { } counted ? Number(counted) : ReportTexts.ReportNoFigure,
                Interval(g),
            ]),
        ],
        null,
        new HashSet<int> { 2, 3 });

    /// <summary>The appendix's goals by municipality: a row per municipality (and those who did not say), a column per goal the survey breaks down; null when none does.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table, or null.</returns>
    public static ReportTable? ByMunicipality(AnnualReport report)
    {
        if (report.MunicipalityGoalRows.IsEmpty)
        {
            return null;
        }

        return new ReportTable(
            "goals-by-municipality",
            [ReportTexts.ReportMunicipalityColumn, .. report.GoalsByMunicipality.Select(g => g.Goal.Id)],
            [
                .. report.MunicipalityGoalRows.Select(row => (IReadOnlyList<ReportCell>)
                [
                    row.Municipality?.Name ?? ReportTexts.ReportNotSaid,
                    .. row.Shares.Select(Cell),
                ]),
            ],
            null,
            new HashSet<int>(Enumerable.Range(1, report.GoalsByMunicipality.Length)));
    }

    private static string? Threshold(int? percent) =>
        percent is { } p ? Texts.Format(ReportTexts.ReportThresholdDetail, p) : null;

    private static ReportCell Cell(MunicipalityShare? share) => share is null ? Share(null) : Share(share.Share, Tone(share.Status));
}
