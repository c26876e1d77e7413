using System.Text.Json;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// The worked example of the effect goals (docs/worked-example-goals.md): Norrbotten's 2023 survey,
/// docs/examples/norrbotten-2023-answers.csv, with the example ledger. Every number the tool prints is checked against a
/// computation of the test's own: the file read by a plain CSV reader, the goals read from norrbotten.json with
/// System.Text.Json, the counts, shares, decisions and Wilson bounds worked out here, never by the library.
/// </summary>
public sealed class GoalsWorkedExampleTests
{
    private const double Z = 1.959963984540054;

    private static string AnswersFile => Repository.PathOf("docs", "examples", "norrbotten-2023-answers.csv");

    /// <summary>The counts the example was made to have (tools/make-example-answers.py): goal 2 exactly at 80 %, 1b just below.</summary>
    public static TheoryData<string, long, long> Pinned => new()
    {
        { "1a", 36, 31 },
        { "1b", 39, 31 },
        { "1c", 35, 30 },
        { "1d", 37, 26 },
        { "2", 50, 40 },
        { "3", 14, 12 },
        { "4", 15, 11 },
        { "5", 13, 12 },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    [Rule("GOAL-4")]
    public void The_example_s_counts_recomputed_from_the_file_are_those_it_was_made_to_have(string goal, long counted, long positive)
    {
        Assert.Equal((counted, positive), Independent.Value.Counts[goal]);
    }

    [Fact]
    [Rule("GOAL-1")]
    public void The_example_has_one_goal_exactly_at_80_percent_and_one_just_below()
    {
        Dictionary<string, (long Counted, long Positive)> counts = Independent.Value.Counts;
        Assert.Equal(80 * counts["2"].Counted, 100 * counts["2"].Positive);
        Assert.True(100 * counts["1b"].Positive < 80 * counts["1b"].Counted);
        Assert.True(1000 * counts["1b"].Positive >= 790 * counts["1b"].Counted, "1b is not 79.x %");
        Assert.Equal(60, Independent.Value.Responses);
        Assert.InRange(Independent.Value.VetEj, 1, 20);
        Assert.InRange(Independent.Value.Blank, 1, 400);
    }

    [Fact]
    [Rule("GOAL-1")]
    public void Every_number_of_the_tool_s_json_equals_the_independent_computation()
    {
        CliResult result = Tool.Run("goals", "--answers", AnswersFile, "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement root = document.RootElement;
        Assert.Equal("Norrbotten", root.GetProperty("region").GetString());
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        Assert.Equal(Independent.Value.Responses, root.GetProperty("responses").GetInt32());
        Assert.Equal(Independent.Value.WithoutRole, root.GetProperty("responses_without_role").GetInt32());
        Assert.False(root.GetProperty("national_plan").GetBoolean());

        JsonElement[] goals = [.. root.GetProperty("goals").EnumerateArray()];
        Assert.Equal(["1a", "1b", "1c", "1d", "2", "3", "4", "5", "6", "7"], goals.Select(g => g.GetProperty("id").GetString()));
        foreach (JsonElement goal in goals)
        {
            string id = goal.GetProperty("id").GetString()!;
            string[] keys = [.. goal.EnumerateObject().Select(p => p.Name)];
            Assert.Equal(["id", "text", "measure", "status", "counted", "positive", "share", "share_percent", "threshold_percent", "interval_low_percent", "interval_high_percent", "verdict"], keys);
            Assert.Equal(Independent.Value.Texts[id], goal.GetProperty("text").GetString());
            if (!Independent.Value.Counts.TryGetValue(id, out (long Counted, long Positive) counts))
            {
                Assert.Equal(id == "6" ? "trainers" : "availability", goal.GetProperty("measure").GetString());
                Assert.Equal("met", goal.GetProperty("status").GetString());
                Assert.All(keys[4..], k => Assert.Equal(JsonValueKind.Null, goal.GetProperty(k).ValueKind));
                continue;
            }

            (long c, long p) = counts;
            int threshold = Independent.Value.Thresholds[id];
            Assert.Equal("survey", goal.GetProperty("measure").GetString());
            Assert.Equal(c, goal.GetProperty("counted").GetInt64());
            Assert.Equal(p, goal.GetProperty("positive").GetInt64());
            Assert.Equal($"{p}/{c}", goal.GetProperty("share").GetString());
            Assert.Equal(Math.Floor(p * 1000m / c) / 10m, goal.GetProperty("share_percent").GetDecimal());
            Assert.Matches(@"^\d+\.\d$", goal.GetProperty("share_percent").GetRawText());
            Assert.Equal(threshold, goal.GetProperty("threshold_percent").GetInt32());
            Assert.Equal(p * 100 >= threshold * c ? "met" : "not_met", goal.GetProperty("status").GetString());

            (double low, double high) = Wilson(p, c);
            Assert.InRange(goal.GetProperty("interval_low_percent").GetDouble(), (low * 100) - 1e-6, (low * 100) + 1e-6);
            Assert.InRange(goal.GetProperty("interval_high_percent").GetDouble(), (high * 100) - 1e-6, (high * 100) + 1e-6);
            string verdict = low > threshold / 100.0 ? "above" : high < threshold / 100.0 ? "below" : "too_few_answers";
            Assert.Equal(verdict, goal.GetProperty("verdict").GetString());
        }
    }

    [Fact]
    [Rule("GOAL-4")]
    public void The_breakdown_by_municipality_adds_up_to_each_goal_and_equals_the_independent_count_per_municipality()
    {
        CliResult result = Tool.Run("goals", "--answers", AnswersFile, "--year", "2023", "--by", "municipality", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        foreach (JsonElement goal in document.RootElement.GetProperty("goals").EnumerateArray())
        {
            string id = goal.GetProperty("id").GetString()!;
            JsonElement breakdown = goal.GetProperty("by_municipality");
            if (!Independent.Value.Counts.ContainsKey(id))
            {
                Assert.Equal(JsonValueKind.Null, breakdown.ValueKind);
                continue;
            }

            JsonElement[] lines = [.. breakdown.EnumerateArray()];
            Assert.Equal(goal.GetProperty("counted").GetInt64(), lines.Sum(l => l.GetProperty("counted").GetInt64()));
            Assert.Equal(goal.GetProperty("positive").GetInt64(), lines.Sum(l => l.GetProperty("positive").GetInt64()));
            foreach (JsonElement line in lines)
            {
                string municipality = line.GetProperty("name").GetString() ?? string.Empty;
                (long c, long p) = Independent.Value.ByMunicipality.GetValueOrDefault((id, municipality));
                Assert.Equal((c, p), (line.GetProperty("counted").GetInt64(), line.GetProperty("positive").GetInt64()));
                Assert.Equal(c == 0 ? "not_evaluable" : p * 100 >= 80 * c ? "met" : "not_met", line.GetProperty("status").GetString());
            }
        }
    }

    [Fact]
    [Rule("GOAL-6")]
    public void The_table_of_the_example_is_the_one_the_worked_example_shows()
    {
        CliResult result = Tool.Run("goals", "--answers", AnswersFile, "--year", "2023", "--ledger", TestLedgers.NorrbottenExample);

        Assert.Equal(0, result.ExitCode);
        string shown = result.Stdout.Replace(AnswersFile, "docs/examples/norrbotten-2023-answers.csv", StringComparison.Ordinal).ReplaceLineEndings("\n");
        string page = File.ReadAllText(Repository.PathOf("docs", "worked-example-goals.md")).ReplaceLineEndings("\n");
        const string Command = "$ yrkesresan goals --answers docs/examples/norrbotten-2023-answers.csv --year 2023 --ledger docs/examples/norrbotten-2023-ledger.json\n";
        int start = page.IndexOf(Command, StringComparison.Ordinal);
        Assert.True(start >= 0, "the worked example does not show the command");
        int end = page.IndexOf("```", start, StringComparison.Ordinal);
        Assert.Equal(shown, page[(start + Command.Length)..end]);
    }

    /// <summary>The Wilson score interval from the quadratic whose roots it is: (p̂ − p)² = z² p (1 − p) / n.</summary>
    private static (double Low, double High) Wilson(long positive, long counted)
    {
        double n = counted;
        double observed = positive / n;
        double a = 1 + (Z * Z / n);
        double b = -((2 * observed) + (Z * Z / n));
        double c = observed * observed;
        double root = Math.Sqrt((b * b) - (4 * a * c));
        return ((-b - root) / (2 * a), (-b + root) / (2 * a));
    }

    private static readonly Lazy<Computation> Independent = new(Compute);

    private static Computation Compute()
    {
        using JsonDocument region = JsonDocument.Parse(File.ReadAllBytes(Repository.NorrbottenRegionFile));
        JsonElement plan = region.RootElement.GetProperty("follow_up")[0];
        Dictionary<string, string?> roles = plan.GetProperty("role_question").GetProperty("options").EnumerateArray()
            .ToDictionary(o => o.GetProperty("answer").GetString()!, o => o.GetProperty("role").GetString());
        List<string[]> records = PlainCsv.Parse(File.ReadAllText(AnswersFile));
        string[] header = records[0];
        string[][] rows = [.. records.Skip(1)];
        int roleColumn = Array.FindIndex(header, h => h.StartsWith("(roll)", StringComparison.Ordinal));
        int municipalityColumn = Array.FindIndex(header, h => h.StartsWith("(kommun)", StringComparison.Ordinal));

        var computation = new Computation { Responses = rows.Length, WithoutRole = rows.Count(r => r[roleColumn].Length == 0) };
        foreach (JsonElement goal in plan.GetProperty("goals").EnumerateArray())
        {
            string id = goal.GetProperty("id").GetString()!;
            computation.Texts[id] = goal.GetProperty("text").GetString()!;
            if (!goal.TryGetProperty("survey", out JsonElement survey))
            {
                continue;
            }

            HashSet<string> goalRoles = [.. survey.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];
            HashSet<string> positive = [.. survey.GetProperty("positive").EnumerateArray().Select(r => r.GetString()!)];
            HashSet<string> notPositive = [.. survey.GetProperty("not_positive").EnumerateArray().Select(r => r.GetString()!)];
            HashSet<string> notCounted = [.. survey.GetProperty("not_counted").EnumerateArray().Select(r => r.GetString()!)];
            int column = Array.FindIndex(header, h => h.StartsWith($"({survey.GetProperty("question").GetString()})", StringComparison.Ordinal));
            computation.Thresholds[id] = survey.GetProperty("threshold_percent").GetInt32();
            (long counted, long positives) = (0, 0);
            foreach (string[] row in rows)
            {
                string answer = row[column];
                if (answer.Length == 0)
                {
                    computation.Blank++;
                    continue;
                }

                Assert.True(positive.Contains(answer) || notPositive.Contains(answer) || notCounted.Contains(answer), $"'{answer}' is not an option of goal {id}");
                string? role = row[roleColumn].Length == 0 ? null : roles[row[roleColumn]];
                if (role is null || !goalRoles.Contains(role))
                {
                    continue;
                }

                if (notCounted.Contains(answer))
                {
                    computation.VetEj++;
                    continue;
                }

                long isPositive = positive.Contains(answer) ? 1 : 0;
                counted++;
                positives += isPositive;
                (long c, long p) = computation.ByMunicipality.GetValueOrDefault((id, row[municipalityColumn]));
                computation.ByMunicipality[(id, row[municipalityColumn])] = (c + 1, p + isPositive);
            }

            computation.Counts[id] = (counted, positives);
        }

        return computation;
    }

    private sealed class Computation
    {
        public int Responses { get; init; }

        public int WithoutRole { get; init; }

        public int VetEj { get; set; }

        public int Blank { get; set; }

        public Dictionary<string, (long Counted, long Positive)> Counts { get; } = [];

        public Dictionary<string, int> Thresholds { get; } = [];

        public Dictionary<string, string> Texts { get; } = [];

        public Dictionary<(string Goal, string Municipality), (long Counted, long Positive)> ByMunicipality { get; } = [];
    }
}
