using System.Text;

namespace Yrkesresan.Cli.Reports;

/// <summary>
/// Writes the annual report as Markdown, for pasting into a document: the same headings, figures and tables as
/// the HTML, in the same order. The chart is the HTML's alone; its figures are the appendix's participant days.
/// </summary>
internal static class MarkdownReport
{
    /// <summary>Writes the document.</summary>
    /// <param name="content">The report's content.</param>
    /// <returns>The Markdown, with LF line endings.</returns>
    public static string Write(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(content.Heading)).Append("\n\n");
        md.Append('*').Append(Escape(content.Kicker)).Append("*\n\n");
        foreach (string source in content.Sources)
        {
            md.Append(Escape(source)).Append("\n\n");
        }

        string year = ReportFigures.Year(content.Report.Year);
        Figures(md, ReportTexts.ReportActivityHeading, year, content.Activity);
        Figures(md, ReportTexts.ReportEconomyHeading, year, content.Economy);

        md.Append("## ").Append(Escape(ReportTexts.ReportGoalsHeading)).Append("\n\n");
        if (content.Goals is { } goals)
        {
            Table(md, goals);
            md.Append(Escape(content.GoalsNote)).Append("\n\n");
        }
        else
        {
            md.Append("**").Append(Escape(content.GoalsNote)).Append("**\n\n");
        }

        md.Append("## ").Append(Escape(ReportTexts.ReportAvailabilityHeading)).Append("\n\n");
        foreach (string line in content.Availability)
        {
            md.Append(Escape(line)).Append("\n\n");
        }

        md.Append("## ").Append(Escape(content.AppendixHeading)).Append("\n\n");
        md.Append('*').Append(Escape(content.AppendixKicker)).Append("*\n\n");
        Table(md, content.Municipalities);
        md.Append(Escape(ReportTexts.ReportAppendixNote)).Append("\n\n");
        if (content.GoalsByMunicipality is { } byMunicipality)
        {
            md.Append("### ").Append(Escape(ReportTexts.ReportGoalsByMunicipalityHeading)).Append("\n\n");
            Table(md, byMunicipality);
            md.Append(Escape(ReportTexts.ReportGoalsByMunicipalityNote)).Append("\n\n");
        }

        if (content.GoalTexts.Count > 0)
        {
            md.Append("### ").Append(Escape(ReportTexts.ReportGoalTextsHeading)).Append("\n\n");
            foreach (GoalText goal in content.GoalTexts)
            {
                md.Append("- **").Append(Escape(goal.Id)).Append("** ").Append(Escape(goal.Text)).Append("  \n  ").Append(Escape(goal.Explanation)).Append('\n');
            }

            md.Append('\n');
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Figures(StringBuilder md, string heading, string year, IReadOnlyList<ReportFigure> figures)
    {
        md.Append("## ").Append(Escape(heading)).Append("\n\n");
        md.Append("| | ").Append(year).Append(" |\n|---|---:|\n");
        foreach (ReportFigure figure in figures)
        {
            string label = Escape(figure.Label) + (figure.Note is { } note ? $" ({Escape(note)})" : string.Empty);
            md.Append("| ").Append(figure.IsPart ? $"*{label}*" : label).Append(" | ").Append(figure.Value.Length == 0 ? string.Empty : $"**{Escape(figure.Value)}**").Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Table(StringBuilder md, ReportTable table)
    {
        md.Append("| ").Append(string.Join(" | ", table.Headers.Select(Escape))).Append(" |\n|");
        for (int c = 0; c < table.Headers.Count; c++)
        {
            md.Append(table.NumericColumns.Contains(c) ? "---:|" : "---|");
        }

        md.Append('\n');
        foreach (IReadOnlyList<ReportCell> row in table.Rows)
        {
            Row(md, row, bold: false);
        }

        if (table.Footer is { } footer)
        {
            Row(md, footer, bold: true);
        }

        md.Append('\n');
    }

    private static void Row(StringBuilder md, IReadOnlyList<ReportCell> row, bool bold)
    {
        md.Append("| ").Append(string.Join(" | ", row.Select(cell =>
        {
            string text = (cell.Lead is { } lead ? $"**{Escape(lead)}** " : string.Empty) + Escape(cell.Text)
                + (cell.Detail is { } detail ? $" ({Escape(detail)})" : string.Empty);
            return bold && text.Length > 0 ? $"**{text}**" : text;
        }))).Append(" |\n");
    }

    /// <summary>Escapes what Markdown would read as markup: backslash, pipe, emphasis, links, HTML; a line break becomes a space.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
