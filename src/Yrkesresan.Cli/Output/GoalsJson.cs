using System.Text.Json;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes the effect goals as JSON: <c>region</c>, <c>year</c>, <c>answers_file</c>, <c>responses</c>,
/// <c>responses_without_role</c>, <c>national_plan</c>, then <c>goals</c>, each with exactly <c>id</c>, <c>text</c>,
/// <c>measure</c>, <c>status</c>, <c>counted</c>, <c>positive</c>, <c>share</c> (<c>"53/60"</c>), <c>share_percent</c>
/// (one decimal, rounded down), <c>threshold_percent</c>, <c>interval_low_percent</c>, <c>interval_high_percent</c> (the
/// computed 95 % Wilson bounds, not rounded) and <c>verdict</c>, and with <c>--by municipality</c>, <c>by_municipality</c>.
/// A goal measured from the ledger has null for every survey figure; a survey goal with nothing counted has null for
/// its share, percentage and interval, and the verdict <c>too_few_answers</c>.
/// </summary>
internal static class GoalsJson
{
    /// <summary>Writes the goals.</summary>
    /// <param name="report">The goals.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(GoalsReport report, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            FollowUpEvaluation evaluation = report.Evaluation;
            json.WriteStartObject();
            json.WriteString("region", evaluation.Region.Name);
            json.WriteNumber("year", evaluation.Year);
            json.WriteString("answers_file", evaluation.AnswersFile);
            json.WriteNumber("responses", evaluation.Respondents);
            json.WriteNumber("responses_without_role", evaluation.RespondentsWithoutRole);
            json.WriteBoolean("national_plan", report.NationalPlan);
            json.WriteStartArray("goals");
            foreach (GoalLine line in report.Goals)
            {
                WriteGoal(json, line, report.ByMunicipality);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteGoal(Utf8JsonWriter json, GoalLine line, bool byMunicipality)
    {
        json.WriteStartObject();
        json.WriteString("id", line.Goal.Id);
        json.WriteString("text", line.Goal.Text);
        json.WriteString("measure", line.Goal.Measure.Code);
        json.WriteString("status", line.Result.Status.Code);
        Number(json, "counted", line.Counted);
        Number(json, "positive", line.Positive);
        WriteShare(json, line.Share);
        Number(json, "threshold_percent", line.ThresholdPercent);
        Number(json, "interval_low_percent", line.Interval is { } low ? GoalLine.Percent(low.Low) : null);
        Number(json, "interval_high_percent", line.Interval is { } high ? GoalLine.Percent(high.High) : null);
        if (line.Verdict is { } verdict)
        {
            json.WriteString("verdict", verdict.Code);
        }
        else
        {
            json.WriteNull("verdict");
        }

        if (byMunicipality)
        {
            json.WritePropertyName("by_municipality");
            if (line.Survey is { } survey)
            {
                json.WriteStartArray();
                foreach (MunicipalityShare share in survey.ByMunicipality)
                {
                    json.WriteStartObject();
                    Text(json, "code", share.Municipality?.Code.ToString());
                    Text(json, "name", share.Municipality?.Name);
                    json.WriteNumber("counted", share.Counted);
                    json.WriteNumber("positive", share.Positive);
                    WriteShare(json, share.Share);
                    json.WriteString("status", share.Status.Code);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndObject();
    }

    private static void WriteShare(Utf8JsonWriter json, ExactShare? share)
    {
        if (share is { } s)
        {
            json.WriteString("share", s.ToString());
            json.WritePropertyName("share_percent");
            json.WriteRawValue(GoalLine.PercentOf(s));
        }
        else
        {
            json.WriteNull("share");
            json.WriteNull("share_percent");
        }
    }

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is long n)
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double d)
        {
            json.WriteNumber(name, d);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
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
