using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes a year-end settlement as JSON: <c>year</c>, <c>trainer_pot_sek</c>, <c>undistributed_pot_sek</c>,
/// <c>municipalities</c> (every municipality of the region, ascending code, with the fields of
/// <see cref="SettlementCsv.Header"/>), then the totals; amounts are whole kronor as integers.
/// </summary>
internal static class SettlementJson
{
    /// <summary>Writes the settlement.</summary>
    /// <param name="settlement">The settlement.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(YearEndSettlement settlement, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("region", settlement.Region.Name);
            json.WriteNumber("year", settlement.Year);
            json.WriteNumber("trainer_pot_sek", settlement.Pot.Collected.WholeKronor);
            json.WriteNumber("trainer_pot_paid_out_sek", settlement.Pot.PaidOut.WholeKronor);
            json.WriteNumber("undistributed_pot_sek", settlement.Pot.Undistributed.WholeKronor);
            json.WriteNumber("fixed_cost_sek", settlement.FixedCost.Total.WholeKronor);
            json.WriteNumber("variable_fee_sek", settlement.VariableFees.WholeKronor);
            json.WriteNumber("participant_days", settlement.ParticipantDays);
            json.WriteNumber("trainer_days", settlement.TrainerDays);
            json.WriteNumber("net_sek", settlement.Net.WholeKronor);
            json.WriteStartArray("municipalities");
            foreach (MunicipalitySettlement line in settlement.Municipalities)
            {
                json.WriteStartObject();
                json.WriteString("code", line.Code.ToString());
                json.WriteString("name", line.Municipality.Name);
                json.WriteNumber("participant_days", line.ParticipantDays);
                json.WriteNumber("variable_fee_sek", line.VariableFees.WholeKronor);
                json.WriteNumber("trainer_days", line.TrainerDays);
                json.WriteNumber("trainer_pot_payout_sek", line.PotPayout.WholeKronor);
                json.WriteNumber("fixed_cost_sek", line.FixedCost.WholeKronor);
                json.WriteNumber("first_half_sek", line.FirstHalf.WholeKronor);
                json.WriteNumber("second_half_sek", line.SecondHalf.WholeKronor);
                json.WriteNumber("net_sek", line.Net.WholeKronor);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
}
