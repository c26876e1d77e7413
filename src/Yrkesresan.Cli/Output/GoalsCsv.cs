using System.Globalization;
using CsvHelper;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes the effect goals as CSV: one row per goal with the fields of the JSON output's goals in the same order, then
/// <c>breakdown</c> (<c>goal</c>), <c>municipality_code</c> and <c>municipality</c> (empty). With <c>--by municipality</c>
/// each survey goal's row is followed by one row per municipality (<c>breakdown</c> <c>municipality</c>) and, if any of
/// them counted, one for the respondents who did not say (<c>not_stated</c>); their interval and verdict are empty. The
/// header is the same with or without the breakdown. Empty cells stand for JSON's null.
/// </summary>
internal static class GoalsCsv
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header =
    [
        "id", "text", "measure", "status", "counted", "positive", "share", "share_percent", "threshold_percent",
        "interval_low_percent", "interval_high_percent", "verdict", "breakdown", "municipality_code", "municipality",
    ];

    /// <summary>Writes the goals.</summary>
    /// <param name="report">The goals.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(GoalsReport report, TextWriter output)
    {
        using CsvWriter csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (GoalLine line in report.Goals)
        {
            csv.WriteRecord(
            [
                line.Goal.Id,
                line.Goal.Text,
                line.Goal.Measure.Code,
                line.Result.Status.Code,
                N(line.Counted),
                N(line.Positive),
                line.Share?.ToString() ?? string.Empty,
                line.Share is { } share ? GoalLine.PercentOf(share) : string.Empty,
                N(line.ThresholdPercent),
                D(line.Interval?.Low),
                D(line.Interval?.High),
                line.Verdict?.Code ?? string.Empty,
                "goal",
                string.Empty,
                string.Empty,
            ]);

            if (report.ByMunicipality && line.Survey is { } survey)
            {
                foreach (MunicipalityShare municipality in survey.ByMunicipality)
                {
                    csv.WriteRecord(
                    [
                        line.Goal.Id,
                        line.Goal.Text,
                        line.Goal.Measure.Code,
                        municipality.Status.Code,
                        N(municipality.Counted),
                        N(municipality.Positive),
                        municipality.Share?.ToString() ?? string.Empty,
                        municipality.Share is { } s ? GoalLine.PercentOf(s) : string.Empty,
                        N(line.ThresholdPercent),
                        string.Empty,
                        string.Empty,
                        string.Empty,
                        municipality.Municipality is null ? "not_stated" : "municipality",
                        municipality.Municipality?.Code.ToString() ?? string.Empty,
                        municipality.Municipality?.Name ?? string.Empty,
                    ]);
                }
            }
        }

        csv.Flush();
    }

    private static string N(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string D(double? proportion) => proportion is double p ? GoalLine.Percent(p).ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
