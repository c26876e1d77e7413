namespace Yrkesresan.Cli.Reports;

/// <summary>How a figure of the report reads: plainly, or as met, not met or not evaluable (the HTML colours it).</summary>
internal enum ReportTone
{
    /// <summary>Plain.</summary>
    Plain,

    /// <summary>A goal met.</summary>
    Met,

    /// <summary>A goal not met.</summary>
    NotMet,

    /// <summary>A goal that cannot be evaluated.</summary>
    NotEvaluable,
}

/// <summary>One line of a list of figures: a label and its value, e.g. "Deltagardagar" and "58"; a part of the line before it is indented.</summary>
/// <param name="Label">What the figure is.</param>
/// <param name="Value">The figure, formatted.</param>
/// <param name="IsPart">Whether it is a part of the figure above (e.g. an invoice of the fixed cost).</param>
/// <param name="Note">A few words on what the figure is, after the label; null for none.</param>
internal sealed record ReportFigure(string Label, string Value, bool IsPart = false, string? Note = null);

/// <summary>A cell of a report table.</summary>
/// <param name="Text">The text.</param>
/// <param name="Tone">How it reads.</param>
/// <param name="Lead">A few words set in bold before the text (a goal's id); null for none.</param>
/// <param name="Detail">A few words on the text, set small under it in HTML and in parentheses after it in Markdown (a share's fraction, an interval's verdict); null for none.</param>
internal sealed record ReportCell(string Text, ReportTone Tone = ReportTone.Plain, string? Lead = null, string? Detail = null)
{
    /// <summary>A plain cell.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ReportCell(string text) => new(text);
}

/// <summary>A table of the report: header cells, rows whose first cell heads the row, a total row, and which columns hold numbers (set right).</summary>
/// <param name="Id">The table's id in the HTML.</param>
/// <param name="Headers">The column headers.</param>
/// <param name="Rows">The rows; each as long as the headers.</param>
/// <param name="Footer">The total row, or null.</param>
/// <param name="NumericColumns">The columns of numbers.</param>
internal sealed record ReportTable(string Id, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows, IReadOnlyList<ReportCell>? Footer, IReadOnlySet<int> NumericColumns);

/// <summary>One bar of the chart: a municipality and its participant days.</summary>
/// <param name="Code">The municipality's code, as the HTML marks the bar.</param>
/// <param name="Name">Its name, the bar's label.</param>
/// <param name="Value">Its participant days (the settlement's).</param>
internal sealed record ChartBar(string Code, string Name, long Value);

/// <summary>An effect goal in full, for the appendix: its id, its text as the plan writes it, and the library's sentences.</summary>
/// <param name="Id">The goal's id.</param>
/// <param name="Text">The goal's text.</param>
/// <param name="Explanation">Its status in a sentence, and the interval's where it has one.</param>
internal sealed record GoalText(string Id, string Text, string Explanation);
