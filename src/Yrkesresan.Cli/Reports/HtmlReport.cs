using System.Text;

namespace Yrkesresan.Cli.Reports;

/// <summary>
/// Writes the annual report as one self-contained HTML document for print on A4: the style sheet and the
/// chart inline, no script, and nothing fetched from anywhere. The first page (<c>#first-page</c>) stands
/// alone; the appendix (<c>#appendix</c>) starts on the next.
/// </summary>
internal static class HtmlReport
{
    /// <summary>Writes the document.</summary>
    /// <param name="content">The report's content.</param>
    /// <returns>The HTML.</returns>
    public static string Write(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(content.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(content.Title)).Append("</title>\n");
        html.Append("<style>\n").Append(ReportStyle.Css).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<article class=\"sheet first-page\" id=\"first-page\">\n<header>\n");
        html.Append("<p class=\"kicker\">").Append(E(content.Kicker)).Append("</p>\n");
        html.Append("<h1>").Append(E(content.Heading)).Append("</h1>\n");
        foreach (string source in content.Sources)
        {
            html.Append("<p class=\"sources\">").Append(E(source)).Append("</p>\n");
        }

        html.Append("</header>\n<div class=\"columns\">\n");
        Figures(html, "activity", ReportTexts.ReportActivityHeading, content.Activity);
        Figures(html, "economy", ReportTexts.ReportEconomyHeading, content.Economy);
        html.Append("</div>\n");

        html.Append("<section id=\"goals\">\n<h2>").Append(E(ReportTexts.ReportGoalsHeading)).Append("</h2>\n");
        if (content.Goals is { } goals)
        {
            Table(html, goals, "<colgroup><col class=\"goal\"><col class=\"status\"><col class=\"share\"><col class=\"counted\"><col class=\"interval\"></colgroup>\n");
            html.Append("<p class=\"note\">").Append(E(content.GoalsNote)).Append("</p>\n");
        }
        else
        {
            html.Append("<p class=\"missing\">").Append(E(content.GoalsNote)).Append("</p>\n");
        }

        html.Append("</section>\n");

        html.Append("<section id=\"availability\">\n<h2>").Append(E(ReportTexts.ReportAvailabilityHeading)).Append("</h2>\n");
        foreach (string line in content.Availability)
        {
            html.Append("<p>").Append(E(line)).Append("</p>\n");
        }

        html.Append("</section>\n");

        html.Append("<section id=\"chart\">\n<h2>").Append(E(ReportTexts.ReportChartHeading)).Append("</h2>\n");
        if (content.ChartEmpty is { } empty)
        {
            html.Append("<p>").Append(E(empty)).Append("</p>\n");
        }
        else
        {
            ParticipantDaysChart.Write(content.Bars, content.ChartDescription, html);
        }

        html.Append("</section>\n</article>\n");

        html.Append("<article class=\"sheet appendix\" id=\"appendix\">\n<p class=\"kicker\">").Append(E(content.AppendixKicker)).Append("</p>\n<h2>").Append(E(content.AppendixHeading)).Append("</h2>\n");
        Table(html, content.Municipalities, string.Empty);
        html.Append("<p class=\"note\">").Append(E(ReportTexts.ReportAppendixNote)).Append("</p>\n");
        if (content.GoalsByMunicipality is { } byMunicipality)
        {
            html.Append("<h3>").Append(E(ReportTexts.ReportGoalsByMunicipalityHeading)).Append("</h3>\n");
            Table(html, byMunicipality, string.Empty);
            html.Append("<p class=\"note\">").Append(E(ReportTexts.ReportGoalsByMunicipalityNote)).Append("</p>\n");
        }

        if (content.GoalTexts.Count > 0)
        {
            html.Append("<h3>").Append(E(ReportTexts.ReportGoalTextsHeading)).Append("</h3>\n<dl class=\"goal-texts\">\n");
            foreach (GoalText goal in content.GoalTexts)
            {
                html.Append("<dt>").Append(E(goal.Id)).Append("</dt>\n<dd>").Append(E(goal.Text))
                    .Append("<br><span class=\"explanation\">").Append(E(goal.Explanation)).Append("</span></dd>\n");
            }

            html.Append("</dl>\n");
        }

        html.Append("</article>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Figures(StringBuilder html, string id, string heading, IReadOnlyList<ReportFigure> figures)
    {
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(E(heading)).Append("</h2>\n<table class=\"figures\">\n<tbody>\n");
        foreach (ReportFigure figure in figures)
        {
            html.Append(figure.IsPart ? "<tr class=\"part\">" : "<tr>").Append("<th scope=\"row\">").Append(E(figure.Label));
            if (figure.Note is { } note)
            {
                html.Append("<span class=\"note-inline\">").Append(E(note)).Append("</span>");
            }

            html.Append("</th><td>").Append(E(figure.Value)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Table(StringBuilder html, ReportTable table, string columns)
    {
        html.Append("<table class=\"grid\" id=\"").Append(table.Id).Append("-table\">\n").Append(columns).Append("<thead><tr>");
        for (int c = 0; c < table.Headers.Count; c++)
        {
            html.Append("<th scope=\"col\"").Append(table.NumericColumns.Contains(c) ? " class=\"num\"" : string.Empty).Append('>').Append(E(table.Headers[c])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (IReadOnlyList<ReportCell> row in table.Rows)
        {
            Row(html, row, table.NumericColumns);
        }

        html.Append("</tbody>\n");
        if (table.Footer is { } footer)
        {
            html.Append("<tfoot>\n");
            Row(html, footer, table.NumericColumns);
            html.Append("</tfoot>\n");
        }

        html.Append("</table>\n");
    }

    private static void Row(StringBuilder html, IReadOnlyList<ReportCell> row, IReadOnlySet<int> numeric)
    {
        html.Append("<tr>");
        for (int c = 0; c < row.Count; c++)
        {
            ReportCell cell = row[c];
            string tag = c == 0 ? "th" : "td";
            string css = (numeric.Contains(c) ? "num " : string.Empty) + ToneClass(cell.Tone);
            html.Append('<').Append(tag).Append(c == 0 ? " scope=\"row\"" : string.Empty);
            if (css.Trim().Length > 0)
            {
                html.Append(" class=\"").Append(css.Trim()).Append('"');
            }

            html.Append('>');
            if (cell.Lead is { } lead)
            {
                html.Append("<span class=\"lead\">").Append(E(lead)).Append("</span> ");
            }

            html.Append(E(cell.Text));
            if (cell.Detail is { } detail)
            {
                html.Append(" <span class=\"detail\">").Append(E(detail)).Append("</span>");
            }

            html.Append("</").Append(tag).Append('>');
        }

        html.Append("</tr>\n");
    }

    private static string ToneClass(ReportTone tone) => tone switch
    {
        ReportTone.Met => "met",
        ReportTone.NotMet => "not-met",
        ReportTone.NotEvaluable => "not-evaluable",
        _ => string.Empty,
    };

    private static string E(string text) => HtmlText.Encode(text);
}
