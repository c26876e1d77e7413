namespace Yrkesresan.Cli.Reports;

/// <summary>
/// The HTML report's style sheet, inline in the file: an A4 page with print margins, the first page on its own
/// sheet and the appendix from the next, small but readable type, tables with their headers repeated on each
/// page, and no font, image or file fetched from anywhere (the fonts are the reader's own).
/// </summary>
internal static class ReportStyle
{
    /// <summary>The style sheet.</summary>
    public const string Css =
        """
        @page { size: A4; margin: 11mm 12mm 10mm 12mm; }
        * { box-sizing: border-box; }
        html { font-family: Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.25; color: #1a1a1a; }
        body { margin: 0; }
        .sheet { width: 186mm; margin: 0 auto; }
        @media screen {
          html { background: #e8e8e8; }
          .sheet { background: #fff; padding: 13mm; width: 210mm; min-height: 297mm; margin: 8mm auto; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
        }
        .first-page { break-after: page; }
        .appendix { break-before: page; }
        header { border-bottom: 0.6mm solid #1f4e79; padding-bottom: 2mm; margin-bottom: 3mm; }
        .kicker { margin: 0; font-size: 8.5pt; letter-spacing: .03em; color: #1f4e79; text-transform: uppercase; }
        h1 { margin: 1mm 0 1mm; font-size: 17pt; color: #1f4e79; }
        h2 { margin: 0 0 1mm; font-size: 11pt; color: #1f4e79; border-bottom: 0.2mm solid #c9d6e3; padding-bottom: 0.6mm; }
        h3 { margin: 4mm 0 1.2mm; font-size: 10pt; color: #1f4e79; break-after: avoid; }
        p { margin: 0 0 1mm; }
        .sources { font-size: 8pt; color: #555; margin: 0; }
        section { margin-bottom: 2.6mm; break-inside: avoid; }
        .columns { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }
        table { border-collapse: collapse; width: 100%; }
        th, td { padding: 0.3mm 1.2mm; vertical-align: top; text-align: left; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.figures th { font-weight: normal; white-space: nowrap; }
        table.figures td { text-align: right; white-space: nowrap; font-weight: bold; font-variant-numeric: tabular-nums; }
        table.figures tr { border-bottom: 0.15mm solid #e3e3e3; }
        table.figures tr.part th { padding-left: 5mm; color: #444; }
        table.figures tr.part td { font-weight: normal; color: #444; }
        .note-inline { display: block; font-size: 7.5pt; color: #666; }
        table.grid thead th { background: #1f4e79; color: #fff; font-weight: bold; font-size: 8pt; }
        table.grid tbody tr:nth-child(even) { background: #f2f5f8; }
        table.grid tfoot td, table.grid tfoot th { font-weight: bold; border-top: 0.3mm solid #1f4e79; }
        table.grid tbody th { font-weight: normal; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        #goals table { font-size: 7.5pt; table-layout: fixed; }
        #goals col.goal { width: auto; }
        #goals col.status { width: 21mm; }
        #goals col.share { width: 17mm; }
        #goals col.counted { width: 13mm; }
        #goals col.interval { width: 30mm; }
        #goals td { white-space: nowrap; }
        #goals td:last-child, #goals th:last-child { padding-left: 4mm; }
        #goals thead th { white-space: normal; }
        #goals thead th:last-child { white-space: nowrap; }
        .detail { display: block; font-size: 6.5pt; color: #666; font-weight: normal; white-space: normal; }
        .lead { font-weight: bold; color: #1f4e79; margin-right: 1mm; }
        .met { color: #1e6b2f; font-weight: bold; }
        .not-met { color: #a32020; font-weight: bold; }
        .not-evaluable { color: #666; font-style: italic; }
        .missing { font-weight: bold; color: #a35a00; background: #fff4e0; border-left: 1mm solid #e09a2d; padding: 1.2mm 2mm; }
        .note { font-size: 7.5pt; color: #555; margin-top: 1mm; }
        svg.chart { width: 100%; height: auto; display: block; }
        svg.chart .bar { fill: #2e75b6; }
        svg.chart .axis { stroke: #888; stroke-width: 0.2; }
        svg.chart text { font-family: Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif; fill: #1a1a1a; }
        svg.chart .value { font-size: 2.7px; }
        svg.chart .name { font-size: 2.8px; }
        svg.chart .name.upright { font-size: 2.6px; }
        .appendix table.grid { font-size: 8.5pt; }
        #goals-by-municipality-table { font-size: 7.5pt; table-layout: fixed; }
        #goals-by-municipality-table th:first-child { width: 30mm; }
        .appendix .kicker { margin-bottom: 1mm; }
        dl.goal-texts { font-size: 8pt; margin: 0; display: grid; grid-template-columns: 8mm 1fr; row-gap: 1.2mm; }
        dl.goal-texts dt { font-weight: bold; color: #1f4e79; }
        dl.goal-texts dd { margin: 0; break-inside: avoid; }
        dl.goal-texts .explanation { color: #444; }
        """;
}
