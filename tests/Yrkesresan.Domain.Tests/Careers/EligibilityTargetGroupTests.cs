using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Domain.Tests.Careers.EligibilityExamples;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-4, STEP-5, STEP-6: who is in the target group, who is in step 4, and who is not covered, with every reason.</summary>
public class EligibilityTargetGroupTests
{
    private static readonly LocalDate AsOf = new(2024, 5, 1);

    private static EligibilityDecision National(Person person) => Eligibility.Decide(person, EligibilityPolicy.National, AsOf);

    private static EligibilityDecision InNorrbotten(Person person) => Eligibility.Decide(person, Norrbotten.Region, AsOf);

    [Theory]
    [Rule("STEP-4")]
    [InlineData("arbetsledare", "Arbetsledare (arbetsledare)")]
    [InlineData("chef", "Chef (chef)")]
    public void Supervisors_and_managers_are_in_step_4_with_no_completed_years(string role, string named)
    {
        EligibilityDecision decision = InNorrbotten(Someone(Role.FromCode(role), "2024-04-01"));
        Assert.True(decision.IsEligible);
        Assert.Equal(CareerStep.ArbetsledareOchChef, decision.Step);
        Assert.Equal(0, decision.CompletedYears);
        Assert.Null(decision.NextStep);
        Assert.Null(decision.NextStepDate);
        Assert.Equal(
            [
                $"eligible_by_role: {named}: supervisors and managers are in Arbetsledare och chef whatever their years in the profession (0 completed years)",
                "step_open: Arbetsledare och chef has been open in the region since 2022-09-01",
            ],
            Lines(decision));
    }

    [Theory]
    [Rule("STEP-4")]
    [InlineData("arbetsledare")]
    [InlineData("chef")]
    public void Supervisors_and_managers_are_in_step_4_with_30_completed_years(string role)
    {
        EligibilityDecision decision = InNorrbotten(Someone(Role.FromCode(role), "1994-05-01"));
        Assert.Equal(CareerStep.ArbetsledareOchChef, decision.Step);
        Assert.Equal(30, decision.CompletedYears);
        Assert.Null(decision.NextStep);
        Assert.Null(decision.NextStepDate);
        Assert.Equal("eligible_by_role", decision.Reasons[0].Code.Code);
        Assert.EndsWith("(30 completed years)", decision.Reasons[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("STEP-4")]
    public void A_manager_with_one_completed_year_is_told_so_in_the_singular()
    {
        EligibilityDecision decision = National(Someone(Role.Chef, "2023-05-01", workArea: PersonWorkArea.Of(WorkArea.Utredning)));
        Assert.Equal(CareerStep.ArbetsledareOchChef, decision.Step);
        Assert.Equal(
            "Chef (chef): supervisors and managers are in Arbetsledare och chef whatever their years in the profession (1 completed year)",
            decision.Reasons[0].Message);
    }

    [Fact]
    [Rule("STEP-4")]
    public void A_manager_who_is_not_yet_in_the_profession_is_not_eligible()
    {
        EligibilityDecision decision = National(Someone(Role.Chef, "2024-05-02"));
        Assert.False(decision.IsEligible);
        Assert.Equal(["not_yet_in_profession"], Codes(decision));
    }

    [Theory]
    [Rule("STEP-5")]
    [InlineData("mottagning")]
    [InlineData("utredning")]
    [InlineData("uppfoljning")]
    public void A_social_secretary_in_each_national_work_area_is_in_the_target_group(string area)
    {
        Person person = Someone(Role.Socialsekreterare, "2020-01-01", workArea: PersonWorkArea.Of(WorkArea.FromCode(area)));
        Assert.Equal(CareerStep.Van, National(person).Step);
        Assert.Equal(CareerStep.Van, InNorrbotten(person).Step);
    }

    [Fact]
    [Rule("STEP-5")]
    public void Foster_care_is_in_the_target_group_in_Norrbotten_but_not_nationally()
    {
        Person person = Someone(Role.Socialsekreterare, "2020-01-01", workArea: PersonWorkArea.Of(WorkArea.Familjehem));
        Assert.Equal(CareerStep.Van, InNorrbotten(person).Step);

        EligibilityDecision national = National(person);
        Assert.False(national.IsEligible);
        Assert.Null(national.Step);
        Assert.Equal(
            ["work_area_outside_target_group: The work area familjehem is outside the target group, whose work areas are mottagning, utredning, uppfoljning"],
            Lines(national));
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_social_secretary_with_no_work_area_is_not_eligible()
    {
        EligibilityDecision decision = InNorrbotten(Someone(Role.Socialsekreterare, "2020-01-01"));
        Assert.False(decision.IsEligible);
        Assert.Equal(4, decision.CompletedYears);
        Assert.Equal(
            ["work_area_missing: No work area was given, and a socialsekreterare must work in one of the target group's work areas: mottagning, utredning, uppfoljning, familjehem"],
            Lines(decision));
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_social_secretary_in_any_other_work_area_is_outside_the_target_group()
    {
        EligibilityDecision decision = InNorrbotten(Someone(Role.Socialsekreterare, "2020-01-01", workArea: PersonWorkArea.Other("ekonomiskt bistånd")));
        Assert.False(decision.IsEligible);
        Assert.Equal(
            ["work_area_outside_target_group: The work area ekonomiskt bistånd is outside the target group, whose work areas are mottagning, utredning, uppfoljning, familjehem"],
            Lines(decision));
    }

    [Theory]
    [Rule("STEP-5")]
    [InlineData("arbetsledare")]
    [InlineData("chef")]
    public void A_supervisor_or_manager_needs_no_work_area(string role) =>
        Assert.Equal(CareerStep.ArbetsledareOchChef, National(Someone(Role.FromCode(role), "2020-01-01")).Step);

    [Theory]
    [Rule("STEP-5")]
    [InlineData("arbetsledare", "familjehem")]
    [InlineData("chef", "familjehem")]
    [InlineData("chef", "ekonomi")]
    public void A_work_area_a_supervisor_or_manager_does_give_must_be_in_the_target_group(string role, string area)
    {
        EligibilityDecision decision = National(Someone(Role.FromCode(role), "2020-01-01", workArea: PersonWorkArea.FromText(area)));
        Assert.False(decision.IsEligible);
        Assert.Equal(
            [$"work_area_outside_target_group: The work area {area} is outside the target group, whose work areas are mottagning, utredning, uppfoljning"],
            Lines(decision));
        Assert.Equal(CareerStep.ArbetsledareOchChef, National(Someone(Role.FromCode(role), "2020-01-01", workArea: PersonWorkArea.Of(WorkArea.Mottagning))).Step);
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_role_outside_the_target_group_is_not_eligible_even_when_the_policy_does_not_exclude_it()
    {
        var policy = new EligibilityPolicy([WorkArea.Utredning], [], [], EligibilityPolicy.National.StepOpenings);
        EligibilityDecision decision = Eligibility.Decide(Someone(Role.Administrativ, "2020-01-01", workArea: PersonWorkArea.Of(WorkArea.Utredning)), policy, AsOf);
        Assert.False(decision.IsEligible);
        Assert.Equal(
            ["role_outside_target_group: Administrativ personal (administrativ) is not a role of the target group, which is social secretaries, supervisors and managers"],
            Lines(decision));
    }

    [Theory]
    [Rule("STEP-6")]
    [InlineData("hogre-chef", "Högre chef (hogre-chef)")]
    [InlineData("administrativ", "Administrativ personal (administrativ)")]
    [InlineData("politiker", "Politiker (politiker)")]
    public void Every_excluded_role_is_not_eligible_with_its_reason_and_never_a_step(string role, string named)
    {
        foreach (EligibilityDecision decision in new[] { National(Someone(Role.FromCode(role), "2010-01-01")), InNorrbotten(Someone(Role.FromCode(role), "2010-01-01")) })
        {
            Assert.False(decision.IsEligible);
            Assert.Null(decision.Step);
            Assert.Null(decision.NextStep);
            Assert.Null(decision.NextStepDate);
            Assert.False(decision.IsOpenInRegion);
            Assert.Null(decision.StepOpening);
            Assert.Equal([$"role_excluded: {named} is a role the region's policy does not cover"], Lines(decision));
        }
    }

    [Fact]
    [Rule("STEP-6")]
    public void The_work_area_of_a_role_outside_the_target_group_is_not_looked_at()
    {
        Assert.Equal(["role_excluded"], Codes(National(Someone(Role.Politiker, "2010-01-01", workArea: PersonWorkArea.Other("kommunstyrelsen")))));
        Assert.Equal(["role_excluded"], Codes(National(Someone(Role.Administrativ, "2010-01-01", workArea: PersonWorkArea.Of(WorkArea.Utredning)))));
    }

    [Fact]
    [Rule("STEP-6")]
    public void An_employee_of_another_employer_is_not_eligible_with_its_reason()
    {
        EligibilityDecision decision = InNorrbotten(Someone(Role.Socialsekreterare, "2010-01-01", EmployerKind.Annan, PersonWorkArea.Of(WorkArea.Utredning)));
        Assert.False(decision.IsEligible);
        Assert.Null(decision.Step);
        Assert.Equal(14, decision.CompletedYears);
        Assert.Equal(["employer_excluded: Annan arbetsgivare (annan) is an employer the region's policy does not cover: the journey is for municipal staff"], Lines(decision));
    }

    [Fact]
    [Rule("STEP-6")]
    public void A_manager_at_another_employer_is_not_in_step_4()
    {
        EligibilityDecision decision = National(Someone(Role.Chef, "2010-01-01", EmployerKind.Annan));
        Assert.False(decision.IsEligible);
        Assert.Equal(["employer_excluded"], Codes(decision));
    }

    [Fact]
    [Rule("STEP-6")]
    public void Another_employer_that_the_policy_does_not_exclude_is_covered()
    {
        var policy = new EligibilityPolicy([WorkArea.Utredning], [Role.Politiker], [], EligibilityPolicy.National.StepOpenings);
        EligibilityDecision decision = Eligibility.Decide(Someone(Role.Socialsekreterare, "2010-01-01", EmployerKind.Annan, PersonWorkArea.Of(WorkArea.Utredning)), policy, AsOf);
        Assert.Equal(CareerStep.Erfaren, decision.Step);
    }

    [Theory]
    [Rule("STEP-6")]
    [InlineData("hogre-chef")]
    [InlineData("administrativ")]
    [InlineData("politiker")]
    public void An_excluded_role_at_an_excluded_employer_gets_both_reasons(string role)
    {
        EligibilityDecision decision = InNorrbotten(Someone(Role.FromCode(role), "2010-01-01", EmployerKind.Annan));
        Assert.False(decision.IsEligible);
        Assert.Equal(["role_excluded", "employer_excluded"], Codes(decision));
        Assert.Equal(14, decision.CompletedYears);
    }
}
