using System.Text.Json;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes eligibility decisions as JSON (rule <c>STEP-7</c>). One decision is one object with the
/// keys, in this order: <c>eligible</c> (bool), <c>step</c> (<c>"Ny"</c>, <c>"Van"</c>,
/// <c>"Erfaren"</c>, <c>"ArbetsledareOchChef"</c> or null), <c>completed_years</c> (int),
/// <c>next_step</c> (a step or null), <c>next_step_date</c> (<c>"YYYY-MM-DD"</c> or null),
/// <c>open_in_region</c> (bool), <c>reasons</c> (an array of <c>{"code", "message"}</c>, in the
/// decision's order). A staff list is an array of such objects, each with <c>id</c> first.
/// </summary>
internal static class DecisionJson
{
    /// <summary>Writes one decision as one object.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(EligibilityDecision decision, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            WriteFields(decision, json);
            json.WriteEndObject();
        });

    /// <summary>Writes a staff list's decisions as an array of objects, in the order given, each with <c>id</c> first.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IEnumerable<StaffDecision> decisions, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (StaffDecision decision in decisions)
            {
                json.WriteStartObject();
                json.WriteString("id", decision.Id);
                WriteFields(decision.Decision, json);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    private static void WriteFields(EligibilityDecision decision, Utf8JsonWriter json)
    {
        json.WriteBoolean("eligible", decision.IsEligible);
        WriteStringOrNull(json, "step", decision.Step?.Code);
        json.WriteNumber("completed_years", decision.CompletedYears);
        WriteStringOrNull(json, "next_step", decision.NextStep?.Code);
        WriteStringOrNull(json, "next_step_date", IsoDate.Format(decision.NextStepDate));
        json.WriteBoolean("open_in_region", decision.IsOpenInRegion);
        json.WriteStartArray("reasons");
        foreach (EligibilityReason reason in decision.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("code", reason.Code.Code);
            json.WriteString("message", reason.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
