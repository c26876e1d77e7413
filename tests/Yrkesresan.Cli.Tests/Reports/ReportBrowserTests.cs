using Xunit.Abstractions;
using Yrkesresan.Domain.Reporting;
using Yrkesresan.Domain.Settlement;
using static Yrkesresan.Cli.Tests.Reports.PrintedReportChecks;

namespace Yrkesresan.Cli.Tests.Reports;

/// <summary>
/// REPORT-1 in a real browser: the example year's report, written by the tool, printed by headless Chromium to a PDF
/// on A4 and read back with <c>pdftotext</c>. Page 1 stands alone with every headline section and nothing of the
/// appendix; the appendix begins on page 2; the figures printed are the library's.
/// </summary>
public sealed class ExampleReportBrowserTests(ExampleReportPrint print, ITestOutputHelper output) : IClassFixture<ExampleReportPrint>
{
    [SkippableFact]
    [Rule("REPORT-1")]
    public void The_example_report_prints_on_two_A4_pages_page_1_with_every_headline_section_and_nothing_of_the_appendix()
    {
        PrintedPdf pdf = print.Pdf;
        output.WriteLine($"Chromium printed {pdf.Path} in {pdf.Printing.TotalSeconds:0.0} s: {pdf.Pages} pages of {pdf.PageSize}");
        Assert.Equal(2, pdf.Pages);
        Assert.Contains("(A4)", pdf.PageSize, StringComparison.Ordinal);
        PageOneStandsAlone(pdf, "Årsrapport 2023: Norrbotten");
        Assert.Contains("Enkätsvar saknas", pdf.Words(1), StringComparison.Ordinal);
    }

    [SkippableFact]
    [Rule("REPORT-1")]
    public void The_appendix_of_the_example_report_begins_on_page_2()
    {
        AppendixBeginsOnPageTwo(print.Pdf, "Bilaga: kommunerna 2023");
    }

    [SkippableFact]
    [Rule("REPORT-1")]
    public void The_figures_printed_on_page_1_are_the_settlement_s()
    {
        FrontPageFigures(print.Pdf, print.Report);
        Assert.Contains("14 av 14 kommuner deltar 2023.", print.Pdf.Words(1), StringComparison.Ordinal);
    }

    [SkippableFact]
    [Rule("REPORT-1")]
    public void The_appendix_prints_every_municipality_s_line_of_the_settlement_and_its_totals()
    {
        AppendixFigures(print.Pdf, print.Report);
    }
}

/// <summary>
/// REPORT-1 in a real browser with the survey's answers: the example year's report written by the tool with
/// <c>--answers docs/examples/norrbotten-2023-answers.csv</c>. Page 1 still stands alone, now with every goal's line
/// as the follow-up has it; the appendix, from page 2, adds the goals by municipality and each goal in full.
/// </summary>
public sealed class ExampleWithAnswersReportBrowserTests(ExampleWithAnswersReportPrint print, ITestOutputHelper output) : IClassFixture<ExampleWithAnswersReportPrint>
{
    [SkippableFact]
    [Rule("REPORT-1")]
    public void With_the_survey_s_answers_page_1_of_the_example_holds_every_headline_section_and_the_goals_and_nothing_of_the_appendix()
    {
        PrintedPdf pdf = print.Pdf;
        output.WriteLine($"Chromium printed {pdf.Path} in {pdf.Printing.TotalSeconds:0.0} s: {pdf.Pages} pages of {pdf.PageSize}");
        Assert.InRange(pdf.Pages, 2, 4);
        Assert.Contains("(A4)", pdf.PageSize, StringComparison.Ordinal);
        PageOneStandsAlone(pdf, "Årsrapport 2023: Norrbotten");
        Assert.DoesNotContain("Enkätsvar saknas", pdf.Words(1), StringComparison.Ordinal);
        Assert.Contains("Enkät: norrbotten-2023-answers.csv, 60 svar.", pdf.Words(1), StringComparison.Ordinal);
    }

    [SkippableFact]
    [Rule("REPORT-1")]
    public void The_appendix_of_the_example_report_with_answers_begins_on_page_2_and_has_the_goals_by_municipality()
    {
        PrintedPdf pdf = print.Pdf;
        AppendixBeginsOnPageTwo(pdf, "Bilaga: kommunerna 2023");
        AppendixFigures(pdf, print.Report);
        string appendix = string.Join(" ", Enumerable.Range(2, pdf.Pages - 1).Select(pdf.Words));
        Assert.Contains("Effektmål per kommun", appendix, StringComparison.Ordinal);
        Assert.All(print.Report.Goals, goal => Assert.Contains(goal.Goal.Text, appendix, StringComparison.Ordinal));
    }

    [SkippableFact]
    [Rule("REPORT-1")]
    public void Each_goal_printed_on_page_1_has_the_follow_up_s_status_share_counted_answers_and_verdict()
    {
        PrintedPdf pdf = print.Pdf;
        AnnualReport report = print.Report;
        FrontPageFigures(pdf, report);
        string page = pdf.Words(1);
        Assert.Equal(10, report.Goals.Length);
        foreach (ReportGoal goal in report.Goals)
        {
            string status = goal.Status == Domain.FollowUp.GoalStatus.Met ? "uppfyllt" : "inte uppfyllt";
            string line = goal switch
            {
                { Share: { } share, Counted: { } counted, Interval: { } interval } =>
                    $"{goal.Goal.Id} {goal.Goal.ShortText} {status} {InSwedish(share.FormatPercent)} % {Number(counted)} {InSwedish(interval.ToString)} minst {goal.ThresholdPercent} % {share} {Verdict(goal.Verdict)}",
                { Share: { } share } => $"{goal.Goal.Id} {goal.Goal.ShortText} {status} {InSwedish(share.FormatPercent)} % – – {share}",
                _ => $"{goal.Goal.Id} {goal.Goal.ShortText} {status} – – –",
            };
            Assert.Contains(line, page, StringComparison.Ordinal);
        }

        Assert.Contains("14 av 14 kommuner deltar 2023. Mål 7: uppfyllt.", page, StringComparison.Ordinal);
    }

    private static string Verdict(Domain.FollowUp.IntervalVerdict? verdict) =>
        verdict == Domain.FollowUp.IntervalVerdict.Above ? "över" : verdict == Domain.FollowUp.IntervalVerdict.Below ? "under" : "för få svar";
}

/// <summary>
/// REPORT-1 in a real browser for a large region in a busy year: Västra Götaland's 49 municipalities, 160 occasions,
/// and the survey's answers for ten goals, the longest first page the report has. It still stands alone on one A4
/// sheet; the appendix, from page 2, has every municipality and the goals by municipality.
/// </summary>
public sealed class VastraGotalandReportBrowserTests(VastraGotalandReportPrint print, ITestOutputHelper output) : IClassFixture<VastraGotalandReportPrint>
{
    [SkippableFact]
    [Rule("REPORT-1")]
    public void The_report_of_49_municipalities_in_a_busy_year_has_page_1_with_every_headline_section_and_nothing_of_the_appendix()
    {
        PrintedPdf pdf = print.Pdf;
        output.WriteLine($"Chromium printed {pdf.Path} in {pdf.Printing.TotalSeconds:0.0} s: {pdf.Pages} pages of {pdf.PageSize}");
        Assert.InRange(pdf.Pages, 2, 6);
        Assert.Contains("(A4)", pdf.PageSize, StringComparison.Ordinal);
        PageOneStandsAlone(pdf, "Årsrapport 2023: Västra Götaland");
        Assert.DoesNotContain("Enkätsvar saknas", pdf.Words(1), StringComparison.Ordinal);
    }

    [SkippableFact]
    [Rule("REPORT-1")]
    public void The_appendix_of_the_large_report_begins_on_page_2()
    {
        AppendixBeginsOnPageTwo(print.Pdf, "Bilaga: kommunerna 2023");
    }

    [SkippableFact]
    [Rule("REPORT-1")]
    public void The_figures_printed_on_page_1_are_the_settlement_s_and_the_goals()
    {
        PrintedPdf pdf = print.Pdf;
        AnnualReport report = print.Report;
        FrontPageFigures(pdf, report);
        string page = pdf.Words(1);
        Assert.Equal(10, report.Goals.Length);
        foreach (ReportGoal goal in report.Goals)
        {
            if (goal.Share is { } share)
            {
                Assert.Contains($"{InSwedish(share.FormatPercent)} %", page, StringComparison.Ordinal);
                Assert.Contains(share.ToString(), page, StringComparison.Ordinal);
            }

            if (goal.Counted is { } counted && goal.Interval is { } interval)
            {
                Assert.Contains($"{Number(counted)} {InSwedish(interval.ToString)}", page, StringComparison.Ordinal);
            }
        }

        Assert.Contains($"{report.Availability.Members.Length} av 49 kommuner deltar 2023. Mål 7: uppfyllt.", page, StringComparison.Ordinal);
        foreach (var nobody in report.Availability.RegisteredNobody)
        {
            Assert.Contains(nobody.Name, page, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    [Rule("REPORT-1")]
    public void The_appendix_prints_every_municipality_s_line_of_the_settlement_and_the_goals_by_municipality()
    {
        PrintedPdf pdf = print.Pdf;
        AppendixFigures(pdf, print.Report);
        string appendix = string.Join(" ", Enumerable.Range(2, pdf.Pages - 1).Select(pdf.Words));
        Assert.Contains("Effektmål per kommun", appendix, StringComparison.Ordinal);
        Assert.Contains("Effektmålen", appendix, StringComparison.Ordinal);
        MunicipalitySettlement first = print.Report.Municipalities[0];
        MunicipalityGoals row = print.Report.MunicipalityGoalRows.First(r => r.Municipality == first.Municipality);
        Assert.Contains(
            first.Municipality.Name + " " + string.Join(" ", row.Shares.Select(s => s?.Share is { } share ? $"{InSwedish(share.FormatPercent)} %" : "–")),
            appendix,
            StringComparison.Ordinal);
    }
}
