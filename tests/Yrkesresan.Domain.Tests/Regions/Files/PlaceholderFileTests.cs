using System.Text;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions.Files;

/// <summary>
/// A placeholder (a string that starts with <c>FILL IN:</c> or <c>FYLL I:</c>) wherever a value is expected is work
/// left, reported with the code <c>Placeholder</c> and what to fill in, never as a value of the wrong type; the file is
/// refused until every one is filled in.
/// </summary>
public sealed class PlaceholderFileTests
{
    public static TheoryData<string, string, string[]> Placeholders => new()
    {
        { "a placeholder for the fixed cost", RegionFileText.With("\"amount_sek\": 1000 }", "\"amount_sek\": \"FILL IN: the fixed cost of a year in kronor, a whole number\" }"), ["region.json:8: $.fixed_costs[0].amount_sek: fill in the fixed cost of a year in kronor, a whole number"] },
        { "a Swedish placeholder for the fixed cost", RegionFileText.With("\"amount_sek\": 1000 }", "\"amount_sek\": \"FYLL I: den fasta kostnaden per år i kronor, ett heltal\" }"), ["region.json:8: $.fixed_costs[0].amount_sek: fill in the fixed cost of a year in kronor, a whole number"] },
        { "a placeholder in lower case after a space", RegionFileText.With("\"amount_sek\": 1000 }", "\"amount_sek\": \" fill in: the amount\" }"), ["region.json:8: $.fixed_costs[0].amount_sek: fill in the fixed cost of a year in kronor, a whole number"] },
        { "a placeholder for the first year of the fixed cost", RegionFileText.With("{ \"valid_from\": \"2021-01-01\", \"amount_sek\": 1000 }", "{ \"valid_from\": \"FILL IN: the year\", \"amount_sek\": 1000 }"), ["region.json:8: $.fixed_costs[0].valid_from: fill in 1 January of the first year the fixed cost applies, YYYY-01-01"] },
        { "a placeholder for a fee", RegionFileText.With("\"amount_sek\": 400", "\"amount_sek\": \"FILL IN: the pot\""), ["region.json:15: $.fee_schedules[0].components.trainer_pot.amount_sek: fill in the trainer pot per participant and course day, in kronor"] },
        { "a placeholder for whether a fee is charged on digital days", RegionFileText.With("\"amount_sek\": 1000, \"charged_on_digital_days\": false", "\"amount_sek\": 1000, \"charged_on_digital_days\": \"FYLL I: ja eller nej\""), ["region.json:14: $.fee_schedules[0].components.venue.charged_on_digital_days: fill in true or false"] },
        { "a placeholder for a fee component", RegionFileText.With("\"buffer\": { \"amount_sek\": 50, \"charged_on_digital_days\": true }", "\"buffer\": \"FILL IN: the buffer\""), ["region.json:17: $.fee_schedules[0].components.buffer: fill in an object"] },
        { "a placeholder for a step opening", RegionFileText.With("\"Erfaren\": null", "\"Erfaren\": \"FILL IN: when\""), ["region.json:27: $.eligibility[0].step_openings.Erfaren: fill in the day the step Erfaren opens, YYYY-MM-DD, or null for no date yet"] },
        { "a placeholder for the opening of step 4", RegionFileText.With("\"ArbetsledareOchChef\": \"2022-09-01\"", "\"ArbetsledareOchChef\": \"FILL IN: when\""), ["region.json:27: $.eligibility[0].step_openings.ArbetsledareOchChef: fill in the day the step Arbetsledare och chef opens, YYYY-MM-DD, or null for no date yet"] },
        { "a placeholder for a work area", RegionFileText.With("[\"mottagning\", \"utredning\"]", "[\"mottagning\", \"FILL IN: another\"]"), ["region.json:24: $.eligibility[0].work_areas[1]: fill in a work area, one of mottagning, utredning, uppfoljning, familjehem"] },
        { "a placeholder for the region's name", RegionFileText.With("\"name\": \"Testlän\"", "\"name\": \"FILL IN: the name\""), ["region.json:2: $.name: fill in the region's name"] },
        { "a placeholder for the source", RegionFileText.With("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"source\": \"FYLL I: källan\","), ["region.json:3: $.source: fill in a string"] },
        { "a placeholder for a population", RegionFileText.With("\"population\": 300", "\"population\": \"FILL IN: SCB's figure\""), ["region.json:5: $.municipalities[1].population: fill in a whole number"] },
        { "a placeholder for a municipality code", RegionFileText.With("\"code\": \"0128\"", "\"code\": \"FILL IN: the code\""), ["region.json:5: $.municipalities[1].code: fill in a municipality code, a string of four digits"] },
        { "a placeholder for a course's id", RegionFileText.With("\"id\": \"samtal\"", "\"id\": \"FILL IN: an id\""), ["region.json:32: $.courses[1].id: fill in the course's id, lower case without spaces, e.g. samtal-och-delaktighet"] },
        { "a placeholder for a course's name", RegionFileText.With("\"name\": \"Introduktion\"", "\"name\": \"FILL IN: the name\""), ["region.json:31: $.courses[0].name: fill in the course's name"] },
        { "a placeholder for a course's days", RegionFileText.With("\"course_days\": 4 },", "\"course_days\": \"FILL IN: days\" },"), ["region.json:31: $.courses[0].course_days: fill in the course's number of course days, a whole number"] },
        { "a placeholder for a stop", RegionFileText.With("[\"intro\", \"samtal\"]", "[\"intro\", \"FILL IN: the next course\"]"), ["region.json:36: $.routes[0].stops[1]: fill in the ids of the route's courses, in order, one string each"] },
        { "a placeholder for the routes", RegionFileText.With("[\n    { \"step\": \"Ny\", \"stops\": [\"intro\", \"samtal\"] }\n  ]", "\"FYLL I: resvägarna\""), ["region.json:35: $.routes: fill in an array of routes"] },
        {
            "placeholders in three parts",
            RegionFileText.With(
                ("\"amount_sek\": 1000 }", "\"amount_sek\": \"FILL IN: a\" }"),
                ("\"Ny\": \"2022-10-01\"", "\"Ny\": \"FILL IN: b\""),
                ("\"course_days\": 4 },", "\"course_days\": \"FILL IN: c\" },")),
            [
                "region.json:8: $.fixed_costs[0].amount_sek: fill in the fixed cost of a year in kronor, a whole number",
                "region.json:27: $.eligibility[0].step_openings.Ny: fill in the day the step Ny opens, YYYY-MM-DD, or null for no date yet",
                "region.json:31: $.courses[0].course_days: fill in the course's number of course days, a whole number",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Placeholders))]
    [Trait("Contract", "region-file")]
    public void A_placeholder_left_in_a_region_file_is_reported_as_work_to_do_where_it_is(string change, string json, string[] expected)
    {
        RegionFileResult result = RegionFile.Parse(Encoding.UTF8.GetBytes(json), RegionFileText.FileName);

        Assert.False(result.IsValid, change);
        Assert.Equal(expected, result.Problems.Select(p => p.ToString()).ToArray());
        Assert.Equal("Placeholder", result.Problems[0].Code);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_placeholder_is_reported_in_Swedish_under_a_Swedish_culture_whatever_the_language_of_its_marker()
    {
        string json = RegionFileText.With(("\"amount_sek\": 1000 }", "\"amount_sek\": \"FILL IN: the cost\" }"), ("\"Erfaren\": null", "\"Erfaren\": \"FYLL I: när\""));

        RegionFileResult result = Culture.InSwedish(() => RegionFile.Parse(json, RegionFileText.FileName));

        Assert.Equal(
            [
                "region.json:8: $.fixed_costs[0].amount_sek: fyll i den fasta kostnaden per år i kronor, ett heltal",
                "region.json:27: $.eligibility[0].step_openings.Erfaren: fyll i dagen steget Erfaren öppnar, ÅÅÅÅ-MM-DD, eller null om det inte har något datum än",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.All(result.Problems, p => Assert.Equal("Placeholder", p.Code));
    }

    [Theory]
    [InlineData("Introduktion: FILL IN later")]
    [InlineData("FILL IN")]
    [InlineData("Fyll i blanketten")]
    [Trait("Contract", "region-file")]
    public void A_text_that_does_not_start_with_a_marker_and_its_colon_is_an_ordinary_value(string name)
    {
        RegionFileResult result = RegionFile.Parse(RegionFileText.With("\"name\": \"Introduktion\"", "\"name\": \"" + name + "\""), RegionFileText.FileName);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(name, result.Region.Catalogue.Courses[0].Name);
    }
}
