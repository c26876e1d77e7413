using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions.Files;

/// <summary>Valid region files, read into complete regions; and the reader's robustness on any input.</summary>
public sealed class RegionFileTests
{
    [Fact]
    [Trait("Contract", "region-file")]
    public void A_valid_file_gives_a_region_with_every_part_of_the_file()
    {
        Region region = RegionFile.Parse(RegionFileText.Valid, RegionFileText.FileName).Region;

        Assert.Equal("Testlän", region.Name);
        Assert.Equal(["0125 Ekerö", "0128 Salem"], region.Municipalities.Select(m => m.ToString()));
        Assert.Equal(new LocalDate(2020, 12, 31), region.Municipalities[0].PopulationDate);
        Assert.Null(region.Municipalities[1].PopulationDate);
        Assert.Null(region.StatedPopulationTotal);
        Assert.Equal(Sek.FromKronor(1000), region.FixedCostIn(2021));
        Assert.Equal(2021, region.FirstYear);
        Assert.IsType<LargestRemainderPolicy<MunicipalityCode>>(region.FixedCostRounding);
        FeeSchedule fees = region.FeeScheduleOn(new LocalDate(2021, 7, 1));
        Assert.Equal(Sek.FromKronor(1550), fees.AmountPerParticipantDay(DeliveryMode.OnSite));
        Assert.Equal(Sek.FromKronor(550), fees.AmountPerParticipantDay(DeliveryMode.Digital));
        EligibilityPolicy policy = region.EligibilityOn(new LocalDate(2021, 7, 1));
        Assert.Equal<WorkArea>([WorkArea.Mottagning, WorkArea.Utredning], policy.WorkAreas);
        Assert.Equal<Role>([Role.Politiker], policy.ExcludedRoles);
        Assert.Equal<EmployerKind>([EmployerKind.Annan], policy.ExcludedEmployers);
        Assert.Equal(new LocalDate(2022, 10, 1), policy.OpeningOf(CareerStep.Ny));
        Assert.Null(policy.OpeningOf(CareerStep.Erfaren));
        Assert.Null(policy.TrainerOpening);
        Assert.Equal(["intro", "samtal"], region.Catalogue.Courses.Select(c => c.Id));
        Route ny = Assert.Single(region.Catalogue.Routes);
        Assert.True(ny.IsComplete);
        Assert.Equal(8, region.Catalogue.CourseDaysOf(ny));
        CourseTask task = Assert.Single(region.Catalogue.CourseWith("samtal").Preparation);
        Assert.Equal(("Läs", KnowledgeLevel.Fakta, "Känna till lagen", 30), (task.Title, task.Goal.Level, task.Goal.Text, task.EstimatedMinutes));
        Assert.Empty(RegionFile.Parse(RegionFileText.Valid, RegionFileText.FileName).Problems);
    }

    [Fact]
    [Rule("GOAL-3")]
    public void A_follow_up_section_gives_the_region_its_plan_from_1_January_with_every_part()
    {
        Region region = RegionFile.Parse(MalformedRegionFileTests.FollowUp(), RegionFileText.FileName).Region;

        FollowUpPlan plan = region.FollowUpPlanIn(2023);
        Assert.Throws<ArgumentOutOfRangeException>(() => region.FollowUpPlanIn(2022));
        Assert.Equal("roll", plan.RoleQuestion.Label);
        Assert.Equal([("Socialsekreterare", Role.Socialsekreterare), ("Chef", Role.Chef), ("Annan", null)], plan.RoleQuestion.Options.Select(o => (o.Answer, o.Role)));
        Assert.Equal("kommun", plan.MunicipalityQuestion?.Label);
        Assert.Equal(["1", "2"], plan.Goals.Select(g => g.Id));
        Assert.Equal(("Att minst 80 % är nöjda", "Nöjda"), (plan.Goals[0].Text, plan.Goals[0].ShortText));
        SurveyMeasure survey = plan.Goals[0].Survey!;
        Assert.Equal<Role>([Role.Socialsekreterare, Role.Chef], survey.Roles);
        Assert.Equal(("q1", 80), (survey.Question, survey.ThresholdPercent));
        Assert.Equal(["Nöjd", "Missnöjd", "Vet ej"], survey.Options.AsEnumerable());
        Assert.Same(LedgerMeasure.Availability, plan.Goals[1].Measure);
        Assert.Null(plan.Goals[1].ShortText);
    }

    [Fact]
    [Rule("GOAL-3")]
    public void A_survey_goal_without_a_threshold_or_options_not_counted_takes_80_percent_and_none()
    {
        string json = MalformedRegionFileTests.FollowUp((", \"not_counted\": [\"Vet ej\"], \"threshold_percent\": 80", string.Empty), ("\"municipality_question\": { \"label\": \"kommun\" },\n", string.Empty));

        FollowUpPlan plan = RegionFile.Parse(json, RegionFileText.FileName).Region.FollowUpPlanIn(2030);

        Assert.Equal(80, plan.Goals[0].Survey!.ThresholdPercent);
        Assert.Empty(plan.Goals[0].Survey!.NotCounted);
        Assert.Null(plan.MunicipalityQuestion);
        Assert.Null(RegionFile.Parse(RegionFileText.Valid, RegionFileText.FileName).Region.FollowUpPlans);
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void Optional_parts_are_read_when_given()
    {
        string json = RegionFileText.With(
            "\"name\": \"Testlän\",",
            """
            "$schema": "../schemas/region.schema.json",
              "name": "Testlän",
              "source": "SCB",
              "population_total": 400,
              "memberships": [{ "valid_from": "2021-01-01", "members": ["0125", "0128"] }, { "valid_from": "2023-01-01", "members": ["0128"] }],
              "rounding": { "method": "half_up_with_residual", "residual_municipality": "0128" },
            """);
        Region region = RegionFile.Parse(json, RegionFileText.FileName).Region;

        Assert.Equal(400, region.StatedPopulationTotal);
        Assert.Equal(2, region.MembersIn(2022).Length);
        Assert.Equal("0128 Salem", Assert.Single(region.MembersIn(2023)).ToString());
        Assert.Equal(MunicipalityCode.Parse("0128"), Assert.IsType<HalfUpWithResidualPolicy<MunicipalityCode>>(region.FixedCostRounding).ResidualParty);
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void A_file_with_windows_line_ends_is_read_and_its_problems_have_the_same_lines()
    {
        string crlf = RegionFileText.With("\"population\": 300", "\"population\": 0").ReplaceLineEndings("\r\n");
        Assert.Equal(
            "region.json:5: $.municipalities[1].population: must be at least 1, not 0",
            Assert.Single(RegionFile.Parse(crlf, RegionFileText.FileName).Problems).ToString());
        Assert.True(RegionFile.Parse(RegionFileText.Valid.ReplaceLineEndings("\r\n"), RegionFileText.FileName).IsValid);
    }

    [Fact]
    [Rule("STEP-8")]
    public void Asking_a_region_for_a_policy_or_fees_before_its_first_date_is_an_error_that_names_the_dates()
    {
        Region region = RegionFile.Parse(RegionFileText.Valid, RegionFileText.FileName).Region;

        var policy = Assert.Throws<ArgumentOutOfRangeException>(() => region.EligibilityOn(new LocalDate(2021, 6, 30)));
        Assert.StartsWith("Testlän has no eligibility policy on 2021-06-30: its first eligibility policy is valid from 2021-07-01.", policy.Message, StringComparison.Ordinal);
        var fees = Assert.Throws<ArgumentOutOfRangeException>(() => region.FeeScheduleOn(new LocalDate(2021, 6, 30)));
        Assert.StartsWith("Testlän has no fee schedule on 2021-06-30: its first fee schedule is valid from 2021-07-01.", fees.Message, StringComparison.Ordinal);
        Assert.NotNull(region.EligibilityOn(new LocalDate(2021, 7, 1)));
    }

    [Fact]
    [Rule("FEE-1")]
    public void A_region_without_fee_schedules_or_a_policy_says_so_when_asked()
    {
        Region region = new("Kod", [new Municipality(MunicipalityCode.Parse("0001"), "Ett", 1)], [new FixedCostPeriod(2021, Sek.Zero)]);

        Assert.Equal("Kod has no fee schedule: its data does not give any.", Assert.Throws<InvalidOperationException>(() => region.FeeScheduleOn(new LocalDate(2024, 1, 1))).Message);
        Assert.Equal("Kod has no eligibility policy: its data does not give any.", Assert.Throws<InvalidOperationException>(() => region.EligibilityOn(new LocalDate(2024, 1, 1))).Message);
        Assert.Same(CourseCatalogue.Empty, region.Catalogue);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_Vasterbotten_example_of_the_guide_is_a_valid_region_file()
    {
        Region region = RegionFile.Load(Repository.PathOf("docs", "examples", "vasterbotten.json"));

        Assert.Equal("Västerbotten", region.Name);
        Assert.Equal(15, region.Municipalities.Length);
        Assert.Equal(273_192, region.PopulationTotal);
        Assert.Equal(273_192, region.StatedPopulationTotal);
        Assert.Equal(Sek.FromKronor(1_100_000), region.FixedCostIn(2023));
        Assert.Equal(9, region.Catalogue.CourseDaysOf(region.Catalogue.RouteOf(CareerStep.Ny)!));
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void A_file_that_cannot_be_read_is_an_io_error_and_not_a_problem_of_the_file()
    {
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-no-such-region.json");
        Assert.Throws<FileNotFoundException>(() => RegionFile.Read(missing));
        Assert.Throws<ArgumentNullException>(() => RegionFile.Parse((string)null!, "x.json"));
        Assert.Throws<ArgumentNullException>(() => RegionFile.Parse(RegionFileText.Valid, null!));
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void The_largest_population_and_the_earliest_date_are_accepted()
    {
        string json = RegionFileText.With(("\"population\": 300", "\"population\": 1000000000"), ("\"2020-12-31\"", "\"1900-01-01\""));

        Region region = RegionFile.Parse(json, RegionFileText.FileName).Region;

        Assert.Equal(1_000_000_000, region.Municipalities[1].Population);
        Assert.Equal(new LocalDate(1900, 1, 1), region.Municipalities[0].PopulationDate);
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void A_refused_file_throws_one_exception_that_lists_every_problem_under_the_file_s_name()
    {
        string json = RegionFileText.With(("\"population\": 300", "\"population\": 0"), ("\"population\": 100", "\"population\": -1"));

        var error = Assert.Throws<DataFileException>(() => RegionFile.Parse(json, "lan.json").Region);

        Assert.Equal(
            "The file lan.json has 2 problem(s):\n"
            + "lan.json:4: $.municipalities[0].population: must be at least 1, not -1\n"
            + "lan.json:5: $.municipalities[1].population: must be at least 1, not 0",
            error.Message);
        Assert.IsAssignableFrom<FormatException>(error);
        Assert.Throws<ArgumentException>(() => new DataFileException([]));
        Assert.Throws<ArgumentNullException>(() => new DataFileException(null!));
        Assert.Throws<ArgumentNullException>(() => RegionFile.Read(null!));
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void Every_cut_of_a_valid_file_is_refused_with_a_problem_on_a_line_of_the_file_and_never_an_exception()
    {
        byte[] valid = Encoding.UTF8.GetBytes(RegionFileText.Valid);
        int lines = RegionFileText.Valid.Split('\n').Length;
        for (int length = 0; length < valid.Length - 1; length++)
        {
            RegionFileResult result = RegionFile.Parse(valid.AsSpan(0, length), RegionFileText.FileName);
            Assert.False(result.IsValid, $"a cut at {length} bytes");
            Assert.All(result.Problems, p => Assert.InRange(p.Line ?? 0, 1, lines));
        }
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void Any_change_of_bytes_gives_a_region_or_problems_and_never_another_exception()
    {
        byte[] valid = Encoding.UTF8.GetBytes(RegionFileText.Valid);
        Gen<(int At, byte Value)[]> changes = Gen.ArrayOf(
            from at in Gen.Choose(0, valid.Length - 1)
            from value in Gen.Elements<byte>((byte)'0', (byte)'9', (byte)'"', (byte)',', (byte)'{', (byte)']', (byte)'-', (byte)'.', (byte)'n', (byte)' ', 0xC3, 0xFF)
            select (at, value)).Resize(3).Where(a => a.Length > 0);
        Properties.ForAll(changes, edits =>
        {
            byte[] bytes = (byte[])valid.Clone();
            foreach ((int at, byte value) in edits)
            {
                bytes[at] = value;
            }

            RegionFileResult result = RegionFile.Parse(bytes, RegionFileText.FileName);
            Assert.True(result.IsValid || result.Problems.Length > 0);
            Assert.All(result.Problems, p => Assert.True(p.Line is >= 1 && p.Path.StartsWith('$') && p.Message.Length > 0, p.ToString()));
        });
    }
}
