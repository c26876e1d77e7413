using System.Text;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.Courses.Occasions.LedgerFileText;

namespace Yrkesresan.Domain.Tests.Courses.Occasions;

/// <summary>
/// Malformed ledger files, each refused with exactly the problems expected: the file, the line, the
/// JSON path of the field and why, every problem at once, and never a ledger. Files of one occasion
/// (<see cref="Occasion"/>) have one field per line: id 4, course 5, days 6, participants 7, trainers 8,
/// any further field 9.
/// </summary>
public sealed class MalformedLedgerFileTests
{
    private const string Day14 = "{ \"date\": \"2023-03-14\", \"mode\": \"onsite\" }";
    private const string Day15 = "{ \"date\": \"2023-03-15\", \"mode\": \"digital\" }";

    public static TheoryData<string, string, string[]> WholeFiles => new()
    {
        { "an empty file", "", ["ledger.json:1: $: the file is empty; a ledger file is one JSON object"] },
        { "a file of white space", " \n\t\r\n", ["ledger.json:1: $: the file is empty; a ledger file is one JSON object"] },
        { "an array instead of an object", "[]", ["ledger.json:1: $: must be an object, not an array"] },
        { "a string instead of an object", "\"occasions\"", ["ledger.json:1: $: must be an object, not the string \"occasions\""] },
        { "an empty object", "{}", ["ledger.json:1: $.occasions: is missing; a ledger file must have it"] },
        {
            "a misspelt top-level field",
            With("\"occasions\": [", "\"ocasions\": ["),
            [
                "ledger.json:1: $.occasions: is missing; a ledger file must have it",
                "ledger.json:2: $.ocasions: is not a field of a ledger file; its fields are occasions, $schema",
            ]
        },
        { "occasions as an object", "{\n  \"occasions\": {}\n}\n", ["ledger.json:2: $.occasions: must be an array of course occasions, not an object"] },
        { "occasions as null", "{\n  \"occasions\": null\n}\n", ["ledger.json:2: $.occasions: must be an array of course occasions, not null"] },
        { "a schema that is not a string", "{\n  \"$schema\": 1,\n  \"occasions\": []\n}\n", ["ledger.json:2: $['$schema']: must be a string, not the number 1"] },
        { "a trailing comma", "{\n  \"occasions\": [],\n}\n", ["ledger.json:2: $: a comma before } is not allowed in JSON (column 18)"] },
        { "a missing comma", With("\"id\": \"2023-samtal-1\",", "\"id\": \"2023-samtal-1\""), ["ledger.json:5: $: a comma is missing between this and the value before it (column 7)"] },
        { "a comment", "{\n  // the ledger\n  \"occasions\": []\n}\n", ["ledger.json:2: $: // starts a comment, and JSON has no comments (column 3)"] },
        { "a second JSON value", "{\"occasions\": []} {}", ["ledger.json:1: $: the JSON ends before this {: a file holds one JSON object and nothing after it (column 19)"] },
        { "a CSV file", "date,municipality,count\n2023-03-14,2580,4\n", ["ledger.json:1: $: the file is not JSON: a JSON file starts with {, not date (column 1)"] },
        { "an occasion that is not an object", "{\n  \"occasions\": [\"2023-1\"]\n}\n", ["ledger.json:2: $.occasions[0]: must be an object, not the string \"2023-1\""] },
        {
            "an occasion without fields",
            "{\n  \"occasions\": [\n    {}\n  ]\n}\n",
            [
                "ledger.json:3: $.occasions[0].id: is missing; a course occasion must have it",
                "ledger.json:3: $.occasions[0].course: is missing; a course occasion must have it",
                "ledger.json:3: $.occasions[0].days: is missing; a course occasion must have it",
                "ledger.json:3: $.occasions[0].participants: is missing; a course occasion must have it",
                "ledger.json:3: $.occasions[0].trainers: is missing; a course occasion must have it",
            ]
        },
        { "a field given twice", With("\"id\": \"2023-samtal-1\",", "\"id\": \"2023-samtal-1\",\n      \"id\": \"2023-samtal-1\","), ["ledger.json:5: $.occasions[0].id: appears more than once in its object; give each field once"] },
        { "a misspelt occasion field", With("\"venue_fee_sek\": 600,", "\"venue_fee\": 600,"), ["ledger.json:16: $.occasions[1].venue_fee: is not a field of a course occasion; its fields are id, course, days, participants, trainers, venue_fee_sek, waive_fee"] },
        { "a misspelt day field", Occasion(days: "[{ \"date\": \"2023-03-14\", \"mode\": \"onsite\", \"room\": \"A\" }]"), ["ledger.json:6: $.occasions[0].days[0].room: is not a field of a course day; its fields are date, mode"] },
        { "a misspelt registration field", Occasion(participants: "[{ \"municipality\": \"2580\", \"count\": 1, \"names\": [] }]"), ["ledger.json:7: $.occasions[0].participants[0].names: is not a field of a registration; its fields are municipality, count"] },
        { "a misspelt trainer field", Occasion(trainers: "[{ \"municipality\": \"2580\", \"days\": [\"2023-03-14\"] }]"), ["ledger.json:8: $.occasions[0].trainers[0].days: is not a field of a trainer; its fields are municipality, dates"] },
    };

    public static TheoryData<string, string, string[]> Occasions => new()
    {
        { "a blank id", Occasion(id: "\" \""), ["ledger.json:4: $.occasions[0].id: must not be blank"] },
        { "an id with a space", Occasion(id: "\"2023 1\""), ["ledger.json:4: $.occasions[0].id: '2023 1' contains whitespace; an id has none"] },
        { "an id that is a number", Occasion(id: "1"), ["ledger.json:4: $.occasions[0].id: must be a string, not the number 1"] },
        { "a course with spaces", Occasion(course: "\"samtal och delaktighet\""), ["ledger.json:5: $.occasions[0].course: 'samtal och delaktighet' contains whitespace; an id has none"] },
        { "a blank course", Occasion(course: "\"\""), ["ledger.json:5: $.occasions[0].course: must not be blank"] },
        { "an id given twice", With("\"id\": \"2023-fordjupning-1\"", "\"id\": \"2023-samtal-1\""), ["ledger.json:14: $.occasions[1].id: '2023-samtal-1' is also the id of occasions[0]; each occasion has its own id"] },
        { "no course day", Occasion(days: "[]"), ["ledger.json:6: $.occasions[0].days: must not be empty: list the course days"] },
        { "days as an object", Occasion(days: "{}"), ["ledger.json:6: $.occasions[0].days: must be an array of course days, not an object"] },
        { "a catalogued course of one day on two dates", Occasion(days: $"[{Day14}, {Day15}]"), ["ledger.json:6: $.occasions[0].days: the course 'samtal-och-delaktighet' has 1 course day in the region's catalogue, so an occasion of it has 1 date, not 2 (COURSE-6)"] },
        { "the same date twice", Occasion(course: "\"x\"", days: $"[{Day14}, {Day14}]"), ["ledger.json:6: $.occasions[0].days[1].date: 2023-03-14 does not come after the day before it (2023-03-14); course days are in strictly increasing order (COURSE-6)"] },
        { "dates out of order", Occasion(course: "\"x\"", days: $"[{Day15}, {Day14}]"), ["ledger.json:6: $.occasions[0].days[1].date: 2023-03-14 does not come after the day before it (2023-03-15); course days are in strictly increasing order (COURSE-6)"] },
        { "a day without a date", Occasion(days: "[{ \"mode\": \"onsite\" }]"), ["ledger.json:6: $.occasions[0].days[0].date: is missing; a course day must have it"] },
        { "a day without a mode", Occasion(days: "[{ \"date\": \"2023-03-14\" }]"), ["ledger.json:6: $.occasions[0].days[0].mode: is missing; a course day must have it"] },
        { "a mode in two words", Occasion(days: "[{ \"date\": \"2023-03-14\", \"mode\": \"on site\" }]"), ["ledger.json:6: $.occasions[0].days[0].mode: \"on site\" is not a delivery mode; use one of onsite, digital"] },
        { "a day that is not an object", Occasion(days: "[\"2023-03-14\"]"), ["ledger.json:6: $.occasions[0].days[0]: must be an object, not the string \"2023-03-14\""] },
        { "a count of zero", Occasion(participants: "[{ \"municipality\": \"2580\", \"count\": 0 }]"), ["ledger.json:7: $.occasions[0].participants[0].count: must be at least 1, not 0: a registration is of one participant or more"] },
        { "a negative count", Occasion(participants: "[{ \"municipality\": \"2580\", \"count\": -1 }]"), ["ledger.json:7: $.occasions[0].participants[0].count: must be at least 1, not -1: a registration is of one participant or more"] },
        { "a count over ten thousand", Occasion(participants: "[{ \"municipality\": \"2580\", \"count\": 10001 }]"), ["ledger.json:7: $.occasions[0].participants[0].count: must be at most 10000, not 10001"] },
        { "a count with decimals", Occasion(participants: "[{ \"municipality\": \"2580\", \"count\": 1.5 }]"), ["ledger.json:7: $.occasions[0].participants[0].count: must be a whole number, not 1.5"] },
        { "a count in quotes", Occasion(participants: "[{ \"municipality\": \"2580\", \"count\": \"3\" }]"), ["ledger.json:7: $.occasions[0].participants[0].count: must be a whole number, not the string \"3\""] },
        { "a registration without a count", Occasion(participants: "[{ \"municipality\": \"2580\" }]"), ["ledger.json:7: $.occasions[0].participants[0].count: is missing; a registration must have it"] },
        { "a code written as a number", Occasion(participants: "[{ \"municipality\": 2580, \"count\": 1 }]"), ["ledger.json:7: $.occasions[0].participants[0].municipality: must be a string of four digits, e.g. \"2580\", not the number 2580: a code keeps its leading zero"] },
        { "a code of three digits", Occasion(participants: "[{ \"municipality\": \"258\", \"count\": 1 }]"), ["ledger.json:7: $.occasions[0].participants[0].municipality: must be a municipality code of exactly four digits, not \"258\""] },
        { "the code 0000", Occasion(participants: "[{ \"municipality\": \"0000\", \"count\": 1 }]"), ["ledger.json:7: $.occasions[0].participants[0].municipality: 0000 is not a municipality code"] },
        { "a participant from outside the region", Occasion(participants: "[{ \"municipality\": \"2480\", \"count\": 1 }]"), ["ledger.json:7: $.occasions[0].participants[0].municipality: 2480 is not one of Norrbotten's municipalities"] },
        { "a participant from outside the region with a bad count", Occasion(participants: "[{ \"municipality\": \"2480\", \"count\": 0 }]"), ["ledger.json:7: $.occasions[0].participants[0].count: must be at least 1, not 0: a registration is of one participant or more", "ledger.json:7: $.occasions[0].participants[0].municipality: 2480 is not one of Norrbotten's municipalities"] },
        { "participants as null", Occasion(participants: "null"), ["ledger.json:7: $.occasions[0].participants: must be an array of registrations, not null"] },
        { "a trainer from outside the region", Occasion(trainers: "[{ \"municipality\": \"2480\" }]"), ["ledger.json:8: $.occasions[0].trainers[0].municipality: 2480 is not one of Norrbotten's municipalities; a trainer from outside them has null (POT-3)"] },
        { "a trainer without a municipality field", Occasion(trainers: "[{ \"dates\": [\"2023-03-14\"] }]"), ["ledger.json:8: $.occasions[0].trainers[0].municipality: is missing; a trainer must have it"] },
        { "an external trainer written as a word", Occasion(trainers: "[{ \"municipality\": \"extern\" }]"), ["ledger.json:8: $.occasions[0].trainers[0].municipality: must be a municipality code of four digits, not \"extern\"; for an external trainer, write \"municipality\": null (POT-3)"] },
        { "an external trainer written in English", Occasion(trainers: "[{ \"municipality\": \"external\" }]"), ["ledger.json:8: $.occasions[0].trainers[0].municipality: must be a municipality code of four digits, not \"external\"; for an external trainer, write \"municipality\": null (POT-3)"] },
        { "an external trainer written in two words", Occasion(trainers: "[{ \"municipality\": \"extern utbildare\" }]"), ["ledger.json:8: $.occasions[0].trainers[0].municipality: must be a municipality code of four digits, not \"extern utbildare\"; for an external trainer, write \"municipality\": null (POT-3)"] },
        { "a trainer whose code is a number", Occasion(trainers: "[{ \"municipality\": 2580 }]"), ["ledger.json:8: $.occasions[0].trainers[0].municipality: must be a string of four digits, e.g. \"2580\", not the number 2580: a code keeps its leading zero"] },
        { "a trainer date that is not a day of the occasion", Occasion(trainers: "[{ \"municipality\": \"2580\", \"dates\": [\"2023-03-15\"] }]"), ["ledger.json:8: $.occasions[0].trainers[0].dates[0]: 2023-03-15 is not one of the occasion's days"] },
        { "a trainer date given twice", Occasion(course: "\"x\"", days: $"[{Day14}, {Day15}]", trainers: "[{ \"municipality\": \"2580\", \"dates\": [\"2023-03-14\", \"2023-03-14\"] }]"), ["ledger.json:8: $.occasions[0].trainers[0].dates[1]: 2023-03-14 is given more than once"] },
        { "an empty list of trainer dates", Occasion(trainers: "[{ \"municipality\": \"2580\", \"dates\": [] }]"), ["ledger.json:8: $.occasions[0].trainers[0].dates: must not be empty: list the days the trainer taught, or leave the field out for every day"] },
        { "trainer dates as a string", Occasion(trainers: "[{ \"municipality\": \"2580\", \"dates\": \"2023-03-14\" }]"), ["ledger.json:8: $.occasions[0].trainers[0].dates: must be an array of dates, not the string \"2023-03-14\""] },
        { "a trainer date that is no date", Occasion(trainers: "[{ \"municipality\": \"2580\", \"dates\": [\"2023-02-30\"] }]"), ["ledger.json:8: $.occasions[0].trainers[0].dates[0]: must be a real date written YYYY-MM-DD, not \"2023-02-30\""] },
        {
            "a trainer from outside the region with a date that is no date",
            Occasion(trainers: "[{ \"municipality\": \"2480\", \"dates\": [\"2023-02-30\"] }]"),
            [
                "ledger.json:8: $.occasions[0].trainers[0].dates[0]: must be a real date written YYYY-MM-DD, not \"2023-02-30\"",
                "ledger.json:8: $.occasions[0].trainers[0].municipality: 2480 is not one of Norrbotten's municipalities; a trainer from outside them has null (POT-3)",
            ]
        },
        {
            "a trainer with a bad code and a date that is not a day of the occasion",
            Occasion(trainers: "[{ \"municipality\": \"25\", \"dates\": [\"2023-03-15\"] }]"),
            [
                "ledger.json:8: $.occasions[0].trainers[0].municipality: must be a municipality code of exactly four digits, not \"25\"",
                "ledger.json:8: $.occasions[0].trainers[0].dates[0]: 2023-03-15 is not one of the occasion's days",
            ]
        },
        { "a negative venue amount", Occasion(extra: "\"venue_fee_sek\": -1"), ["ledger.json:9: $.occasions[0].venue_fee_sek: must be at least 0, not -1"] },
        { "a venue amount in öre", Occasion(extra: "\"venue_fee_sek\": 12.5"), ["ledger.json:9: $.occasions[0].venue_fee_sek: must be a whole number, not 12.5"] },
        { "a venue amount written 1.0", Occasion(extra: "\"venue_fee_sek\": 1.0"), ["ledger.json:9: $.occasions[0].venue_fee_sek: must be a whole number, not 1.0"] },
        { "a venue amount written 1e3", Occasion(extra: "\"venue_fee_sek\": 1e3"), ["ledger.json:9: $.occasions[0].venue_fee_sek: must be a whole number, not 1e3"] },
        { "a venue amount over the most", Occasion(extra: "\"venue_fee_sek\": 1000001"), ["ledger.json:9: $.occasions[0].venue_fee_sek: must be at most 1000000, not 1000001"] },
        { "a venue amount in quotes", Occasion(extra: "\"venue_fee_sek\": \"600\""), ["ledger.json:9: $.occasions[0].venue_fee_sek: must be a whole number, not the string \"600\""] },
        { "a waiver that is a word", Occasion(extra: "\"waive_fee\": \"yes\""), ["ledger.json:9: $.occasions[0].waive_fee: must be true or false, not the string \"yes\""] },
    };

    public static TheoryData<string, string, string[]> WorkingDays => new()
    {
        { "midsummer eve", OnDate("2023-06-23"), ["ledger.json:6: $.occasions[0].days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)"] },
        { "a Saturday", OnDate("2023-03-18"), ["ledger.json:6: $.occasions[0].days[0].date: 2023-03-18 is a Saturday, not a working day (COURSE-7)"] },
        { "a Sunday", OnDate("2023-03-19"), ["ledger.json:6: $.occasions[0].days[0].date: 2023-03-19 is a Sunday, not a working day (COURSE-7)"] },
        { "Christmas eve", OnDate("2024-12-24"), ["ledger.json:6: $.occasions[0].days[0].date: 2024-12-24 is Julafton, not a working day (COURSE-7)"] },
        { "New Year's eve", OnDate("2024-12-31"), ["ledger.json:6: $.occasions[0].days[0].date: 2024-12-31 is Nyårsafton, not a working day (COURSE-7)"] },
        { "National Day 2025", OnDate("2025-06-06"), ["ledger.json:6: $.occasions[0].days[0].date: 2025-06-06 is Sveriges nationaldag, not a working day (COURSE-7)"] },
        {
            "1 May and Ascension Day, before any fee",
            OnDate("2008-05-01"),
            [
                "ledger.json:6: $.occasions[0].days[0].date: 2008-05-01 is Första maj and Kristi himmelsfärdsdag, not a working day (COURSE-7)",
                "ledger.json:6: $.occasions[0].days[0].date: 2008-05-01 is before Norrbotten's first fee schedule (2021-07-01); no fee applies to it",
            ]
        },
        {
            "a year before the calendar",
            OnDate("1952-06-02"),
            [
                "ledger.json:6: $.occasions[0].days[0].date: 1952-06-02 is outside the working-day calendar, which covers 1953 to 2199 (COURSE-7)",
                "ledger.json:6: $.occasions[0].days[0].date: 1952-06-02 is before Norrbotten's first fee schedule (2021-07-01); no fee applies to it",
            ]
        },
        { "a year after the calendar", OnDate("2200-06-02"), ["ledger.json:6: $.occasions[0].days[0].date: 2200-06-02 is outside the working-day calendar, which covers 1953 to 2199 (COURSE-7)"] },
        { "a year before 1900", OnDate("1899-12-29"), ["ledger.json:6: $.occasions[0].days[0].date: 1899-12-29 is before 1900; dates go from 1900-01-01"] },
        { "a date that is no date", OnDate("2023-02-30"), ["ledger.json:6: $.occasions[0].days[0].date: must be a real date written YYYY-MM-DD, not \"2023-02-30\""] },
        { "a date without leading zeros", OnDate("2023-3-14"), ["ledger.json:6: $.occasions[0].days[0].date: must be a real date written YYYY-MM-DD, not \"2023-3-14\""] },
        { "a date as a number", Occasion(days: "[{ \"date\": 20230314, \"mode\": \"onsite\" }]"), ["ledger.json:6: $.occasions[0].days[0].date: must be a date written YYYY-MM-DD, not the number 20230314"] },
    };

    [Theory]
    [MemberData(nameof(WholeFiles))]
    [Trait("Contract", "ledger-file")]
    public void A_file_that_is_not_a_ledger_file_is_refused_with_exactly_the_problems_expected(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Theory]
    [MemberData(nameof(Occasions))]
    [Rule("COURSE-6")]
    public void A_malformed_occasion_is_refused_with_its_line_and_json_path(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Theory]
    [MemberData(nameof(WorkingDays))]
    [Rule("COURSE-7")]
    public void A_course_day_that_is_not_a_working_day_is_refused_with_its_line_and_json_path(string change, string json, string[] expected) =>
        AssertRefused(change, Encoding.UTF8.GetBytes(json), expected);

    [Fact]
    [Rule("FEE-1")]
    public void A_course_day_before_the_region_s_first_fee_schedule_is_refused_at_its_line()
    {
        AssertRefused(
            "2021-06-30",
            Encoding.UTF8.GetBytes(OnDate("2021-06-30")),
            ["ledger.json:6: $.occasions[0].days[0].date: 2021-06-30 is before Norrbotten's first fee schedule (2021-07-01); no fee applies to it"]);
        Assert.True(LedgerFile.Parse(OnDate("2021-07-01"), FileName, Norrbotten.Region).IsValid);
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void A_UTF16_file_without_a_byte_order_mark_is_refused_as_not_UTF8()
    {
        byte[] utf16 = Encoding.BigEndianUnicode.GetBytes(Valid);
        AssertRefused("UTF-16 without BOM", utf16, ["ledger.json:1: $: the file is not UTF-8 (byte 0x00 at offset 0: it may be UTF-16 without a byte order mark); save it as UTF-8"]);
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void A_file_that_is_not_utf8_is_refused_at_its_first_bad_byte()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes(With("\"id\": \"2023-samtal-1\"", "\"id\": \"2023-s\u00e5mtal-1\""));
        AssertRefused("Latin-1", latin1, ["ledger.json:4: $: the file is not UTF-8 (byte 0xE5 at offset 44 starts no UTF-8 character); save it as UTF-8 without BOM"]);
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void Problems_in_every_occasion_are_reported_at_once_in_the_order_of_the_file()
    {
        string json = With(
            ("\"date\": \"2023-03-14\"", "\"date\": \"2023-06-23\""),
            ("{ \"municipality\": \"2581\", \"count\": 2 }", "{ \"municipality\": \"2480\", \"count\": 2 }"),
            ("\"venue_fee_sek\": 600,", "\"venue_fee_sek\": -600,"),
            ("{ \"date\": \"2023-10-11\", \"mode\": \"digital\" }", "{ \"date\": \"2023-10-10\", \"mode\": \"digital\" }"),
            ("\"dates\": [\"2023-10-11\"]", "\"dates\": [\"2023-10-12\"]"));
        AssertRefused("five problems", Encoding.UTF8.GetBytes(json),
        [
            "ledger.json:6: $.occasions[0].days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)",
            "ledger.json:9: $.occasions[0].participants[1].municipality: 2480 is not one of Norrbotten's municipalities",
            "ledger.json:16: $.occasions[1].venue_fee_sek: must be at least 0, not -600",
            "ledger.json:20: $.occasions[1].days[1].date: 2023-10-10 does not come after the day before it (2023-10-10); course days are in strictly increasing order (COURSE-6)",
            "ledger.json:23: $.occasions[1].trainers[0].dates[0]: 2023-10-12 is not one of the occasion's days",
        ]);
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void The_reader_is_tested_on_at_least_sixty_distinct_malformed_files()
    {
        int cases = WholeFiles.Count + Occasions.Count + WorkingDays.Count + 4;
        Assert.True(cases >= 60, $"only {cases} malformed files are tested");
    }

    private static string OnDate(string date) => Occasion(course: "\"x\"", days: $"[{{ \"date\": \"{date}\", \"mode\": \"onsite\" }}]");

    private static string Occasion(
        string id = "\"a\"",
        string course = "\"samtal-och-delaktighet\"",
        string days = "[" + Day14 + "]",
        string participants = "[{ \"municipality\": \"2580\", \"count\": 1 }]",
        string trainers = "[{ \"municipality\": \"2580\" }]",
        string? extra = null)
    {
        string[] fields = [$"\"id\": {id}", $"\"course\": {course}", $"\"days\": {days}", $"\"participants\": {participants}", $"\"trainers\": {trainers}"];
        return OneOccasion(extra is null ? fields : [.. fields, extra]);
    }

    /// <summary>
    /// Checks the problems in English, then that each one is also in Swedish with a code of the library's texts
    /// (<see cref="ProblemLanguage"/>), whatever its words.
    /// </summary>
    private static void AssertRefused(string change, byte[] utf8, string[] expected)
    {
        LedgerFileResult result = LedgerFile.Parse(utf8, FileName, Norrbotten.Region);
        Assert.False(result.IsValid, change);
        Assert.Equal(expected, result.Problems.Select(p => p.ToString()).ToArray());
        Assert.Empty(result.Notices);
        DataFileException refusal = Assert.Throws<DataFileException>(() => result.Ledger);
        Assert.Equal<DataFileProblem>(result.Problems, refusal.Problems);
        ProblemLanguage.AssertInBothLanguages(change, () => LedgerFile.Parse(utf8, FileName, Norrbotten.Region).Problems);
    }
}
