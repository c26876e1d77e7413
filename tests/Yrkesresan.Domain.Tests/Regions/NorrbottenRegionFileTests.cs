using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.FollowUp;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions;

/// <summary>Norrbotten's built-in region file against the plan (PP §5, §8.1, §8.2, §1.4).</summary>
public sealed class NorrbottenRegionFileTests
{
    private static readonly LocalDate PlanStart = new(2021, 7, 1);

    [Fact]
    [Rule("FEE-1")]
    public void Norrbotten_charges_1000_400_100_and_50_kr_per_participant_and_course_day_from_the_plan_s_start()
    {
        FeeSchedule fees = Norrbotten.Region.FeeScheduleOn(PlanStart);

        Assert.Equal(
            [("venue", 1000L, false), ("trainer_pot", 400L, true), ("course_material", 100L, true), ("buffer", 50L, true)],
            fees.Rates.Select(r => (r.Component.Code, r.Amount.WholeKronor, r.ChargedOnDigitalDays)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Norrbotten.Region.FeeScheduleOn(PlanStart.PlusDays(-1)));
    }

    [Fact]
    [Rule("STEP-8")]
    public void Norrbotten_opens_its_steps_on_the_first_day_of_the_months_of_its_calendar()
    {
        EligibilityPolicy policy = Norrbotten.Region.EligibilityOn(PlanStart);

        Assert.Equal(new LocalDate(2022, 9, 1), policy.OpeningOf(CareerStep.ArbetsledareOchChef));
        Assert.Equal(new LocalDate(2022, 10, 1), policy.OpeningOf(CareerStep.Ny));
        Assert.Equal(new LocalDate(2023, 1, 1), policy.OpeningOf(CareerStep.Van));
        Assert.Equal(new LocalDate(2023, 11, 1), policy.OpeningOf(CareerStep.Erfaren));
        Assert.Equal(new LocalDate(2022, 9, 1), policy.TrainerOpening);
        Assert.Throws<ArgumentOutOfRangeException>(() => Norrbotten.Region.EligibilityOn(PlanStart.PlusDays(-1)));
    }

    [Fact]
    [Rule("STEP-5")]
    public void Norrbotten_adds_foster_care_to_the_national_work_areas_and_excludes_the_roles_and_employers_of_the_plan()
    {
        EligibilityPolicy policy = Norrbotten.Region.EligibilityOn(PlanStart);

        Assert.Equal<WorkArea>([WorkArea.Mottagning, WorkArea.Utredning, WorkArea.Uppfoljning, WorkArea.Familjehem], policy.WorkAreas);
        Assert.Equal<Role>([Role.HogreChef, Role.Administrativ, Role.Politiker], policy.ExcludedRoles);
        Assert.Equal<EmployerKind>([EmployerKind.Annan], policy.ExcludedEmployers);
    }

    [Fact]
    [Rule("COURSE-5")]
    public void Norrbotten_s_Ny_route_holds_the_two_courses_the_plan_names_and_is_marked_incomplete()
    {
        Route ny = Assert.Single(Norrbotten.Region.Catalogue.Routes);

        Assert.Equal(CareerStep.Ny, ny.Step);
        Assert.False(ny.IsComplete);
        Assert.Equal(
            ["Handläggning med barnet i centrum", "Samtal och delaktighet"],
            ny.Stops.Select(id => Norrbotten.Region.Catalogue.CourseWith(id).Name));
        Assert.Equal(2, Norrbotten.Region.Catalogue.CourseDaysOf(ny));
    }

    [Fact]
    [Rule("ALLOC-3")]
    public void Norrbotten_s_file_states_no_total_because_the_plan_s_249_427_would_be_refused()
    {
        Assert.Null(Norrbotten.Region.StatedPopulationTotal);
        Assert.All(Norrbotten.Region.Municipalities, m => Assert.Null(m.PopulationDate));
        string stated = Norrbotten.RegionFileText.Replace("\"name\": \"Norrbotten\",", "\"name\": \"Norrbotten\",\n  \"population_total\": 249427,", StringComparison.Ordinal);

        RegionFileResult result = RegionFile.Parse(stated, Norrbotten.RegionFileName);

        Assert.Equal(
            "norrbotten.json:4: $.population_total: the stated total 249 427 is 1 less than the sum of the rows, 249 428; a stated total must equal the sum of the rows (ALLOC-3)",
            Assert.Single(result.Problems).ToString());
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_built_in_region_is_read_from_the_file_in_the_repository_byte_for_byte()
    {
        Assert.Equal(File.ReadAllText(Repository.PathOf("src", "Yrkesresan.Domain", "Regions", "Data", "norrbotten.json")), Norrbotten.RegionFileText);
        Assert.Equal(Sek.FromKronor(950_000), Norrbotten.Region.FixedCostIn(Norrbotten.FirstYear));
        Assert.Same(Norrbotten.Region, Norrbotten.Region);
    }

    [Fact]
    [Rule("GOAL-3")]
    public void Norrbotten_s_file_holds_the_plan_s_seven_effect_goals_with_1a_to_1d_in_its_words_from_2021()
    {
        FollowUpPlan plan = Norrbotten.Region.FollowUpPlanIn(2023);
        FollowUpPlan words = Surveys.Norrbotten();

        Assert.Same(plan, Norrbotten.Region.FollowUpPlanIn(2021));
        Assert.Equal(new LocalDate(2021, 1, 1), Norrbotten.Region.FollowUpPlans!.FirstDate);
        Assert.Equal(words.Goals.Select(g => (g.Id, g.Text, g.Measure.Code)), plan.Goals.Select(g => (g.Id, g.Text, g.Measure.Code)));
        Assert.Equal(
            words.Goals.Select(g => (g.Survey?.Question, string.Join(",", g.Survey?.Roles.Select(r => r.Code) ?? []))),
            plan.Goals.Select(g => (g.Survey?.Question, string.Join(",", g.Survey?.Roles.Select(r => r.Code) ?? []))));
        Assert.All(plan.Goals, g => Assert.InRange(g.ShortText?.Length ?? 0, 1, EffectGoal.MaxShortTextLength));
        Assert.Equal("roll", plan.RoleQuestion.Label);
        Assert.Equal(
            [("Socialsekreterare", "socialsekreterare"), ("Arbetsledare", "arbetsledare"), ("Chef", "chef"), ("Annan", null)],
            plan.RoleQuestion.Options.Select(o => (o.Answer, o.Role?.Code)));
        Assert.Equal("kommun", plan.MunicipalityQuestion?.Label);
    }

    [Fact]
    [Rule("GOAL-4")]
    public void Norrbotten_counts_the_two_agreeing_and_the_two_satisfied_options_as_positive_and_Vet_ej_not_at_all()
    {
        FollowUpPlan plan = Norrbotten.Region.FollowUpPlanIn(2023);
        string[] agreement = ["1a", "1b", "1c", "1d", "3", "4"];

        Assert.All(plan.Goals.Where(g => g.Survey is not null), g => Assert.Equal(80, g.Survey!.ThresholdPercent));
        Assert.All(agreement.Select(plan.GoalWith), g => Assert.Equal(
            ["Instämmer helt", "Instämmer delvis", "|", "Instämmer inte särskilt", "Instämmer inte alls", "|", "Vet ej"],
            [.. g.Survey!.Positive, "|", .. g.Survey.NotPositive, "|", .. g.Survey.NotCounted]));
        Assert.All(new[] { "2", "5" }.Select(plan.GoalWith), g => Assert.Equal(
            ["Mycket nöjd", "Nöjd", "|", "Varken eller", "Missnöjd", "Mycket missnöjd", "|", "Vet ej"],
            [.. g.Survey!.Positive, "|", .. g.Survey.NotPositive, "|", .. g.Survey.NotCounted]));
    }

    [Fact]
    [Rule("GOAL-3")]
    public void A_year_before_the_first_follow_up_plan_or_a_region_without_one_has_no_plan_and_says_so()
    {
        ArgumentOutOfRangeException early = Assert.Throws<ArgumentOutOfRangeException>(() => Norrbotten.Region.FollowUpPlanIn(2020));
        Assert.StartsWith("Norrbotten has no follow-up plan for 2020: its first follow-up plan applies from 2021.", early.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Norrbotten.Region.FollowUpPlanIn(1899));

        Region without = new("Testlän", [new Municipality(MunicipalityCode.Parse("0001"), "Ett", 10)], [new FixedCostPeriod(2021, Sek.FromKronor(1))]);
        Assert.Null(without.FollowUpPlans);
        Assert.Equal("Testlän has no follow-up plan: its data does not give any.", Assert.Throws<InvalidOperationException>(() => without.FollowUpPlanIn(2023)).Message);
    }

    [Fact]
    [Rule("GOAL-3")]
    public void A_region_refuses_a_follow_up_plan_that_does_not_start_on_1_January()
    {
        var plans = new Timeline<FollowUpPlan>("follow-up plan", [new(new LocalDate(2021, 1, 1), FollowUpPlan.National), new(new LocalDate(2022, 7, 1), FollowUpPlan.National)]);

        RegionDataException refusal = Assert.Throws<RegionDataException>(() => new Region(
            "Testlän", [new Municipality(MunicipalityCode.Parse("0001"), "Ett", 10)], [new FixedCostPeriod(2021, Sek.FromKronor(1))], followUpPlans: plans));

        Assert.Equal(
            "follow_up[1].valid_from: must be 1 January: the effect goals are followed up per calendar year (GOAL-3), so a plan changes on 1 January",
            Assert.Single(refusal.Problems).ToString());
    }
}
