using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.Courses.Occasions.LedgerFileText;

namespace Yrkesresan.Domain.Tests.Courses.Occasions;

/// <summary>
/// The ledger file's problems and notices in Swedish: exact texts for a sample, in the seeds' terms, each with
/// the same code (the key of its text) as in English; every case of <see cref="MalformedLedgerFileTests"/> is
/// also read in both languages there.
/// </summary>
public sealed class LedgerFileLanguageTests
{
    public static TheoryData<string, string, string, string> Sample => new()
    {
        {
            "a participant from outside the region",
            Occasion(participants: "[{ \"municipality\": \"2480\", \"count\": 1 }]"),
            "MunicipalityNotInRegion",
            "ledger.json:7: $.occasions[0].participants[0].municipality: 2480 är inte en av kommunerna i Norrbotten"
        },
        {
            "a trainer from outside the region",
            Occasion(trainers: "[{ \"municipality\": \"2480\" }]"),
            "TrainerMunicipalityNotInRegion",
            "ledger.json:8: $.occasions[0].trainers[0].municipality: 2480 är inte en av kommunerna i Norrbotten; en utbildare utanför dem har null (POT-3)"
        },
        {
            "an external trainer written as a word",
            Occasion(trainers: "[{ \"municipality\": \"extern\" }]"),
            "ExternalTrainerWrittenAsWord",
            "ledger.json:8: $.occasions[0].trainers[0].municipality: ska vara en kommunkod med fyra siffror, inte \"extern\"; för en extern utbildare, skriv \"municipality\": null (POT-3)"
        },
        {
            "Trettondedag jul",
            Occasion(course: "\"x\"", days: "[{ \"date\": \"2023-01-06\", \"mode\": \"onsite\" }]"),
            "NotAWorkingDay",
            "ledger.json:6: $.occasions[0].days[0].date: 2023-01-06 är Trettondedag jul, inte en arbetsdag (COURSE-7)"
        },
        {
            "a Saturday",
            Occasion(course: "\"x\"", days: "[{ \"date\": \"2023-03-18\", \"mode\": \"onsite\" }]"),
            "NotAWorkingDay",
            "ledger.json:6: $.occasions[0].days[0].date: 2023-03-18 är en lördag, inte en arbetsdag (COURSE-7)"
        },
        {
            "a count of zero",
            Occasion(participants: "[{ \"municipality\": \"2580\", \"count\": 0 }]"),
            "RegistrationCountTooSmall",
            "ledger.json:7: $.occasions[0].participants[0].count: ska vara minst 1, inte 0: en anmälan gäller en deltagare eller fler"
        },
        {
            "a catalogued course of one day on two dates",
            Occasion(days: "[{ \"date\": \"2023-03-14\", \"mode\": \"onsite\" }, { \"date\": \"2023-03-15\", \"mode\": \"digital\" }]"),
            "CourseDaysNotAsInCatalogue",
            "ledger.json:6: $.occasions[0].days: kursen 'samtal-och-delaktighet' har 1 kursdag i regionens kurskatalog, så ett kurstillfälle av den har 1 datum, inte 2 (COURSE-6)"
        },
        {
            "a day before the first fee schedule",
            Occasion(course: "\"x\"", days: "[{ \"date\": \"2021-06-30\", \"mode\": \"onsite\" }]"),
            "DayBeforeFirstFeeSchedule",
            "ledger.json:6: $.occasions[0].days[0].date: 2021-06-30 är före den första avgiftstabellen för Norrbotten (2021-07-01); ingen avgift gäller för den dagen"
        },
        {
            "an id given twice",
            With("\"id\": \"2023-fordjupning-1\"", "\"id\": \"2023-samtal-1\""),
            "OccasionIdRepeated",
            "ledger.json:14: $.occasions[1].id: '2023-samtal-1' är också id för occasions[0]; varje kurstillfälle har ett eget id"
        },
        {
            "a trainer date that is not a day of the occasion",
            Occasion(trainers: "[{ \"municipality\": \"2580\", \"dates\": [\"2023-03-15\"] }]"),
            "TrainerDateNotADayOfOccasion",
            "ledger.json:8: $.occasions[0].trainers[0].dates[0]: 2023-03-15 är inte en av kurstillfällets dagar"
        },
    };

    [Theory]
    [MemberData(nameof(Sample))]
    [Trait("Contract", "Swedish and English")]
    public void A_ledger_problem_reads_in_Swedish_with_the_code_it_has_in_English(string change, string json, string code, string swedish)
    {
        DataFileProblem english = Assert.Single(LedgerFile.Parse(json, FileName, Norrbotten.Region).Problems);
        DataFileProblem inSwedish = Assert.Single(Culture.InSwedish(() => LedgerFile.Parse(json, FileName, Norrbotten.Region)).Problems);
        Assert.Equal(swedish, inSwedish.ToString());
        Assert.Equal(code, english.Code);
        Assert.Equal(code, inSwedish.Code);
        Assert.True(ProblemLanguage.LibraryKeys.Contains(code), change);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_course_not_in_the_catalogue_is_a_notice_in_Swedish_too_with_its_code()
    {
        LedgerFileResult result = Culture.InSwedish(() => LedgerFile.Parse(Valid, FileName, Norrbotten.Region));
        DataFileProblem notice = Assert.Single(result.Notices);
        Assert.Equal(
            "ledger.json:15: $.occasions[1].course: 'fordjupning-utredning' är inte en kurs i kurskatalogen för Norrbotten; kurstillfället godtas, men kontrollera id:t",
            notice.ToString());
        Assert.Equal("CourseNotInCatalogue", notice.Code);
        Assert.Equal("CourseNotInCatalogue", Assert.Single(result.Ledger.Notices).Code);
        ProblemLanguage.AssertInBothLanguages("the valid ledger's notice", () => LedgerFile.Parse(Valid, FileName, Norrbotten.Region).Notices);
    }

    [Theory]
    [Rule("POT-3")]
    [InlineData("extern")]
    [InlineData("external")]
    [InlineData("Extern utbildare")]
    [InlineData("Umeå")]
    [InlineData("2580a")]
    public void A_word_where_a_trainer_s_municipality_code_belongs_is_told_that_an_external_trainer_has_null(string word)
    {
        DataFileProblem problem = Assert.Single(LedgerFile.Parse(Occasion(trainers: $"[{{ \"municipality\": \"{word}\" }}]"), FileName, Norrbotten.Region).Problems);
        Assert.Equal("ExternalTrainerWrittenAsWord", problem.Code);
        Assert.Equal("$.occasions[0].trainers[0].municipality", problem.Path);
        Assert.Contains("for an external trainer, write \"municipality\": null", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Rule("POT-3")]
    [InlineData("Luleå")]
    [InlineData("luleå")]
    [InlineData("258")]
    [InlineData("0000")]
    [InlineData("")]
    public void A_municipality_of_the_region_by_name_or_a_mistyped_code_is_not_taken_for_an_external_trainer(string text)
    {
        DataFileProblem problem = Assert.Single(LedgerFile.Parse(Occasion(trainers: $"[{{ \"municipality\": \"{text}\" }}]"), FileName, Norrbotten.Region).Problems);
        Assert.Equal("$.occasions[0].trainers[0].municipality", problem.Path);
        Assert.NotEqual("ExternalTrainerWrittenAsWord", problem.Code);
        Assert.DoesNotContain("external trainer", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void Every_problem_of_the_occasions_and_working_days_of_the_malformed_suite_that_the_domain_finds_has_a_code()
    {
        int checkedProblems = 0;
        foreach (object[] row in MalformedLedgerFileTests.Occasions.Concat(MalformedLedgerFileTests.WorkingDays))
        {
            string json = (string)row[1];
            checkedProblems += ProblemLanguage.AssertInBothLanguages((string)row[0], () => LedgerFile.Parse(json, FileName, Norrbotten.Region).Problems);
        }

        // The ledger's and the occasion's own rules, and the working days: at least these are this folder's texts.
        Assert.True(checkedProblems >= 30, $"only {checkedProblems} problems have codes");
    }

    private static string Occasion(
        string course = "\"samtal-och-delaktighet\"",
        string days = "[{ \"date\": \"2023-03-14\", \"mode\": \"onsite\" }]",
        string participants = "[{ \"municipality\": \"2580\", \"count\": 1 }]",
        string trainers = "[{ \"municipality\": \"2580\" }]") =>
        OneOccasion("\"id\": \"a\"", $"\"course\": {course}", $"\"days\": {days}", $"\"participants\": {participants}", $"\"trainers\": {trainers}");
}
