using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Schemas;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions.Official;

/// <summary>
/// A new region file for a county (<c>yrkesresan region --new</c>): the county's official municipalities and
/// populations, the national eligibility policy, and a placeholder for every value only the region can know, each
/// reported as one line of work left until it is filled in; filled in, the file is a valid region file that passes
/// the published schema.
/// </summary>
public sealed partial class RegionFileTemplateTests
{
    /// <summary>
    /// Statistics Sweden's 21 county codes, written out rather than read from the library: xunit reads theory data when
    /// it discovers the tests, and library code run then counts as run outside any test (mutation testing would then run
    /// every test for each of its mutants). The fact below checks the list against the library's.
    /// </summary>
    public static TheoryData<int> CountyCodes => [1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25];

    [Fact]
    [Trait("Contract", "region-file")]
    public void The_county_codes_of_the_theories_are_Statistics_Sweden_s_counties()
    {
        Assert.Equal(CountyCodes.Select<object[], int>(row => (int)row[0]), OfficialMunicipalities.Counties.Select(c => c.Code).ToArray());
    }

    [Theory]
    [MemberData(nameof(CountyCodes))]
    [Trait("Contract", "region-file")]
    public void A_new_region_file_is_refused_with_one_placeholder_problem_for_each_value_left_to_fill_in(int countyCode)
    {
        string text = RegionFileTemplate.ForCounty(County(countyCode));

        RegionFileResult result = RegionFile.Parse(text, "region.json");

        Assert.False(result.IsValid);
        Assert.All(result.Problems, p => Assert.Equal("Placeholder", p.Code));
        Assert.Equal(18, result.Problems.Length);
        Assert.Equal(Markers().Count(text), result.Problems.Length);
        Assert.Equal(result.Problems.Length, result.Problems.Select(p => p.Path).Distinct().Count());
        Assert.All(result.Problems, p => Assert.StartsWith("region.json:", p.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CountyCodes))]
    [Rule("ALLOC-1")]
    public void A_new_region_file_filled_in_is_a_valid_region_of_the_county_s_official_municipalities_under_the_national_policy(int countyCode)
    {
        County county = County(countyCode);
        string filled = Fill(RegionFileTemplate.ForCounty(county));

        Region region = RegionFile.Parse(filled, "region.json").Region;

        Assert.Equal(county.Name, region.Name);
        Assert.Equal(county.Municipalities.Select(m => m.ToMunicipality()), region.Municipalities);
        Assert.Equal(county.Population, region.StatedPopulationTotal);
        Assert.Equal(county.Population, region.PopulationTotal);
        EligibilityPolicy policy = Assert.Single(region.Eligibility!.Values).Value;
        Assert.Equal(EligibilityPolicy.National.WorkAreas.AsEnumerable(), policy.WorkAreas);
        Assert.Equal(EligibilityPolicy.National.ExcludedRoles.AsEnumerable(), policy.ExcludedRoles);
        Assert.Equal(EligibilityPolicy.National.ExcludedEmployers.AsEnumerable(), policy.ExcludedEmployers);
        Assert.Empty(PublishedSchema.Region.Errors(filled, assertFormats: true));
    }

    [Fact]
    [Rule("GOAL-3")]
    public void A_new_region_file_filled_in_has_the_directive_s_four_national_goals_as_its_follow_up_plan()
    {
        Region region = RegionFile.Parse(Fill(RegionFileTemplate.ForCounty(County(22))), "region.json").Region;

        FollowUpPlan plan = region.FollowUpPlanIn(2024);

        Assert.Equal(new NodaTime.LocalDate(2024, 1, 1), region.FollowUpPlans!.FirstDate);
        Assert.Equal(Describe(FollowUpPlan.National), Describe(plan));
        Assert.Null(plan.MunicipalityQuestion);
    }

    [Fact]
    [Trait("Contract", "JSON Schema")]
    public void The_schema_refuses_every_placeholder_of_a_new_region_file_where_it_stands()
    {
        string text = RegionFileTemplate.ForCounty(County(22));
        RegionFileResult result = RegionFile.Parse(text, "region.json");

        SchemaError[] errors = PublishedSchema.Region.Errors(text);

        Assert.All(result.Problems, p => Assert.Contains(errors, e => e.Location == Pointer(p.Path)));
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void A_new_region_file_for_Gotland_is_written_as_pinned()
    {
        Assert.Equal(
            """
            {
              "$schema": "https://raw.githubusercontent.com/yrkesresan/Yrkesresan.Domain/main/docs/schemas/region.schema.json",
              "name": "Gotlands län",
              "source": "Municipalities and populations: Statistics Sweden (SCB), Folkmängd per kommun 31 december 2020. Fill in every value that starts with FILL IN.",
              "population_total": 60124,
              "municipalities": [
                { "code": "0980", "name": "Gotland", "population": 60124, "population_date": "2020-12-31" }
              ],
              "fixed_costs": [
                {
                  "valid_from": "FILL IN: 1 January of the first year the fixed cost applies, YYYY-01-01",
                  "amount_sek": "FILL IN: the fixed cost of a year in kronor, a whole number"
                }
              ],
              "rounding": { "method": "largest_remainder" },
              "fee_schedules": [
                {
                  "valid_from": "FILL IN: the first day the fee schedule applies, YYYY-MM-DD",
                  "components": {
                    "venue": { "amount_sek": "FILL IN: the fee for venue and refreshments (lokal/fika) per participant and course day, in kronor", "charged_on_digital_days": false },
                    "trainer_pot": { "amount_sek": "FILL IN: the trainer pot per participant and course day, in kronor", "charged_on_digital_days": true },
                    "course_material": { "amount_sek": "FILL IN: the fee for course material per participant and course day, in kronor", "charged_on_digital_days": true },
                    "buffer": { "amount_sek": "FILL IN: the buffer per participant and course day, in kronor", "charged_on_digital_days": true }
                  }
                }
              ],
              "eligibility": [
                {
                  "valid_from": "FILL IN: the first day the eligibility policy applies, YYYY-MM-DD",
                  "work_areas": ["mottagning", "utredning", "uppfoljning"],
                  "excluded_roles": ["hogre-chef", "administrativ", "politiker"],
                  "excluded_employers": ["annan"],
                  "step_openings": {
                    "Ny": "FILL IN: the day the step Ny opens, YYYY-MM-DD, or null for no date yet",
                    "Van": "FILL IN: the day the step Van opens, YYYY-MM-DD, or null for no date yet",
                    "Erfaren": "FILL IN: the day the step Erfaren opens, YYYY-MM-DD, or null for no date yet",
                    "ArbetsledareOchChef": "FILL IN: the day the step Arbetsledare och chef opens, YYYY-MM-DD, or null for no date yet"
                  },
                  "trainer_opening": "FILL IN: the day the journey opens for trainers, YYYY-MM-DD, or null for no date yet"
                }
              ],
              "courses": [
                {
                  "id": "FILL IN: the course's id, lower case without spaces, e.g. samtal-och-delaktighet",
                  "name": "FILL IN: the course's name",
                  "course_days": "FILL IN: the course's number of course days, a whole number"
                }
              ],
              "routes": [
                {
                  "step": "Ny",
                  "complete": false,
                  "stops": ["FILL IN: the ids of the route's courses, in order, one string each"]
                }
              ],
              "follow_up": [
                {
                  "valid_from": "FILL IN: 1 January of the first year the effect goals are followed up, YYYY-01-01",
                  "role_question": {
                    "label": "roll",
                    "options": [
                      { "answer": "Socialsekreterare", "role": "socialsekreterare" },
                      { "answer": "Arbetsledare", "role": "arbetsledare" },
                      { "answer": "Chef", "role": "chef" },
                      { "answer": "Annan", "role": null }
                    ]
                  },
                  "goals": [
                    {
                      "id": "1",
                      "text": "80 procent av den berörda personalen anser att Yrkesresan barn och unga är ett stöd i deras yrkesutveckling",
                      "short_text": "Stöd i yrkesutvecklingen",
                      "survey": {
                        "roles": ["socialsekreterare", "arbetsledare", "chef"],
                        "question": "n1",
                        "positive": ["Instämmer helt", "Instämmer till stor del"],
                        "not_positive": ["Instämmer till viss del", "Instämmer inte alls"],
                        "not_counted": ["Vet ej"],
                        "threshold_percent": 80
                      }
                    },
                    {
                      "id": "2",
                      "text": "80 procent av den berörda personalen anser att kurserna som erbjuds inom Yrkesresan barn och unga är bra",
                      "short_text": "Kurserna är bra",
                      "survey": {
                        "roles": ["socialsekreterare", "arbetsledare", "chef"],
                        "question": "n2",
                        "positive": ["Instämmer helt", "Instämmer till stor del"],
                        "not_positive": ["Instämmer till viss del", "Instämmer inte alls"],
                        "not_counted": ["Vet ej"],
                        "threshold_percent": 80
                      }
                    },
                    {
                      "id": "3",
                      "text": "80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i kompetensutveckling av personal",
                      "short_text": "Hjälp i kompetensutvecklingen",
                      "survey": {
                        "roles": ["arbetsledare", "chef"],
                        "question": "n3",
                        "positive": ["Instämmer helt", "Instämmer till stor del"],
                        "not_positive": ["Instämmer till viss del", "Instämmer inte alls"],
                        "not_counted": ["Vet ej"],
                        "threshold_percent": 80
                      }
                    },
                    {
                      "id": "4",
                      "text": "80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i introduktion av ny personal",
                      "short_text": "Hjälp i introduktionen av ny personal",
                      "survey": {
                        "roles": ["arbetsledare", "chef"],
                        "question": "n4",
                        "positive": ["Instämmer helt", "Instämmer till stor del"],
                        "not_positive": ["Instämmer till viss del", "Instämmer inte alls"],
                        "not_counted": ["Vet ej"],
                        "threshold_percent": 80
                      }
                    }
                  ]
                }
              ]
            }

            """,
            RegionFileTemplate.ForCounty(County(9)));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_new_region_file_in_Swedish_has_Swedish_placeholders_which_the_reader_reports_in_either_language()
    {
        string swedish = Culture.InSwedish(() => RegionFileTemplate.ForCounty(County(22)));
        string english = RegionFileTemplate.ForCounty(County(22));

        Assert.Contains("\"amount_sek\": \"FYLL I: den fasta kostnaden per år i kronor, ett heltal\"", swedish, StringComparison.Ordinal);
        Assert.Contains("\"source\": \"Kommuner och folkmängd: SCB, Folkmängd per kommun 31 december 2020. Fyll i varje värde som börjar med FYLL I.\"", swedish, StringComparison.Ordinal);
        Assert.DoesNotContain("FILL IN", swedish, StringComparison.Ordinal);
        Assert.Equal(Markers().Count(english), Markers().Count(swedish));
        Assert.Equal(
            RegionFile.Parse(english, "region.json").Problems.Select(p => p.ToString()),
            RegionFile.Parse(swedish, "region.json").Problems.Select(p => p.ToString()));
        Assert.Contains(
            "region.json:18: $.fixed_costs[0].amount_sek: fyll i den fasta kostnaden per år i kronor, ett heltal",
            Culture.InSwedish(() => RegionFile.Parse(english, "region.json")).Problems.Select(p => p.ToString()));
        Assert.Equal(Fill(english), Fill(swedish).Replace(Line("source", swedish), Line("source", english), StringComparison.Ordinal));
    }

    private static County County(int code) =>
        OfficialMunicipalities.TryFindCounty(code, out County? county) ? county : throw new ArgumentOutOfRangeException(nameof(code));

    /// <summary>The file with every placeholder replaced by a value a region might choose, by where it stands.</summary>
    private static string Fill(string template)
    {
        JsonNode file = JsonNode.Parse(template)!;
        Replace(file);
        return file.ToJsonString(JsonFormat.Indented);
    }

    private static void Replace(JsonNode node)
    {
        IEnumerable<(JsonNode? Value, Action<JsonNode?> Set)> children = node switch
        {
            JsonObject o => [.. o.Select(p => (p.Value, (Action<JsonNode?>)(v => o[p.Key] = v)))],
            JsonArray a => [.. a.Select((v, i) => (v, (Action<JsonNode?>)(n => a[i] = n)))],
            _ => [],
        };
        foreach ((JsonNode? value, Action<JsonNode?> set) in children)
        {
            if (value is JsonValue leaf && leaf.TryGetValue(out string? text) && Markers().IsMatch(text))
            {
                set(ValueFor(Indexes().Replace(leaf.GetPath(), "[]")));
            }
            else if (value is not null)
            {
                Replace(value);
            }
        }
    }

    private static JsonNode? ValueFor(string path) => path switch
    {
        "$.fixed_costs[].valid_from" => "2024-01-01",
        "$.fixed_costs[].amount_sek" => 1_000_000,
        "$.fee_schedules[].valid_from" => "2024-01-01",
        "$.fee_schedules[].components.venue.amount_sek" => 1_000,
        "$.fee_schedules[].components.trainer_pot.amount_sek" => 400,
        "$.fee_schedules[].components.course_material.amount_sek" => 100,
        "$.fee_schedules[].components.buffer.amount_sek" => 50,
        "$.eligibility[].valid_from" => "2024-01-01",
        "$.eligibility[].step_openings.Ny" => "2024-03-01",
        "$.eligibility[].step_openings.Erfaren" => null,
        _ when path.StartsWith("$.eligibility[].step_openings.", StringComparison.Ordinal) => "2024-09-01",
        "$.eligibility[].trainer_opening" => null,
        "$.courses[].id" => "samtal-och-delaktighet",
        "$.courses[].name" => "Samtal och delaktighet",
        "$.courses[].course_days" => 2,
        "$.routes[].stops[]" => "samtal-och-delaktighet",
        "$.follow_up[].valid_from" => "2024-01-01",
        _ => throw new ArgumentException($"No value to fill in at {path}.", nameof(path)),
    };

    /// <summary>A plan as text: its role question, options and every goal with every part of its measure.</summary>
    private static string[] Describe(FollowUpPlan plan) =>
    [
        plan.RoleQuestion.Label,
        .. plan.RoleQuestion.Options.Select(o => $"{o.Answer}={o.Role?.Code}"),
        .. plan.Goals.Select(g => g.Survey is { } s
            ? $"{g.Id}|{g.Text}|{g.ShortText}|{string.Join(",", s.Roles.Select(r => r.Code))}|{s.Question}|{string.Join(",", s.Positive)}|{string.Join(",", s.NotPositive)}|{string.Join(",", s.NotCounted)}|{s.ThresholdPercent}"
            : $"{g.Id}|{g.Text}|{g.ShortText}|{g.Measure.Code}"),
    ];

    private static string Line(string field, string json) => Regex.Match(json, $"\"{field}\": \"[^\"]*\"").Value;

    private static string Pointer(string path) => Indexes2().Replace(path.TrimStart('$'), "/$1").Replace('.', '/');

    [GeneratedRegex("(FILL IN|FYLL I):")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex Indexes();

    [GeneratedRegex(@"\[([0-9]+)\]")]
    private static partial Regex Indexes2();
}
