using System.Text;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Regions.Files;

/// <summary>
/// Malformed region files, each refused with exactly the problems expected: the file, the line,
/// the JSON path of the field and why, every problem at once, and never a region.
/// </summary>
public sealed class MalformedRegionFileTests
{
    public static TheoryData<string, string, string[]> WholeFiles => new()
    {
        { "an empty file", "", ["region.json:1: $: the file is empty; a region file is one JSON object"] },
        { "a file of white space", " \n\t\n", ["region.json:1: $: the file is empty; a region file is one JSON object"] },
        { "a missing comma", RegionFileText.With("\"Testlän\",", "\"Testlän\""), ["region.json:3: $: a comma is missing between this and the value before it (column 3)"] },
        { "a trailing comma", RegionFileText.With("\"stops\": [\"intro\", \"samtal\"]", "\"stops\": [\"intro\", \"samtal\",]"), ["region.json:36: $: a comma before ] is not allowed in JSON (column 48)"] },
        { "a comment", RegionFileText.With("\"name\": \"Testlän\",", "// Test\n  \"name\": \"Testlän\","), ["region.json:2: $: // starts a comment, and JSON has no comments (column 3)"] },
        { "a file cut short", RegionFileText.Valid[..204], ["region.json:6: $: the file ends before its JSON is complete: a closing } or ] is missing, or the file is cut short (column 5)"] },
        { "an array instead of an object", "[]", ["region.json:1: $: must be an object, not an array"] },
        { "a string instead of an object", "\"Norrbotten\"", ["region.json:1: $: must be an object, not the string \"Norrbotten\""] },
        {
            "an empty object",
            "{}",
            [
                "region.json:1: $.name: is missing; a region file must have it",
                "region.json:1: $.municipalities: is missing; a region file must have it",
                "region.json:1: $.fixed_costs: is missing; a region file must have it",
                "region.json:1: $.fee_schedules: is missing; a region file must have it",
                "region.json:1: $.eligibility: is missing; a region file must have it",
                "region.json:1: $.courses: is missing; a region file must have it",
                "region.json:1: $.routes: is missing; a region file must have it",
            ]
        },
        {
            "a misspelt field",
            RegionFileText.With("\"name\": \"Testlän\"", "\"nmae\": \"Testlän\""),
            [
                "region.json:1: $.name: is missing; a region file must have it",
                "region.json:2: $.nmae: is not a field of a region file; its fields are name, municipalities, fixed_costs, fee_schedules, eligibility, courses, routes, $schema, source, population_total, memberships, rounding, follow_up",
            ]
        },
        { "a field given twice", RegionFileText.With("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"name\": \"Testlän\","), ["region.json:3: $.name: appears more than once in its object; give each field once"] },
        { "a schema that is not a string", RegionFileText.With("\"name\": \"Testlän\",", "\"$schema\": 1,\n  \"name\": \"Testlän\","), ["region.json:2: $['$schema']: must be a string, not the number 1"] },
        { "a source that is not a string", RegionFileText.With("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"source\": [\"SCB\"],"), ["region.json:3: $.source: must be a string, not an array"] },
        { "a field name with a space", RegionFileText.With("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"population total\": 400,"), ["region.json:3: $['population total']: is not a field of a region file; its fields are name, municipalities, fixed_costs, fee_schedules, eligibility, courses, routes, $schema, source, population_total, memberships, rounding, follow_up"] },
        { "a blank name", RegionFileText.With("\"Testlän\"", "\" \""), ["region.json:2: $.name: must not be blank"] },
        { "a name that is a number", RegionFileText.With("\"Testlän\"", "25"), ["region.json:2: $.name: must be a string, not the number 25"] },
    };

    public static TheoryData<string, string, string[]> Municipalities => new()
    {
        { "a population of zero", RegionFileText.With("\"population\": 300", "\"population\": 0"), ["region.json:5: $.municipalities[1].population: must be at least 1, not 0"] },
        { "a negative population", RegionFileText.With("\"population\": 300", "\"population\": -5"), ["region.json:5: $.municipalities[1].population: must be at least 1, not -5"] },
        { "a population in quotes", RegionFileText.With("\"population\": 300", "\"population\": \"300\""), ["region.json:5: $.municipalities[1].population: must be a whole number, not the string \"300\""] },
        { "a population with decimals", RegionFileText.With("\"population\": 300", "\"population\": 300.5"), ["region.json:5: $.municipalities[1].population: must be a whole number, not 300.5"] },
        { "a population over a thousand million", RegionFileText.With("\"population\": 300", "\"population\": 1000000001"), ["region.json:5: $.municipalities[1].population: must be at most 1000000000, not 1000000001"] },
        { "a population beyond any integer", RegionFileText.With("\"population\": 300", "\"population\": 99999999999999999999"), ["region.json:5: $.municipalities[1].population: must be at most 1000000000, not 99999999999999999999"] },
        { "a missing population", RegionFileText.With(", \"population\": 300", ""), ["region.json:5: $.municipalities[1].population: is missing; a municipality must have it"] },
        { "a code written as a number", RegionFileText.With("\"code\": \"0128\"", "\"code\": 128"), ["region.json:5: $.municipalities[1].code: must be a string of four digits, e.g. \"0128\", not the number 128: a code keeps its leading zero"] },
        { "a code of three digits", RegionFileText.With("\"code\": \"0128\"", "\"code\": \"002\""), ["region.json:5: $.municipalities[1].code: must be a municipality code of exactly four digits, not \"002\""] },
        { "a code of five digits", RegionFileText.With("\"code\": \"0128\"", "\"code\": \"00002\""), ["region.json:5: $.municipalities[1].code: must be a municipality code of exactly four digits, not \"00002\""] },
        { "a code with a letter", RegionFileText.With("\"code\": \"0128\"", "\"code\": \"00O2\""), ["region.json:5: $.municipalities[1].code: must be a municipality code of exactly four digits, not \"00O2\""] },
        { "the code 0000", RegionFileText.With("\"code\": \"0128\"", "\"code\": \"0000\""), ["region.json:5: $.municipalities[1].code: 0000 is not a municipality code"] },
        { "a code given twice", RegionFileText.With("\"code\": \"0128\", \"name\": \"Salem\"", "\"code\": \"0125\", \"name\": \"Ekerö\""), ["region.json:5: $.municipalities[1].code: 0125 appears more than once"] },
        { "no municipalities", RegionFileText.With(("{ \"code\": \"0125\", \"name\": \"Ekerö\", \"population\": 100, \"population_date\": \"2020-12-31\" },\n", ""), ("{ \"code\": \"0128\", \"name\": \"Salem\", \"population\": 300 }", "")), ["region.json:3: $.municipalities: must not be empty: list the municipalities"] },
        { "municipalities as an object", RegionFileText.With(("\"municipalities\": [", "\"municipalities\": {\"a\": ["), ("}\n  ],\n  \"fixed_costs\"", "}\n  ]},\n  \"fixed_costs\"")), ["region.json:3: $.municipalities: must be an array of municipalities, not an object"] },
        { "a misspelt municipality field", RegionFileText.With("\"population\": 300", "\"population\": 300, \"populaton\": 300"), ["region.json:5: $.municipalities[1].populaton: is not a field of a municipality; its fields are code, name, population, population_date"] },
        { "a population date that is no date", RegionFileText.With("\"2020-12-31\"", "\"2020-02-30\""), ["region.json:4: $.municipalities[0].population_date: must be a real date written YYYY-MM-DD, not \"2020-02-30\""] },
        { "a population date in another format", RegionFileText.With("\"2020-12-31\"", "\"31/12/2020\""), ["region.json:4: $.municipalities[0].population_date: must be a real date written YYYY-MM-DD, not \"31/12/2020\""] },
        {
            "a bad code before a code given twice",
            RegionFileText.With(("\"code\": \"0125\"", "\"code\": \"1\""), ("{ \"code\": \"0128\", \"name\": \"Salem\", \"population\": 300 }", "{ \"code\": \"0128\", \"name\": \"Salem\", \"population\": 300 },\n    { \"code\": \"0128\", \"name\": \"Salem\", \"population\": 5 }")),
            [
                "region.json:4: $.municipalities[0].code: must be a municipality code of exactly four digits, not \"1\"",
                "region.json:6: $.municipalities[2].code: 0128 appears more than once",
            ]
        },
        {
            "a code written as a number that a membership names",
            RegionFileText.With(("\"code\": \"0128\"", "\"code\": 128"), ("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"population_total\": 400,\n  \"memberships\": [{ \"valid_from\": \"2021-01-01\", \"members\": [\"0125\", \"0128\"] }],")),
            ["region.json:7: $.municipalities[1].code: must be a string of four digits, e.g. \"0128\", not the number 128: a code keeps its leading zero"]
        },
        {
            "a code of five digits written as a number, with a stated total and a membership",
            RegionFileText.With(("\"code\": \"0128\"", "\"code\": 10000"), ("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"population_total\": 5,\n  \"memberships\": [{ \"valid_from\": \"2021-01-01\", \"members\": [\"0125\", \"0128\"] }],")),
            ["region.json:7: $.municipalities[1].code: must be a string of four digits, e.g. \"10000\", not the number 10000: a code keeps its leading zero"]
        },
        {
            "a stated total with an unreadable population",
            RegionFileText.With(("\"population\": 300", "\"population\": \"300\""), ("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"population_total\": 5,")),
            ["region.json:6: $.municipalities[1].population: must be a whole number, not the string \"300\""]
        },
        { "a stated total that is not the sum of the rows", RegionFileText.With("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"population_total\": 401,"), ["region.json:3: $.population_total: the stated total 401 is 1 more than the sum of the rows, 400; a stated total must equal the sum of the rows (ALLOC-3)"] },
    };

    public static TheoryData<string, string, string[]> FixedCostsAndMemberships => new()
    {
        { "a fixed cost from a day other than 1 January", RegionFileText.With("\"valid_from\": \"2021-01-01\"", "\"valid_from\": \"2021-07-01\""), ["region.json:8: $.fixed_costs[0].valid_from: must be 1 January: the fixed cost is shared per calendar year (ALLOC-1), so it changes on 1 January"] },
        { "a negative fixed cost", RegionFileText.With("\"amount_sek\": 1000 }", "\"amount_sek\": -1000 }"), ["region.json:8: $.fixed_costs[0].amount_sek: must be at least 0, not -1000"] },
        { "a fixed cost in öre", RegionFileText.With("\"amount_sek\": 1000 }", "\"amount_sek\": 1000.50 }"), ["region.json:8: $.fixed_costs[0].amount_sek: must be a whole number, not 1000.50"] },
        { "a fixed cost date with slashes", RegionFileText.With("\"valid_from\": \"2021-01-01\"", "\"valid_from\": \"2021/01/01\""), ["region.json:8: $.fixed_costs[0].valid_from: must be a real date written YYYY-MM-DD, not \"2021/01/01\""] },
        { "a fixed cost from before 1900", RegionFileText.With("\"valid_from\": \"2021-01-01\"", "\"valid_from\": \"1899-01-01\""), ["region.json:8: $.fixed_costs[0].valid_from: 1899-01-01 is before 1900; dates go from 1900-01-01"] },
        {
            "two fixed costs for one year",
            RegionFileText.With("{ \"valid_from\": \"2021-01-01\", \"amount_sek\": 1000 }", "{ \"valid_from\": \"2021-01-01\", \"amount_sek\": 1000 },\n    { \"valid_from\": \"2021-01-01\", \"amount_sek\": 2000 }"),
            ["region.json:9: $.fixed_costs[1].valid_from: another fixed cost is also valid from 2021; two amounts for one year overlap"]
        },
        {
            "an unreadable fixed cost before two for one year",
            RegionFileText.With("{ \"valid_from\": \"2021-01-01\", \"amount_sek\": 1000 }", "{ \"valid_from\": \"2020-07-01\", \"amount_sek\": 1 },\n    { \"valid_from\": \"2021-01-01\", \"amount_sek\": 1000 },\n    { \"valid_from\": \"2021-01-01\", \"amount_sek\": 2000 }"),
            [
                "region.json:8: $.fixed_costs[0].valid_from: must be 1 January: the fixed cost is shared per calendar year (ALLOC-1), so it changes on 1 January",
                "region.json:10: $.fixed_costs[2].valid_from: another fixed cost is also valid from 2021; two amounts for one year overlap",
            ]
        },
        {
            "an unreadable membership before two for one year",
            RegionFileText.With("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"memberships\": [{ \"valid_from\": \"2021-02-01\", \"members\": [\"0125\"] }, { \"valid_from\": \"2021-01-01\", \"members\": [\"0125\"] }, { \"valid_from\": \"2021-01-01\", \"members\": [\"0128\", \"0009\"] }],"),
            [
                "region.json:3: $.memberships[0].valid_from: must be 1 January: membership is per calendar year (ALLOC-4), so it changes on 1 January",
                "region.json:3: $.memberships[2].valid_from: another membership is also valid from 2021; two memberships for one year overlap",
                "region.json:3: $.memberships[2].members[1]: 0009 is not one of the region's municipalities",
            ]
        },
        { "a misspelt membership field", Members("\"0125\"").Replace("\"members\"", "\"member\"", StringComparison.Ordinal), ["region.json:3: $.memberships[0].member: is not a field of a membership; its fields are valid_from, members", "region.json:3: $.memberships[0].members: is missing; a membership must have it"] },
        { "a misspelt rounding field", Rounding("{ \"method\": \"largest_remainder\", \"residual\": \"0125\" }"), ["region.json:3: $.rounding.residual: is not a field of a rounding; its fields are method, residual_municipality"] },
        { "no fixed cost", RegionFileText.With("{ \"valid_from\": \"2021-01-01\", \"amount_sek\": 1000 }", ""), ["region.json:7: $.fixed_costs: must not be empty: list the fixed costs"] },
        { "a member that is not a municipality of the region", Members("\"0125\", \"0003\""), ["region.json:3: $.memberships[0].members[1]: 0003 is not one of the region's municipalities"] },
        {
            "a bad member before an unknown one",
            Members("\"x\", \"0003\""),
            [
                "region.json:3: $.memberships[0].members[0]: must be a municipality code of exactly four digits, not \"x\"",
                "region.json:3: $.memberships[0].members[1]: 0003 is not one of the region's municipalities",
            ]
        },
        { "a member given twice", Members("\"0125\", \"0128\", \"0125\""), ["region.json:3: $.memberships[0].members[2]: 0125 appears more than once"] },
        { "a membership without members", Members(string.Empty), ["region.json:3: $.memberships[0].members: must not be empty: list the municipality codes"] },
        { "a membership from a day other than 1 January", RegionFileText.With("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"memberships\": [{ \"valid_from\": \"2022-03-01\", \"members\": [\"0125\"] }],"), ["region.json:3: $.memberships[0].valid_from: must be 1 January: membership is per calendar year (ALLOC-4), so it changes on 1 January"] },
        { "an unknown rounding method", Rounding("{ \"method\": \"bankers\" }"), ["region.json:3: $.rounding.method: \"bankers\" is not a rounding method; use largest_remainder or half_up_with_residual"] },
        { "half up without a residual municipality", Rounding("{ \"method\": \"half_up_with_residual\" }"), ["region.json:3: $.rounding.residual_municipality: is missing; the method half_up_with_residual needs the municipality that takes the residual"] },
        { "a residual municipality outside the region", Rounding("{ \"method\": \"half_up_with_residual\", \"residual_municipality\": \"0009\" }"), ["region.json:3: $.rounding: the residual municipality 0009 is not one of the region's municipalities"] },
        { "a residual municipality with largest remainder", Rounding("{ \"method\": \"largest_remainder\", \"residual_municipality\": \"0125\" }"), ["region.json:3: $.rounding.residual_municipality: goes with the method half_up_with_residual only; largest_remainder needs no residual municipality"] },
    };

    public static TheoryData<string, string, string[]> FeeSchedules => new()
    {
        { "a fee component left out", RegionFileText.With(",\n        \"buffer\": { \"amount_sek\": 50, \"charged_on_digital_days\": true }", string.Empty), ["region.json:13: $.fee_schedules[0].components.buffer: is missing; the fee components must have it"] },
        { "an unknown fee component", RegionFileText.With("\"buffer\":", "\"buffert\":"), ["region.json:13: $.fee_schedules[0].components.buffer: is missing; the fee components must have it", "region.json:17: $.fee_schedules[0].components.buffert: is not a field of the fee components; its fields are venue, trainer_pot, course_material, buffer"] },
        { "a negative fee", RegionFileText.With("\"amount_sek\": 400", "\"amount_sek\": -400"), ["region.json:15: $.fee_schedules[0].components.trainer_pot.amount_sek: must be at least 0, not -400"] },
        { "a fee written as text", RegionFileText.With("\"amount_sek\": 400", "\"amount_sek\": \"400 kr\""), ["region.json:15: $.fee_schedules[0].components.trainer_pot.amount_sek: must be a whole number, not the string \"400 kr\""] },
        { "digital charging as a word", RegionFileText.With("\"charged_on_digital_days\": false", "\"charged_on_digital_days\": \"no\""), ["region.json:14: $.fee_schedules[0].components.venue.charged_on_digital_days: must be true or false, not the string \"no\""] },
        { "a misspelt fee component field", RegionFileText.With("\"amount_sek\": 100,", "\"amount\": 100,"), ["region.json:16: $.fee_schedules[0].components.course_material.amount: is not a field of a fee component; its fields are amount_sek, charged_on_digital_days", "region.json:16: $.fee_schedules[0].components.course_material.amount_sek: is missing; a fee component must have it"] },
        {
            "an unreadable fee schedule before two from one day",
            TwoFeeSchedulesFrom("2021-07-01").Replace("\"fee_schedules\": [\n", "\"fee_schedules\": [\n    { \"valid_from\": \"2021-01-01\" },\n", StringComparison.Ordinal),
            [
                "region.json:11: $.fee_schedules[0].components: is missing; a fee schedule must have it",
                "region.json:22: $.fee_schedules[2].valid_from: another fee schedule is also valid from 2021-07-01; two fee schedules from one day overlap",
            ]
        },
        { "two fee schedules from one day", TwoFeeSchedulesFrom("2021-07-01"), ["region.json:21: $.fee_schedules[1].valid_from: another fee schedule is also valid from 2021-07-01; two fee schedules from one day overlap"] },
        { "a fee schedule without a date", RegionFileText.With("\"valid_from\": \"2021-07-01\",\n      \"components\"", "\"components\""), ["region.json:11: $.fee_schedules[0].valid_from: is missing; a fee schedule must have it"] },
    };

    public static TheoryData<string, string, string[]> EligibilityPolicies => new()
    {
        { "an unknown work area", RegionFileText.With("\"utredning\"]", "\"barnavard\"]"), ["region.json:24: $.eligibility[0].work_areas[1]: \"barnavard\" is not a work area; use one of mottagning, utredning, uppfoljning, familjehem"] },
        { "a work area given twice", RegionFileText.With("\"utredning\"]", "\"mottagning\"]"), ["region.json:24: $.eligibility[0].work_areas[1]: mottagning appears more than once"] },
        { "no work area", RegionFileText.With("[\"mottagning\", \"utredning\"]", "[]"), ["region.json:24: $.eligibility[0].work_areas: at least one work area must be in the target group"] },
        { "social secretaries excluded", RegionFileText.With("[\"politiker\"]", "[\"politiker\", \"socialsekreterare\"]"), ["region.json:25: $.eligibility[0].excluded_roles[1]: socialsekreterare is in the target group (STEP-5) and cannot be excluded"] },
        { "an unknown role", RegionFileText.With("[\"politiker\"]", "[\"Politiker\"]"), ["region.json:25: $.eligibility[0].excluded_roles[0]: \"Politiker\" is not a role; use one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker"] },
        { "municipal employers excluded", RegionFileText.With("[\"annan\"]", "[\"kommun\"]"), ["region.json:26: $.eligibility[0].excluded_employers[0]: kommun cannot be excluded: the journey is for municipal staff (STEP-6)"] },
        { "an unknown step", RegionFileText.With("\"Ny\": \"2022-10-01\"", "\"Nya\": \"2022-10-01\""), ["region.json:27: $.eligibility[0].step_openings.Nya: is not a field of the step openings; its fields are Ny, Van, Erfaren, ArbetsledareOchChef"] },
        { "a step left out", RegionFileText.With(" \"Erfaren\": null,", string.Empty), ["region.json:27: $.eligibility[0].step_openings.Erfaren: missing; give the date the step opens, or null if it has no date yet"] },
        { "an opening that is no date", RegionFileText.With("\"Van\": \"2023-01-01\"", "\"Van\": \"januari 2023\""), ["region.json:27: $.eligibility[0].step_openings.Van: must be a real date written YYYY-MM-DD, not \"januari 2023\""] },
        { "a trainer opening that is no date", RegionFileText.With("\"ArbetsledareOchChef\": \"2022-09-01\" }", "\"ArbetsledareOchChef\": \"2022-09-01\" },\n      \"trainer_opening\": \"hösten 2022\""), ["region.json:28: $.eligibility[0].trainer_opening: must be a real date written YYYY-MM-DD, not \"hösten 2022\""] },
        { "an unknown employer", RegionFileText.With("[\"annan\"]", "[\"privat\"]"), ["region.json:26: $.eligibility[0].excluded_employers[0]: \"privat\" is not a employer kind; use one of kommun, annan"] },
        { "no eligibility policy", RegionFileText.With("\"eligibility\": [", "\"eligibility\": [], \"unused\": ["), ["region.json:21: $.unused: is not a field of a region file; its fields are name, municipalities, fixed_costs, fee_schedules, eligibility, courses, routes, $schema, source, population_total, memberships, rounding, follow_up", "region.json:21: $.eligibility: must not be empty: list the eligibility policies"] },
    };

    public static TheoryData<string, string, string[]> Catalogues => new()
    {
        { "a route of an unknown step", RegionFileText.With("\"step\": \"Ny\"", "\"step\": \"Nybörjare\""), ["region.json:36: $.routes[0].step: \"Nybörjare\" is not a step; use one of Ny, Van, Erfaren, ArbetsledareOchChef"] },
        { "a stop that is not a course", RegionFileText.With("[\"intro\", \"samtal\"]", "[\"intro\", \"samtal\", \"okand\"]"), ["region.json:36: $.routes[0].stops[2]: no course with id 'okand'"] },
        { "a complete Ny route of seven course days", RegionFileText.With("\"course_days\": 4 },", "\"course_days\": 3 },"), ["region.json:36: $.routes[0]: the Ny route has 7 course days; a complete Ny route has 8 or 9 (COURSE-4)"] },
        { "a course without course days", RegionFileText.With("\"course_days\": 4 },", "\"course_days\": 0 },"), ["region.json:31: $.courses[0].course_days: must be at least 1, not 0"] },
        { "a course id given twice", RegionFileText.With("\"id\": \"samtal\"", "\"id\": \"intro\""), ["region.json:32: $.courses[1].id: 'intro' appears more than once", "region.json:36: $.routes[0].stops[1]: no course with id 'samtal'"] },
        { "preparation on site", RegionFileText.With("\"minutes\": 30 }", "\"minutes\": 30, \"mode\": \"onsite\" }"), ["region.json:33: $.courses[1].preparation[0].mode: preparation is always digital (COURSE-3)"] },
        { "an unknown knowledge level", RegionFileText.With("\"level\": \"fakta\"", "\"level\": \"kunskap\""), ["region.json:33: $.courses[1].preparation[0].goal.level: \"kunskap\" is not a knowledge level; use one of fakta, forstaelse, fardighet, fortrogenhet"] },
        { "a follow-up task on site", RegionFileText.With(("\"preparation\": [", "\"follow_up\": ["), ("\"minutes\": 30 }", "\"minutes\": 30, \"mode\": \"onsite\" }")), ["region.json:33: $.courses[1].follow_up[0].mode: follow-up is always digital (COURSE-3)"] },
        { "a task without a goal", RegionFileText.With("\"goal\": { \"level\": \"fakta\", \"text\": \"Känna till lagen\" }, ", string.Empty), ["region.json:33: $.courses[1].preparation[0].goal: is missing; a task must have it"] },
        { "a goal without a text", RegionFileText.With(", \"text\": \"Känna till lagen\"", string.Empty), ["region.json:33: $.courses[1].preparation[0].goal.text: is missing; a knowledge goal must have it"] },
        { "a second task that is not an object", RegionFileText.With("\"minutes\": 30 }]", "\"minutes\": 30 }, \"Skriv\"]"), ["region.json:33: $.courses[1].preparation[1]: must be an object, not the string \"Skriv\""] },
        { "a route whose completeness is a word", RegionFileText.With("{ \"step\": \"Ny\",", "{ \"step\": \"Ny\", \"complete\": \"yes\","), ["region.json:36: $.routes[0].complete: must be true or false, not the string \"yes\""] },
        { "a second stop that is not a string", RegionFileText.With("[\"intro\", \"samtal\"]", "[\"intro\", 2]"), ["region.json:36: $.routes[0].stops[1]: must be a string, not the number 2"] },
        { "a stop given twice", RegionFileText.With("[\"intro\", \"samtal\"]", "[\"intro\", \"samtal\", \"intro\"]"), ["region.json:36: $.routes[0].stops[2]: 'intro' is already stops[0]"] },
        { "two routes for one step", RegionFileText.With("{ \"step\": \"Ny\", \"stops\": [\"intro\", \"samtal\"] }", "{ \"step\": \"Ny\", \"stops\": [\"intro\", \"samtal\"] },\n    { \"step\": \"Ny\", \"stops\": [\"intro\"], \"complete\": false }"), ["region.json:37: $.routes[1].step: Ny has more than one route"] },
    };

    public static TheoryData<string, string, string[]> FollowUps => new()
    {
        { "an unknown measure", FollowUp(("\"availability\"", "\"attendance\"")), ["region.json:10: $.follow_up[0].goals[1].measure: \"attendance\" is not a measure from the ledger; use availability (GOAL-2) or trainers (GOAL-5); a goal measured by the survey gives \"survey\" instead"] },
        { "a survey goal written as a measure", FollowUp(("\"availability\"", "\"survey\"")), ["region.json:10: $.follow_up[0].goals[1].measure: \"survey\" is not a measure from the ledger; use availability (GOAL-2) or trainers (GOAL-5); a goal measured by the survey gives \"survey\" instead"] },
        { "a threshold of 0", FollowUp(("\"threshold_percent\": 80", "\"threshold_percent\": 0")), ["region.json:9: $.follow_up[0].goals[0].survey.threshold_percent: must be a whole percent from 1 to 100, not 0"] },
        { "a threshold of 101", FollowUp(("\"threshold_percent\": 80", "\"threshold_percent\": 101")), ["region.json:9: $.follow_up[0].goals[0].survey.threshold_percent: must be a whole percent from 1 to 100, not 101"] },
        { "a threshold written as text", FollowUp(("\"threshold_percent\": 80", "\"threshold_percent\": \"80 %\"")), ["region.json:9: $.follow_up[0].goals[0].survey.threshold_percent: must be a whole number, not the string \"80 %\""] },
        { "an option classed twice", FollowUp(("\"not_positive\": [\"Missnöjd\"]", "\"not_positive\": [\"Missnöjd\", \"nöjd \"]")), ["region.json:9: $.follow_up[0].goals[0].survey.not_positive[1]: 'nöjd ' is also given at positive[0]; each option is given once, in one class"] },
        { "a goal id given twice", FollowUp(("\"id\": \"2\"", "\"id\": \"1\"")), ["region.json:10: $.follow_up[0].goals[1].id: '1' is also the id of goals[0]; each goal has its own id"] },
        { "a goal id with white space", FollowUp(("\"id\": \"2\"", "\"id\": \"2 a\"")), ["region.json:10: $.follow_up[0].goals[1].id: '2 a' has white space; an id is a short code such as 1a"] },
        { "a missing question label", FollowUp(("\"question\": \"q1\", ", "")), ["region.json:9: $.follow_up[0].goals[0].survey.question: is missing; a survey measure must have it"] },
        { "a question label with parentheses", FollowUp(("\"question\": \"q1\"", "\"question\": \"(q1)\"")), ["region.json:9: $.follow_up[0].goals[0].survey.question: '(q1)' must not contain parentheses: a column is headed (label) text"] },
        { "a goal reading the role question", FollowUp(("\"question\": \"q1\"", "\"question\": \"Roll\"")), ["region.json:9: $.follow_up[0].goals[0].survey.question: 'Roll' is the role question; a goal reads a question of its own"] },
        { "a role code that is not a role", FollowUp(("\"roles\": [\"socialsekreterare\", \"chef\"]", "\"roles\": [\"socialsekreterare\", \"enhetschef\"]")), ["region.json:9: $.follow_up[0].goals[0].survey.roles[1]: \"enhetschef\" is not a role; use one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker"] },
        { "a goal role no answer means", FollowUp(("\"roles\": [\"socialsekreterare\", \"chef\"]", "\"roles\": [\"socialsekreterare\", \"arbetsledare\"]")), ["region.json:9: $.follow_up[0].goals[0].survey.roles[1]: no answer to the role question means arbetsledare, so no answer could count"] },
        { "a goal without roles", FollowUp(("\"roles\": [\"socialsekreterare\", \"chef\"]", "\"roles\": []")), ["region.json:9: $.follow_up[0].goals[0].survey.roles: at least one role is needed: whose answers count for the goal"] },
        { "a goal without a positive option", FollowUp(("\"positive\": [\"Nöjd\"]", "\"positive\": []")), ["region.json:9: $.follow_up[0].goals[0].survey.positive: at least one option must count as positive"] },
        { "a blank option", FollowUp(("\"not_counted\": [\"Vet ej\"]", "\"not_counted\": [\"Vet ej\", \" \"]")), ["region.json:9: $.follow_up[0].goals[0].survey.not_counted[1]: an answer option must not be blank"] },
        { "a misspelt survey field", FollowUp(("\"threshold_percent\": 80", "\"treshold_percent\": 80")), ["region.json:9: $.follow_up[0].goals[0].survey.treshold_percent: is not a field of a survey measure; its fields are roles, question, positive, not_positive, not_counted, threshold_percent"] },
        { "a goal with a survey and a measure", FollowUp(("\"measure\": \"availability\"", "\"measure\": \"availability\", \"survey\": { \"roles\": [\"chef\"], \"question\": \"q2\", \"positive\": [\"Ja\"], \"not_positive\": [\"Nej\"] }")), ["region.json:10: $.follow_up[0].goals[1]: give either \"survey\" or \"measure\", not both: a goal is measured one way"] },
        { "a goal without a measure", FollowUp(("\"text\": \"Att kursen är tillgänglig\", \"measure\": \"availability\"", "\"text\": \"Att kursen är tillgänglig\"")), ["region.json:10: $.follow_up[0].goals[1]: has no measure: give \"survey\" for a goal measured by the survey, or \"measure\": \"availability\" or \"trainers\" for one measured from the ledger"] },
        { "an effect goal without a text", FollowUp(("\"text\": \"Att kursen är tillgänglig\", ", "")), ["region.json:10: $.follow_up[0].goals[1].text: is missing; an effect goal must have it"] },
        { "a blank goal text", FollowUp(("\"Att kursen är tillgänglig\"", "\"\"")), ["region.json:10: $.follow_up[0].goals[1].text: missing; a goal needs its text as the plan writes it"] },
        { "a short text over sixty characters", FollowUp(("\"short_text\": \"Nöjda\"", "\"short_text\": \"" + new string('x', 61) + "\"")), ["region.json:9: $.follow_up[0].goals[0].short_text: must be at most 60 characters, not 61: it is the goal's name in tables"] },
        { "no goals", FollowUp((SurveyGoal + ",\n", string.Empty), (LedgerGoal + "\n", string.Empty)), ["region.json:8: $.follow_up[0].goals: at least one effect goal is needed"] },
        { "a goal that is a string", FollowUp((LedgerGoal, "\"7\"")), ["region.json:10: $.follow_up[0].goals[1]: must be an object, not the string \"7\""] },
        { "a missing role question", FollowUp(("\"role_question\"", "\"roles_question\"")), ["region.json:4: $.follow_up[0].role_question: is missing; a follow-up plan must have it", "region.json:6: $.follow_up[0].roles_question: is not a field of a follow-up plan; its fields are valid_from, role_question, goals, municipality_question"] },
        { "a role answer given twice", FollowUp(("{ \"answer\": \"Annan\", \"role\": null }", "{ \"answer\": \"annan\", \"role\": null }, { \"answer\": \"Annan \", \"role\": null }")), ["region.json:6: $.follow_up[0].role_question.options[3].answer: 'Annan ' is also given at options[2]; each option is given once, in one class"] },
        { "a role answer whose role is a number", FollowUp(("\"role\": null", "\"role\": 2")), ["region.json:6: $.follow_up[0].role_question.options[2].role: must be a role, one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker, not the number 2"] },
        { "a role answer without a role", FollowUp(("{ \"answer\": \"Annan\", \"role\": null }", "{ \"answer\": \"Annan\" }")), ["region.json:6: $.follow_up[0].role_question.options[2].role: is missing; a role answer must have it"] },
        { "the municipality question the role question", FollowUp(("\"label\": \"kommun\"", "\"label\": \"ROLL\"")), ["region.json:7: $.follow_up[0].municipality_question.label: 'ROLL' is also the role question's label; each question has its own"] },
        { "a follow-up plan from a day other than 1 January", FollowUp(("\"2023-01-01\"", "\"2023-07-01\"")), ["region.json:5: $.follow_up[0].valid_from: must be 1 January: the effect goals are followed up per calendar year (GOAL-3), so a plan changes on 1 January"] },
        { "two follow-up plans for one year", FollowUp(("\n  ],", ",\n    { \"valid_from\": \"2023-01-01\", \"role_question\": { \"label\": \"roll\", \"options\": [{ \"answer\": \"Chef\", \"role\": \"chef\" }] }, \"goals\": [{ \"id\": \"7\", \"text\": \"Tillgänglig\", \"measure\": \"availability\" }] }\n  ],")), ["region.json:13: $.follow_up[1].valid_from: another follow-up plan is also valid from 2023-01-01; two follow-up plans for one year overlap"] },
        { "an empty follow-up", RegionFileText.With("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"follow_up\": [],"), ["region.json:3: $.follow_up: must not be empty: list the follow-up plans"] },
    };

    [Theory]
    [MemberData(nameof(WholeFiles))]
    [Trait("Contract", "region-file")]
    public void A_file_that_is_not_a_region_file_is_refused_with_exactly_the_problems_expected(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Theory]
    [MemberData(nameof(Municipalities))]
    [Rule("ALLOC-1")]
    public void A_malformed_municipality_is_refused_with_its_line_and_json_path(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Theory]
    [MemberData(nameof(FixedCostsAndMemberships))]
    [Rule("ALLOC-4")]
    public void A_malformed_fixed_cost_membership_or_rounding_is_refused_with_its_line_and_json_path(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Theory]
    [MemberData(nameof(FeeSchedules))]
    [Rule("FEE-1")]
    public void A_malformed_fee_schedule_is_refused_with_its_line_and_json_path(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Theory]
    [MemberData(nameof(EligibilityPolicies))]
    [Rule("STEP-8")]
    public void A_malformed_eligibility_policy_is_refused_with_its_line_and_json_path(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Theory]
    [MemberData(nameof(Catalogues))]
    [Rule("COURSE-4")]
    public void A_malformed_course_catalogue_is_refused_with_its_line_and_json_path(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Theory]
    [MemberData(nameof(FollowUps))]
    [Rule("GOAL-3")]
    public void A_malformed_follow_up_plan_is_refused_with_its_line_and_json_path(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Fact]
    [Trait("Contract", "region-file")]
    public void A_UTF16_file_without_a_byte_order_mark_is_refused_as_not_UTF8()
    {
        byte[] utf16 = Encoding.Unicode.GetBytes(RegionFileText.Valid);
        AssertRefused("UTF-16 without BOM", utf16, ["region.json:1: $: the file is not UTF-8 (byte 0x00 at offset 1: it may be UTF-16 without a byte order mark); save it as UTF-8"]);
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void A_file_that_is_not_utf8_is_refused_as_invalid_json_on_its_line()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes(RegionFileText.Valid);
        AssertRefused("Latin-1", latin1, ["region.json:2: $: the file is not UTF-8 (byte 0xE4 at offset 18 starts no UTF-8 character); save it as UTF-8 without BOM"]);
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void Problems_in_every_part_of_a_file_are_reported_at_once_in_the_order_of_the_file()
    {
        string json = RegionFileText.With(
            ("\"population\": 300", "\"population\": 0"),
            ("\"amount_sek\": 1000 }", "\"amount_sek\": -1 }"),
            ("\"amount_sek\": 400", "\"amount_sek\": -400"),
            ("\"utredning\"]", "\"mottagning\"]"),
            ("[\"intro\", \"samtal\"]", "[\"intro\", \"okand\"]"));
        AssertRefused("five parts", Encoding.UTF8.GetBytes(json),
        [
            "region.json:5: $.municipalities[1].population: must be at least 1, not 0",
            "region.json:8: $.fixed_costs[0].amount_sek: must be at least 0, not -1",
            "region.json:15: $.fee_schedules[0].components.trainer_pot.amount_sek: must be at least 0, not -400",
            "region.json:24: $.eligibility[0].work_areas[1]: mottagning appears more than once",
            "region.json:36: $.routes[0].stops[1]: no course with id 'okand'",
        ]);
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void The_reader_is_tested_on_at_least_forty_distinct_malformed_files()
    {
        int cases = WholeFiles.Count + Municipalities.Count + FixedCostsAndMemberships.Count + FeeSchedules.Count + EligibilityPolicies.Count + Catalogues.Count + FollowUps.Count + 3;
        Assert.True(cases >= 40, $"only {cases} malformed files are tested");
    }

    /// <summary>
    /// A valid follow-up section, inserted after the name on line 3: the plan starts on line 4, its role question is on
    /// line 6, the municipality question on 7, the goals' list on 8, the survey goal on 9 and the availability goal on 10.
    /// </summary>
    private const string SurveyGoal = "{ \"id\": \"1\", \"text\": \"Att minst 80 % är nöjda\", \"short_text\": \"Nöjda\", \"survey\": { \"roles\": [\"socialsekreterare\", \"chef\"], \"question\": \"q1\", \"positive\": [\"Nöjd\"], \"not_positive\": [\"Missnöjd\"], \"not_counted\": [\"Vet ej\"], \"threshold_percent\": 80 } }";

    private const string LedgerGoal = "{ \"id\": \"2\", \"text\": \"Att kursen är tillgänglig\", \"measure\": \"availability\" }";

    private const string ValidFollowUp =
        "  \"follow_up\": [\n" +
        "    {\n" +
        "      \"valid_from\": \"2023-01-01\",\n" +
        "      \"role_question\": { \"label\": \"roll\", \"options\": [{ \"answer\": \"Socialsekreterare\", \"role\": \"socialsekreterare\" }, { \"answer\": \"Chef\", \"role\": \"chef\" }, { \"answer\": \"Annan\", \"role\": null }] },\n" +
        "      \"municipality_question\": { \"label\": \"kommun\" },\n" +
        "      \"goals\": [\n" +
        "        " + SurveyGoal + ",\n" +
        "        " + LedgerGoal + "\n" +
        "      ]\n" +
        "    }\n" +
        "  ],";

    /// <summary>The valid file with a follow-up section, changed by replacing pieces of text that occur once in the section.</summary>
    internal static string FollowUp(params (string Original, string Replacement)[] changes)
    {
        string section = ValidFollowUp;
        foreach ((string original, string replacement) in changes)
        {
            int at = section.IndexOf(original, StringComparison.Ordinal);
            if (at < 0 || section.IndexOf(original, at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException($"'{original}' must occur exactly once in the follow-up section.", nameof(changes));
            }

            section = string.Concat(section.AsSpan(0, at), replacement, section.AsSpan(at + original.Length));
        }

        return RegionFileText.With("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n" + section);
    }

    private static string Members(string codes) => RegionFileText.With(
        "\"name\": \"Testlän\",",
        "\"name\": \"Testlän\",\n  \"memberships\": [{ \"valid_from\": \"2021-01-01\", \"members\": [" + codes + "] }],");

    private static string Rounding(string rounding) => RegionFileText.With(
        "\"name\": \"Testlän\",",
        "\"name\": \"Testlän\",\n  \"rounding\": " + rounding + ",");

    private static string TwoFeeSchedulesFrom(string date) => RegionFileText.With(
        "      }\n    }\n  ],\n  \"eligibility\"",
        "      }\n    },\n    {\n      \"valid_from\": \"" + date + "\",\n      \"components\": {\n        \"venue\": { \"amount_sek\": 1, \"charged_on_digital_days\": false },\n        \"trainer_pot\": { \"amount_sek\": 1, \"charged_on_digital_days\": true },\n        \"course_material\": { \"amount_sek\": 1, \"charged_on_digital_days\": true },\n        \"buffer\": { \"amount_sek\": 1, \"charged_on_digital_days\": true }\n      }\n    }\n  ],\n  \"eligibility\"");

    private static void AssertRefused(string change, byte[] utf8, string[] expected)
    {
        RegionFileResult result = RegionFile.Parse(utf8, RegionFileText.FileName);
        Assert.False(result.IsValid, change);
        Assert.Equal(expected, result.Problems.Select(p => p.ToString()).ToArray());
        DataFileException refusal = Assert.Throws<DataFileException>(() => result.Region);
        Assert.Equal<DataFileProblem>(result.Problems, refusal.Problems);
    }
}
