using System.Globalization;
using CsvHelper;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Cli.Output;

/// <summary>Writes a year-end settlement as CSV: one row per municipality, the fields of the JSON output's municipalities in the same order.</summary>
internal static class SettlementCsv
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header =
    [
        "code", "name", "participant_days", "variable_fee_sek", "trainer_days", "trainer_pot_payout_sek",
        "fixed_cost_sek", "first_half_sek", "second_half_sek", "net_sek",
    ];

    /// <summary>Writes the settlement.</summary>
    /// <param name="settlement">The settlement.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(YearEndSettlement settlement, TextWriter output)
    {
        using CsvWriter csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (MunicipalitySettlement line in settlement.Municipalities)
        {
            csv.WriteRecord(
            [
                line.Code.ToString(),
                line.Municipality.Name,
                N(line.ParticipantDays),
                N(line.VariableFees.WholeKronor),
                N(line.TrainerDays),
                N(line.PotPayout.WholeKronor),
                N(line.FixedCost.WholeKronor),
                N(line.FirstHalf.WholeKronor),
                N(line.SecondHalf.WholeKronor),
                N(line.Net.WholeKronor),
            ]);
        }

        csv.Flush();
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
