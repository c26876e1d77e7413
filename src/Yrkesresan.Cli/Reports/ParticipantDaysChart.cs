using System.Globalization;
using System.Text;

namespace Yrkesresan.Cli.Reports;

/// <summary>
/// The first page's chart: participant days per municipality as an inline SVG column chart, one column per
/// municipality in code order, each column's height proportional to its participant days (the tallest
/// reaches <see cref="PlotHeight"/>), labelled with the municipality's name below and its figure above.
/// </summary>
/// <remarks>
/// The drawing is in millimetre-like units of a view box 180 wide that the page scales to its width. Heights
/// are rounded to hundredths: a column's height is <c>value × PlotHeight ÷ largest</c>, so any two columns'
/// heights are in the ratio of their figures within that rounding. Each column carries the municipality's
/// code (<c>data-code</c>) and its figure (<c>data-value</c>), so a reader (or a test) can check it.
/// With many municipalities the names and figures are turned upright to fit.
/// </remarks>
internal static class ParticipantDaysChart
{
    /// <summary>The view box's width.</summary>
    public const double Width = 180;

    /// <summary>The tallest column's height.</summary>
    public const double PlotHeight = 26;

    /// <summary>The base line, below the tallest column and its figure.</summary>
    private const double Baseline = 32;

    private const double Left = 10;
    private const double Right = 2;

    /// <summary>Writes the chart as an <c>svg</c> element.</summary>
    /// <param name="bars">The bars, in the order drawn.</param>
    /// <param name="description">What the chart shows, for its <c>title</c>.</param>
    /// <param name="html">Where to write.</param>
    public static void Write(IReadOnlyList<ChartBar> bars, string description, StringBuilder html)
    {
        long largest = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        double pitch = (Width - Left - Right) / Math.Max(1, bars.Count);
        double barWidth = pitch * 0.7;
        bool upright = pitch < 8;
        double height = Baseline + (upright ? 21 : 14);
        html.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {N(Width)} {N(height)}" preserveAspectRatio="xMidYMin meet">""").Append('\n');
        html.Append("<title>").Append(HtmlText.Encode(description)).Append("</title>\n");
        html.Append(CultureInfo.InvariantCulture, $"""<line class="axis" x1="{N(Left - 1)}" y1="{N(Baseline)}" x2="{N(Width - Right)}" y2="{N(Baseline)}"/>""").Append('\n');
        for (int i = 0; i < bars.Count; i++)
        {
            ChartBar bar = bars[i];
            double length = largest == 0 ? 0 : Math.Round(bar.Value * PlotHeight / largest, 2);
            double x = Left + (i * pitch) + ((pitch - barWidth) / 2);
            double centre = Left + (i * pitch) + (pitch / 2);
            string name = HtmlText.Encode(bar.Name);
            string figure = ReportFigures.Number(bar.Value);
            html.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" data-code="{bar.Code}" data-value="{bar.Value}" x="{N(x)}" y="{N(Baseline - length)}" width="{N(barWidth)}" height="{N(length)}"><title>{name}: {figure}</title></rect>""").Append('\n');
            double top = Baseline - length - 1;
            html.Append(upright
                ? string.Create(CultureInfo.InvariantCulture, $"""<text class="value" transform="translate({N(centre + 0.9)} {N(top)}) rotate(-90)">{figure}</text>""")
                : string.Create(CultureInfo.InvariantCulture, $"""<text class="value" text-anchor="middle" x="{N(centre)}" y="{N(top)}">{figure}</text>"""))
                .Append('\n');
            html.Append(upright
                ? string.Create(CultureInfo.InvariantCulture, $"""<text class="name upright" text-anchor="end" transform="translate({N(centre + 0.9)} {N(Baseline + 1.5)}) rotate(-90)">{name}</text>""")
                : string.Create(CultureInfo.InvariantCulture, $"""<text class="name" text-anchor="end" transform="translate({N(centre + 0.8)} {N(Baseline + 2.5)}) rotate(-45)">{name}</text>"""))
                .Append('\n');
        }

        html.Append("</svg>\n");
    }

    /// <summary>A coordinate with two decimals at most, invariantly.</summary>
    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
