using System.Text;
using NodaTime;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Courses.Occasions;

/// <summary>Valid ledger files, read into complete ledgers with their notices; and the ways to read one.</summary>
public sealed class LedgerFileTests
{
    private static readonly MunicipalityCode Lulea = MunicipalityCode.Parse("2580");

    private static string ExampleFile => Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json");

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void A_valid_file_gives_a_ledger_with_every_part_of_the_file()
    {
        LedgerFileResult result = LedgerFile.Parse(LedgerFileText.Valid, LedgerFileText.FileName, Norrbotten.Region);

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
        Ledger ledger = result.Ledger;
        Assert.Same(Norrbotten.Region, ledger.Region);
        Assert.Equal(["2023-samtal-1", "2023-fordjupning-1"], ledger.Occasions.Select(o => o.Id));

        CourseOccasion samtal = ledger.OccasionWith("2023-samtal-1");
        Assert.Equal("samtal-och-delaktighet", samtal.CourseId);
        Assert.Equal(["2023-03-14 onsite"], samtal.Days.Select(d => d.ToString()));
        Assert.Equal(["2580 × 4", "2581 × 2"], samtal.Participants.Select(p => p.ToString()));
        Assert.Equal(["2584 on every day", "external on every day"], samtal.Trainers.Select(t => t.ToString()));
        Assert.Null(samtal.VenueFee);
        Assert.False(samtal.WaivesFee);

        CourseOccasion fordjupning = ledger.OccasionWith("2023-fordjupning-1");
        Assert.Equal(["2023-10-10 onsite", "2023-10-11 digital"], fordjupning.Days.Select(d => d.ToString()));
        Assert.Equal(Sek.FromKronor(600), fordjupning.VenueFee);
        Assert.False(fordjupning.WaivesFee);
        TrainerAssignment trainer = Assert.Single(fordjupning.Trainers);
        Assert.Equal<LocalDate>([new LocalDate(2023, 10, 11)], trainer.Dates!.Value);
        Assert.Equal<int>([2023], ledger.Years);
    }

    [Fact]
    [Rule("COURSE-6")]
    public void A_course_not_in_the_catalogue_is_a_notice_with_the_line_and_path_of_its_course()
    {
        LedgerFileResult result = LedgerFile.Parse(LedgerFileText.Valid, LedgerFileText.FileName, Norrbotten.Region);

        DataFileProblem notice = Assert.Single(result.Notices);
        Assert.Equal(
            new DataFileProblem("ledger.json", 15, "$.occasions[1].course", "CourseNotInCatalogue", "'fordjupning-utredning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id"),
            notice);
        Assert.Equal("ledger.json:15: $.occasions[1].course: 'fordjupning-utredning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id", notice.ToString());
        Assert.Equal(["occasions[1].course"], result.Ledger.Notices.Select(n => n.Path));
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void A_file_of_no_occasions_is_a_valid_empty_ledger()
    {
        foreach (string json in new[] { "{\"occasions\": []}", "{ \"$schema\": \"../schemas/ledger.schema.json\", \"occasions\": [] }\n", "\n\n{\r\n  \"occasions\": [ ]\r\n}\r\n" })
        {
            LedgerFileResult result = LedgerFile.Parse(json, LedgerFileText.FileName, Norrbotten.Region);

            Assert.True(result.IsValid, json);
            Assert.Empty(result.Ledger.Occasions);
            Assert.Empty(result.Notices);
        }
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void Optional_fields_are_read_when_given_and_their_limits_are_accepted()
    {
        string json = LedgerFileText.With(
            ("\"venue_fee_sek\": 600,", "\"venue_fee_sek\": 1000000,"),
            ("\"waive_fee\": false,", "\"waive_fee\": true,"),
            ("{ \"municipality\": \"2506\", \"count\": 3 }", "{ \"municipality\": \"2506\", \"count\": 10000 }, { \"municipality\": \"2506\", \"count\": 1 }"),
            ("\"dates\": [\"2023-10-11\"]", "\"dates\": [\"2023-10-11\", \"2023-10-10\"]"));
        string zero = LedgerFileText.With("\"venue_fee_sek\": 600,", "\"venue_fee_sek\": 0,");

        Ledger ledger = LedgerFile.Parse(json, LedgerFileText.FileName, Norrbotten.Region).Ledger;

        CourseOccasion occasion = ledger.OccasionWith("2023-fordjupning-1");
        Assert.Equal(Sek.FromKronor(1_000_000), occasion.VenueFee);
        Assert.True(occasion.WaivesFee);
        Assert.Equal([10_000, 1], occasion.Participants.Select(p => p.Count));
        Assert.Equal<LocalDate>([new LocalDate(2023, 10, 10), new LocalDate(2023, 10, 11)], occasion.DatesTaughtBy(occasion.Trainers[0]));
        Assert.Equal(Sek.Zero, LedgerFile.Parse(zero, LedgerFileText.FileName, Norrbotten.Region).Ledger.OccasionWith("2023-fordjupning-1").VenueFee);
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void The_example_ledger_of_the_documentation_is_valid_with_a_notice_for_each_occasion_of_a_course_outside_the_catalogue()
    {
        LedgerFileResult result = LedgerFile.Read(ExampleFile, Norrbotten.Region);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Ledger ledger = result.Ledger;
        Assert.Equal(
            ["2023-barnet-1", "2023-samtal-1", "2023-barnet-2", "2023-samtal-2", "2023-fordjupning-1", "2023-fordjupning-2"],
            ledger.Occasions.Select(o => o.Id));
        Assert.Equal<int>([2023, 2024], ledger.Years);
        Assert.Equal(8, ledger.Occasions.Sum(o => o.Days.Length));
        Assert.Equal(5, ledger.Occasions.Sum(o => o.Days.Count(d => d.Mode == DeliveryMode.OnSite)));
        Assert.Equal(63, ledger.Occasions.Sum(o => o.Days.Length * o.Participants.Sum(p => p.Count)));
        Assert.Equal(2, ledger.Occasions.Sum(o => o.Trainers.Count(t => t.IsExternal)));
        Assert.Equal(Sek.FromKronor(600), ledger.OccasionWith("2023-samtal-1").VenueFee);
        Assert.True(ledger.OccasionWith("2023-barnet-2").WaivesFee);
        Assert.Equal(
            [
                $"{ExampleFile}:54: $.occasions[4].course: 'fordjupning-utredning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id",
                $"{ExampleFile}:72: $.occasions[5].course: 'fordjupning-utredning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id",
            ],
            result.Notices.Select(n => n.ToString()));
        Assert.Equal(["occasions[4].course", "occasions[5].course"], ledger.Notices.Select(n => n.Path));
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void The_example_ledger_against_Vasterbotten_is_refused_at_every_municipality_of_Norrbotten()
    {
        Region vasterbotten = RegionFile.Load(Repository.PathOf("docs", "examples", "vasterbotten.json"));

        LedgerFileResult result = LedgerFile.Read(ExampleFile, vasterbotten);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.ToString() == $"{ExampleFile}:9: $.occasions[0].participants[0].municipality: 2580 is not one of Västerbotten's municipalities");
        Assert.Equal(19, result.Problems.Count(p => p.Message.EndsWith("is not one of Västerbotten's municipalities", StringComparison.Ordinal)));
        Assert.Equal(10, result.Problems.Count(p => p.Message.EndsWith("a trainer from outside them has null (POT-3)", StringComparison.Ordinal)));
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void Load_gives_the_ledger_of_a_valid_file_and_throws_one_exception_that_lists_every_problem_of_a_refused_one()
    {
        Assert.Equal(6, LedgerFile.Load(ExampleFile, Norrbotten.Region).Occasions.Length);

        string folder = Path.Combine(Path.GetTempPath(), "yrkesresan-domain-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "ledger.json");
            File.WriteAllText(path, LedgerFileText.With(("\"2023-03-14\"", "\"2023-06-23\""), ("\"count\": 3", "\"count\": 0")), new UTF8Encoding(false));

            var refusal = Assert.Throws<DataFileException>(() => LedgerFile.Load(path, Norrbotten.Region));

            Assert.Equal(
                [
                    $"{path}:6: $.occasions[0].days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)",
                    $"{path}:22: $.occasions[1].participants[0].count: must be at least 1, not 0: a registration is of one participant or more",
                ],
                refusal.Problems.Select(p => p.ToString()));
            Assert.Equal($"The file {path} has 2 problem(s):\n" + string.Join("\n", refusal.Problems), refusal.Message);
            Assert.IsAssignableFrom<FormatException>(refusal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void A_file_that_cannot_be_read_is_an_io_error_and_not_a_problem_of_the_file()
    {
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-domain-tests", Guid.NewGuid().ToString("N"), "ledger.json");

        Assert.ThrowsAny<IOException>(() => LedgerFile.Read(missing, Norrbotten.Region));
        Assert.ThrowsAny<IOException>(() => LedgerFile.Load(missing, Norrbotten.Region));
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void Null_arguments_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => LedgerFile.Parse((string)null!, "ledger.json", Norrbotten.Region));
        Assert.Throws<ArgumentNullException>(() => LedgerFile.Parse("{}", null!, Norrbotten.Region));
        Assert.Throws<ArgumentNullException>(() => LedgerFile.Parse("{}", "ledger.json", null!));
        Assert.Throws<ArgumentNullException>(() => LedgerFile.Parse("{}"u8, null!, Norrbotten.Region));
        Assert.Throws<ArgumentNullException>(() => LedgerFile.Parse("{}"u8, "ledger.json", null!));
        Assert.Throws<ArgumentNullException>(() => LedgerFile.Read(null!, Norrbotten.Region));
        Assert.Throws<ArgumentNullException>(() => LedgerFile.Read(ExampleFile, null!));
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void A_file_with_windows_line_ends_is_read_and_its_problems_have_the_same_lines()
    {
        string bad = LedgerFileText.With("\"2023-10-11\", \"mode\"", "\"2023-10-14\", \"mode\"");
        string[] lf = [.. LedgerFile.Parse(bad, "ledger.json", Norrbotten.Region).Problems.Select(p => p.ToString())];
        string[] crlf = [.. LedgerFile.Parse(bad.ReplaceLineEndings("\r\n"), "ledger.json", Norrbotten.Region).Problems.Select(p => p.ToString())];

        Assert.Equal(
            [
                "ledger.json:20: $.occasions[1].days[1].date: 2023-10-14 is a Saturday, not a working day (COURSE-7)",
                "ledger.json:23: $.occasions[1].trainers[0].dates[0]: 2023-10-11 is not one of the occasion's days",
            ],
            lf);
        Assert.Equal(lf, crlf);
        Assert.True(LedgerFile.Parse(LedgerFileText.Valid.ReplaceLineEndings("\r\n"), "ledger.json", Norrbotten.Region).IsValid);
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void Problems_name_the_file_as_given()
    {
        LedgerFileResult result = LedgerFile.Parse("[]", "../ledgers/2023 (draft).json", Norrbotten.Region);

        Assert.Equal("../ledgers/2023 (draft).json:1: $: must be an object, not an array", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void Bytes_and_text_of_a_file_are_read_alike()
    {
        string bad = LedgerFileText.With("\"count\": 4", "\"count\": -4");

        Assert.Equal<DataFileProblem>(
            LedgerFile.Parse(Encoding.UTF8.GetBytes(bad), "ledger.json", Norrbotten.Region).Problems,
            LedgerFile.Parse(bad, "ledger.json", Norrbotten.Region).Problems);
        Assert.Equal(
            LedgerFile.Parse(Encoding.UTF8.GetBytes(LedgerFileText.Valid), "ledger.json", Norrbotten.Region).Ledger.Occasions.Select(o => o.ToString()),
            LedgerFile.Parse(LedgerFileText.Valid, "ledger.json", Norrbotten.Region).Ledger.Occasions.Select(o => o.ToString()));
    }

    [Fact]
    [Rule("POT-3")]
    public void A_trainer_whose_municipality_is_null_is_read_as_an_external_trainer()
    {
        Ledger ledger = LedgerFile.Parse(LedgerFileText.Valid, "ledger.json", Norrbotten.Region).Ledger;

        Assert.Equal([false, true], ledger.OccasionWith("2023-samtal-1").Trainers.Select(t => t.IsExternal));
        Assert.Equal(Lulea, ledger.OccasionWith("2023-fordjupning-1").Trainers[0].Municipality);
    }
}
