using System.Globalization;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Reporting;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Cli.Tests.Reports;

/// <summary>What every printed report must show, page by page, checked against the library's figures.</summary>
internal static class PrintedReportChecks
{
    /// <summary>The first page's headings, in Swedish: the report's sections.</summary>
    private static readonly string[] HeadlineSections = ["Verksamhet", "Ekonomi", "Effektmål", "Tillgänglighet", "Deltagardagar per kommun"];

    /// <summary>What only the appendix has: its heading, its table's own columns, its note.</summary>
    private static readonly string[] AppendixOnly = ["Bilaga", "Andel av pott", "Netto =", "Effektmål per kommun", "Effektmålen"];

    /// <summary>A count as printed: <c>1 234</c>.</summary>
    public static string Number(long value) => SwedishNumberFormat.FormatInteger(value);

    /// <summary>Page 1 has the heading and every headline section, and nothing of the appendix.</summary>
    public static void PageOneStandsAlone(PrintedPdf pdf, string heading)
    {
        string page = pdf.Words(1);
        Assert.Contains(heading, page, StringComparison.Ordinal);
        Assert.All(HeadlineSections, section => Assert.Contains(section, page, StringComparison.Ordinal));
        Assert.All(AppendixOnly, appendix => Assert.DoesNotContain(appendix, page, StringComparison.Ordinal));
    }

    /// <summary>The appendix's heading opens page 2, and no later page repeats a headline section.</summary>
    public static void AppendixBeginsOnPageTwo(PrintedPdf pdf, string appendixHeading)
    {
        Assert.True(pdf.Pages >= 2, "the appendix needs a page of its own");
        string[] lines = [.. pdf.PageTexts[1].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
        Assert.Equal(appendixHeading, lines[1]);
        Assert.Contains("bilaga", lines[0], StringComparison.OrdinalIgnoreCase);
        for (int page = 2; page <= pdf.Pages; page++)
        {
            Assert.DoesNotContain("Tillgänglighet", pdf.Words(page), StringComparison.Ordinal);
            Assert.DoesNotContain("Deltagardagar per kommun", pdf.Words(page), StringComparison.Ordinal);
        }
    }

    /// <summary>Page 1 prints the activity and the economy as the library has them, each beside its label.</summary>
    public static void FrontPageFigures(PrintedPdf pdf, AnnualReport report)
    {
        string page = pdf.Words(1);
        ReportActivity a = report.Activity;
        ReportEconomy e = report.Economy;
        string[] expected =
        [
            $"Kurstillfällen {Number(a.Occasions)}",
            $"Kursdagar {Number(a.CourseDays)}",
            $"på plats {Number(a.OnSiteCourseDays)}",
            $"digitalt {Number(a.DigitalCourseDays)}",
            $"Deltagardagar {Number(a.ParticipantDays)}",
            $"Anmälda deltagare {Number(a.Participants)}",
            .. a.ParticipantsByStep.Select(s => $"steg {s.Step.DisplayName} {Number(s.Participants)}"),
            $"Utbildardagar {Number(a.TrainerDays)}",
            $"Fast kostnad {e.FixedCost}",
            $"faktura jan–jun {e.FixedCostFirstHalf}",
            $"faktura jul–dec {e.FixedCostSecondHalf}",
            $"Rörliga avgifter {e.VariableFees}",
            $"Summa fakturerat {e.TotalInvoiced}",
            $"Utbildarpott, inbetalt {e.PotCollected}",
            $"ej fördelat {e.PotUndistributed}",
            $"Netto för kommunerna {e.Net}",
        ];
        Assert.All(expected, figure => Assert.Contains(figure, page, StringComparison.Ordinal));
        Assert.Contains(Number(a.MunicipalTrainers), page, StringComparison.Ordinal);
        Assert.Contains(e.PotPaidOut.ToString(), page, StringComparison.Ordinal);
    }

    /// <summary>The appendix prints each municipality's line of the settlement, in order, and the totals.</summary>
    public static void AppendixFigures(PrintedPdf pdf, AnnualReport report)
    {
        string appendix = string.Join(" ", Enumerable.Range(2, pdf.Pages - 1).Select(pdf.Words));
        int at = 0;
        foreach (MunicipalitySettlement m in report.Municipalities)
        {
            string line = $"{m.Code} {m.Municipality.Name} {Number(m.ParticipantDays)} {m.VariableFees} {Number(m.TrainerDays)} {m.PotPayout} {m.FixedCost} {m.Net}";
            int found = appendix.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"the appendix prints, after the line before it: {line}");
            at = found + line.Length;
        }

        YearEndSettlement s = report.Settlement;
        Assert.Contains($"Summa {Number(s.ParticipantDays)} {s.VariableFees} {Number(s.TrainerDays)} {s.Pot.PaidOut} {s.FixedCost.Total} {s.Net}", appendix, StringComparison.Ordinal);
    }

    /// <summary>Makes a text as the Swedish report does.</summary>
    public static T InSwedish<T>(Func<T> make)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            return make();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
