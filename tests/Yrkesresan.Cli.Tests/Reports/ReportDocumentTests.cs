using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Yrkesresan.Cli.Reports;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Reporting;
using Yrkesresan.Domain.Settlement;
using static Yrkesresan.Cli.Tests.Reports.PrintedReportChecks;

namespace Yrkesresan.Cli.Tests.Reports;

/// <summary>
/// REPORT-1, the HTML as a document, without a browser: parsed by AngleSharp in strict mode (a parse error throws),
/// it has <c>lang</c> and a title, fetches nothing (no script, no reference to another file or the web, no
/// <c>@import</c> or <c>url(</c>), its tables have header cells, its figures are the library's, and the chart's
/// columns are as tall as the participant days they stand for.
/// </summary>
public sealed class ReportDocumentTests(ExampleReportPrint example, VastraGotalandReportPrint large)
    : IClassFixture<ExampleReportPrint>, IClassFixture<VastraGotalandReportPrint>
{
    /// <summary>The attributes that make a browser fetch something.</summary>
    private static readonly string[] Fetching = ["src", "href", "srcset", "action", "formaction", "data", "poster", "background", "xlink:href", "ping"];

    private static IHtmlDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

    private IEnumerable<(string Name, string Html, AnnualReport Report)> Reports()
    {
        yield return ("example", example.Html, example.Report);
        yield return ("Västra Götaland", large.Html, large.Report);
        yield return ("Västra Götaland in English", ReportData.Write(large.Report, english: true), large.Report);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_report_parses_strictly_with_lang_a_title_a_first_page_and_an_appendix()
    {
        foreach ((string name, string html, AnnualReport report) in Reports())
        {
            IHtmlDocument document = Parse(html);
            bool english = name.Contains("English", StringComparison.Ordinal);
            Assert.Equal(english ? "en" : "sv", document.DocumentElement.GetAttribute("lang"));
            Assert.Equal(
                english ? $"Annual report 2023: Yrkesresan Barn och unga, {report.Region.Name}" : $"Årsrapport 2023: Yrkesresan Barn och unga, {report.Region.Name}",
                document.Title);
            Assert.Equal("utf-8", document.QuerySelector("meta[charset]")?.GetAttribute("charset"));
            Assert.Single(document.QuerySelectorAll("#first-page"));
            Assert.Single(document.QuerySelectorAll("#appendix"));
            Assert.Equal(["activity", "economy", "goals", "availability", "chart"], document.QuerySelectorAll("#first-page section").Select(s => s.Id));
        }
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_report_fetches_nothing_no_script_no_reference_to_another_file_or_the_web()
    {
        foreach ((string name, string html, _) in Reports())
        {
            IHtmlDocument document = Parse(html);
            Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed, video, audio, source, base, form"));
            foreach (IElement element in document.All)
            {
                foreach (IAttr attribute in element.Attributes)
                {
                    Assert.False(Fetching.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase), $"{name}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name}: an event handler, {attribute.Name}");
                    if (attribute.Name != "xmlns")
                    {
                        Assert.DoesNotContain("://", attribute.Value, StringComparison.Ordinal);
                    }
                }
            }

            string css = string.Join("\n", document.QuerySelectorAll("style").Select(s => s.TextContent));
            Assert.NotEmpty(css);
            Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("@page { size: A4;", css, StringComparison.Ordinal);
            Assert.Contains("break-before: page", css, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Rule("REPORT-1")]
    public void Every_table_has_header_cells_columns_headed_in_a_thead_and_each_row_headed_by_its_first_cell()
    {
        foreach ((string name, string html, _) in Reports())
        {
            IHtmlDocument document = Parse(html);
            IHtmlCollection<IElement> tables = document.QuerySelectorAll("table");
            Assert.True(tables.Length >= 3, name);
            foreach (IElement table in tables)
            {
                Assert.NotEmpty(table.QuerySelectorAll("th"));
                foreach (IElement row in table.QuerySelectorAll("tbody tr"))
                {
                    Assert.Equal("TH", row.Children[0].TagName);
                    Assert.Equal("row", row.Children[0].GetAttribute("scope"));
                }

                if (table.ClassList.Contains("grid"))
                {
                    IElement[] headers = [.. table.QuerySelectorAll("thead th")];
                    Assert.All(headers, h => Assert.Equal("col", h.GetAttribute("scope")));
                    Assert.All(table.QuerySelectorAll("tbody tr"), r => Assert.Equal(headers.Length, r.Children.Length));
                }
            }
        }
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_chart_s_columns_are_as_tall_as_the_participant_days_they_stand_for()
    {
        foreach ((string name, string html, AnnualReport report) in Reports())
        {
            IElement[] bars = [.. Parse(html).QuerySelectorAll("svg.chart rect.bar")];
            Assert.Equal(report.Municipalities.Length, bars.Length);
            long largest = report.Municipalities.Max(m => m.ParticipantDays);
            double tallest = bars.Max(Height);
            Assert.Equal(ParticipantDaysChart.PlotHeight, tallest);
            foreach ((IElement bar, MunicipalitySettlement m) in bars.Zip(report.Municipalities))
            {
                Assert.Equal(m.Code.ToString(), bar.GetAttribute("data-code"));

                // Exact within the drawing's rounding to hundredths: height × largest = tallest × days.
                Assert.True(
                    Math.Abs((Height(bar) * largest) - (tallest * m.ParticipantDays)) <= 0.005 * largest,
                    $"{name}: {m.Municipality.Name}'s column is {Height(bar)} high for {m.ParticipantDays} days; the tallest is {tallest} for {largest}");
                Assert.Equal(m.Municipality.Name + ": " + Number(m.ParticipantDays), bar.QuerySelector("title")?.TextContent);
            }

            double Height(IElement bar) => double.Parse(bar.GetAttribute("height")!, CultureInfo.InvariantCulture);
        }
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_first_page_s_figures_and_the_appendix_s_rows_are_the_library_s()
    {
        foreach ((string name, string html, AnnualReport report) in Reports().Where(r => !r.Name.Contains("English", StringComparison.Ordinal)))
        {
            IHtmlDocument document = Parse(html);
            Dictionary<string, string> activity = Figures(document, "activity");
            Assert.Equal(Number(report.Activity.Occasions), activity["Kurstillfällen"]);
            Assert.Equal(Number(report.Activity.ParticipantDays), activity["Deltagardagar"]);
            Assert.Equal(Number(report.Activity.MunicipalTrainers), activity["Utbildare från kommunerna"]);
            Dictionary<string, string> economy = Figures(document, "economy");
            Assert.Equal(report.Economy.TotalInvoiced.ToString(), economy["Summa fakturerat"]);
            Assert.Equal(report.Economy.PotUndistributed.ToString(), economy["ej fördelat"]);
            Assert.Equal(report.Economy.Net.ToString(), economy["Netto för kommunernafakturerat minus utbetald pott"]);

            string[][] rows = [.. document.QuerySelectorAll("#municipalities-table tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray())];
            Assert.Equal(
                report.Municipalities.Select(m => new[] { m.Code.ToString(), m.Municipality.Name, Number(m.ParticipantDays), m.VariableFees.ToString(), Number(m.TrainerDays), m.PotPayout.ToString(), m.FixedCost.ToString(), m.Net.ToString() }),
                rows);
            YearEndSettlement s = report.Settlement;
            Assert.Equal(
                ["Summa", string.Empty, Number(s.ParticipantDays), s.VariableFees.ToString(), Number(s.TrainerDays), s.Pot.PaidOut.ToString(), s.FixedCost.Total.ToString(), s.Net.ToString()],
                document.QuerySelectorAll("#municipalities-table tfoot tr > *").Select(c => c.TextContent));
        }
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_goals_table_has_each_goal_s_status_share_counted_answers_and_interval_as_the_follow_up_has_them()
    {
        IHtmlDocument document = Parse(large.Html);
        IElement[] rows = [.. document.QuerySelectorAll("#goals-table tbody tr")];
        Assert.Equal(large.Report.Goals.Length, rows.Length);
        foreach ((IElement row, ReportGoal goal) in rows.Zip(large.Report.Goals))
        {
            string[] cells = [.. row.Children.Select(c => c.TextContent)];
            Assert.Equal($"{goal.Goal.Id} {goal.Goal.ShortText ?? goal.Goal.Text}", cells[0]);
            Assert.Equal(
                (goal.Status == GoalStatus.Met ? "uppfyllt" : goal.Status == GoalStatus.NotMet ? "inte uppfyllt" : "kan inte bedömas")
                    + (goal.ThresholdPercent is { } threshold ? $" minst {threshold} %" : string.Empty),
                cells[1]);
            Assert.Equal(goal.Share is { } share ? $"{InSwedish(share.FormatPercent)} % {share}" : "–", cells[2]);
            Assert.Equal(goal.Counted is { } counted ? Number(counted) : "–", cells[3]);
            string verdict = goal.Verdict == IntervalVerdict.Above ? "över" : goal.Verdict == IntervalVerdict.Below ? "under" : "för få svar";
            Assert.Equal(goal.Interval is { } interval ? $"{InSwedish(interval.ToString)} {verdict}" : goal.Verdict is null ? "–" : $"– {verdict}", cells[4]);
            Assert.Equal(goal.Status == GoalStatus.Met ? "met" : goal.Status == GoalStatus.NotMet ? "not-met" : "not-evaluable", row.Children[1].ClassName);
        }

        Assert.Equal(
            large.Report.MunicipalityGoalRows.Length,
            document.QuerySelectorAll("#goals-by-municipality-table tbody tr").Length);
        Assert.Equal(large.Report.Goals.Length, document.QuerySelectorAll("dl.goal-texts dt").Length);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void Without_answers_the_goals_section_says_the_survey_is_missing_and_the_appendix_has_no_goals()
    {
        IHtmlDocument document = Parse(example.Html);
        Assert.Equal("Enkätsvar saknas, så effektmålen redovisas inte den här gången.", document.QuerySelector("#goals p.missing")?.TextContent);
        Assert.Null(document.QuerySelector("#goals table"));
        Assert.Null(document.QuerySelector("#goals-by-municipality-table"));
        Assert.Null(document.QuerySelector("dl.goal-texts"));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_markdown_has_the_html_s_sections_and_every_row_of_its_tables()
    {
        AnnualReport report = large.Report;
        IHtmlDocument document = Parse(ReportData.Write(report));
        string md = ReportData.Write(report, ReportFormat.Markdown);
        IElement[] headings = [.. document.QuerySelectorAll("h1, h2, h3").Where(h => h.TextContent != "Deltagardagar per kommun")];
        Assert.Equal(8, headings.Length);
        foreach (IElement heading in headings)
        {
            Assert.Contains($"# {heading.TextContent}\n", md, StringComparison.Ordinal);
        }

        IElement[] rows = [.. document.QuerySelectorAll("table.grid tr")];
        Assert.Equal(1 + 10 + 1 + 49 + 1 + 1 + report.MunicipalityGoalRows.Length, rows.Length);
        foreach (IElement row in rows)
        {
            string cells = string.Join(" | ", row.Children.Select(c => MarkdownCell(c)));
            Assert.Contains($"| {cells} |\n", md, StringComparison.Ordinal);
        }

        static string MarkdownCell(IElement cell)
        {
            string lead = cell.QuerySelector(".lead")?.TextContent is { } id ? $"**{id}** " : string.Empty;
            string detail = cell.QuerySelector(".detail")?.TextContent is { } d ? $" ({d})" : string.Empty;
            string text = string.Concat(cell.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent)).Trim();
            string all = (lead + text + detail).Replace("_", "\\_", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
                .Replace("\\*\\*", "**", StringComparison.Ordinal);
            return cell.ParentElement?.ParentElement?.LocalName == "tfoot" && all.Length > 0 ? $"**{all}**" : all;
        }
    }

    [Fact]
    [Rule("REPORT-1")]
    public void Names_with_markup_characters_are_text_in_the_html_and_the_markdown()
    {
        var region = new Domain.Regions.Region(
            "Test & <län>",
            [new Domain.Regions.Municipality(Domain.Regions.MunicipalityCode.Parse("0001"), "A|B *C* <D>", 100)],
            [new Domain.Regions.FixedCostPeriod(2021, Domain.Money.Sek.FromKronor(1_000))],
            feeSchedules: Domain.Regions.Norrbotten.Region.FeeSchedules);
        AnnualReport report = AnnualReport.Of(new Domain.Courses.Occasions.Ledger(region, []), 2023);

        IHtmlDocument document = Parse(ReportData.Write(report));
        Assert.Equal("Årsrapport 2023: Test & <län>", document.QuerySelector("h1")?.TextContent);
        Assert.Equal("A|B *C* <D>", document.QuerySelector("#municipalities-table tbody th + td, #municipalities-table tbody td")?.TextContent);
        string md = ReportData.Write(report, ReportFormat.Markdown);
        Assert.Contains("# Årsrapport 2023: Test & \\<län\\>\n", md, StringComparison.Ordinal);
        Assert.Contains("| 0001 | A\\|B \\*C\\* \\<D\\> | 0 |", md, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Figures(IHtmlDocument document, string section) =>
        document.QuerySelectorAll($"#{section} tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
}
