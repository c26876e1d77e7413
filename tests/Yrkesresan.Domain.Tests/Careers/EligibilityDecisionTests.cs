using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Domain.Tests.Careers.EligibilityExamples;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-7, STEP-8: what a decision says, with exact messages, and whether the step is open in the region.</summary>
public class EligibilityDecisionTests
{
    private static EligibilityDecision InNorrbotten(Person person, string asOf) => Eligibility.Decide(person, Norrbotten.Region, D(asOf));

    [Fact]
    [Rule("STEP-7")]
    public void A_decision_for_Van_gives_the_day_Erfaren_begins()
    {
        EligibilityDecision decision = InNorrbotten(SocialSecretary("2021-03-01"), "2024-05-01");
        Assert.Equal(D("2024-05-01"), decision.AsOf);
        Assert.True(decision.IsEligible);
        Assert.Equal(CareerStep.Van, decision.Step);
        Assert.Equal(3, decision.CompletedYears);
        Assert.Equal(CareerStep.Erfaren, decision.NextStep);
        Assert.Equal(D("2026-03-01"), decision.NextStepDate);
        Assert.True(decision.IsOpenInRegion);
        Assert.Equal(D("2023-01-01"), decision.StepOpening);
        Assert.Equal(
            [
                "eligible_by_years: 3 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2026-03-01",
                "step_open: Van has been open in the region since 2023-01-01",
            ],
            Lines(decision));
    }

    [Fact]
    [Rule("STEP-7")]
    public void A_decision_for_Ny_gives_the_day_Van_begins()
    {
        EligibilityDecision decision = InNorrbotten(SocialSecretary("2023-09-15"), "2024-05-01");
        Assert.Equal(CareerStep.Ny, decision.Step);
        Assert.Equal(CareerStep.Van, decision.NextStep);
        Assert.Equal(D("2025-09-15"), decision.NextStepDate);
        Assert.Equal(
            [
                "eligible_by_years: 0 completed years in the profession: Ny (0 to 2 years); Van begins on 2025-09-15",
                "step_open: Ny has been open in the region since 2022-10-01",
            ],
            Lines(decision));
        Assert.Equal(
            "1 completed year in the profession: Ny (0 to 2 years); Van begins on 2025-09-15",
            InNorrbotten(SocialSecretary("2023-09-15"), "2024-09-15").Reasons[0].Message);
    }

    [Fact]
    [Rule("STEP-7")]
    public void A_decision_for_Erfaren_has_no_next_step()
    {
        EligibilityDecision decision = InNorrbotten(SocialSecretary("2010-01-01"), "2024-05-01");
        Assert.Equal(CareerStep.Erfaren, decision.Step);
        Assert.Equal(14, decision.CompletedYears);
        Assert.Null(decision.NextStep);
        Assert.Null(decision.NextStepDate);
        Assert.Equal(
            [
                "eligible_by_years: 14 completed years in the profession: Erfaren (5 years or more)",
                "step_open: Erfaren has been open in the region since 2023-11-01",
            ],
            Lines(decision));
    }

    [Fact]
    [Rule("STEP-7")]
    public void A_decision_explains_itself_in_a_few_lines()
    {
        EligibilityDecision eligible = InNorrbotten(SocialSecretary("2021-03-01"), "2024-05-01");
        Assert.Equal(
            "Eligible on 2024-05-01 for Van, open in the region\n"
            + "  eligible_by_years: 3 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2026-03-01\n"
            + "  step_open: Van has been open in the region since 2023-01-01",
            eligible.Explain());
        Assert.Equal(eligible.Explain(), eligible.ToString());

        EligibilityDecision refused = InNorrbotten(Someone(Role.HogreChef, "2010-01-01", EmployerKind.Annan), "2024-05-01");
        Assert.Equal(
            "Not eligible on 2024-05-01\n"
            + "  role_excluded: Högre chef (hogre-chef) is a role the region's policy does not cover\n"
            + "  employer_excluded: Annan arbetsgivare (annan) is an employer the region's policy does not cover: the journey is for municipal staff",
            refused.ToString());
    }

    [Fact]
    [Rule("STEP-7")]
    public void Every_reason_that_applies_is_given_at_once_in_a_fixed_order()
    {
        EligibilityDecision socialSecretary = Eligibility.Decide(
            new Person(Role.Socialsekreterare, EmployerKind.Annan, History("2025-01-01")),
            EligibilityPolicy.National,
            D("2024-05-01"));
        Assert.Equal(
            [
                "employer_excluded: Annan arbetsgivare (annan) is an employer the region's policy does not cover: the journey is for municipal staff",
                "work_area_missing: No work area was given, and a socialsekreterare must work in one of the target group's work areas: mottagning, utredning, uppfoljning",
                "not_yet_in_profession: No day in the profession on or before 2024-05-01: the first period starts on 2025-01-01",
            ],
            Lines(socialSecretary));

        EligibilityDecision politician = Eligibility.Decide(
            new Person(Role.Politiker, EmployerKind.Annan, History("2025-01-01")),
            EligibilityPolicy.National,
            D("2024-05-01"));
        Assert.Equal(["role_excluded", "employer_excluded", "not_yet_in_profession"], Codes(politician));

        EligibilityDecision manager = Eligibility.Decide(
            new Person(Role.Chef, EmployerKind.Annan, History("2025-01-01"), PersonWorkArea.Other("ekonomi")),
            EligibilityPolicy.National,
            D("2024-05-01"));
        Assert.Equal(["employer_excluded", "work_area_outside_target_group", "not_yet_in_profession"], Codes(manager));
    }

    [Fact]
    [Rule("STEP-7")]
    public void The_next_step_date_is_given_up_to_the_last_day_of_the_calendar_and_not_after_it()
    {
        EligibilityDecision last = Eligibility.Decide(SocialSecretary("9997-12-31"), EligibilityPolicy.National, D("9998-06-01"));
        Assert.Equal(LocalDate.MaxIsoValue, last.NextStepDate);

        EligibilityDecision beyond = Eligibility.Decide(SocialSecretary("9998-01-01"), EligibilityPolicy.National, D("9998-06-01"));
        Assert.Equal(CareerStep.Ny, beyond.Step);
        Assert.Equal(CareerStep.Van, beyond.NextStep);
        Assert.Null(beyond.NextStepDate);
        Assert.Equal(
            "0 completed years in the profession: Ny (0 to 2 years); Van would begin after 9999-12-31, the end of the calendar",
            beyond.Reasons[0].Message);
    }

    [Fact]
    [Rule("STEP-7")]
    public void A_decision_cannot_be_asked_about_nothing_or_in_another_calendar()
    {
        Person person = SocialSecretary("2020-01-01");
        LocalDate asOf = D("2024-05-01");
        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => Eligibility.Decide(null!, EligibilityPolicy.National, asOf)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Eligibility.Decide(person, (EligibilityPolicy)null!, asOf)).ParamName);
        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => Eligibility.Decide(null!, Norrbotten.Region, asOf)).ParamName);
        Assert.Equal("region", Assert.Throws<ArgumentNullException>(() => Eligibility.Decide(person, (Region)null!, asOf)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => Eligibility.Decide(person, EligibilityPolicy.National, new LocalDate(2024, 5, 1, CalendarSystem.Julian)));
        Assert.Equal("asOf", error.ParamName);
        Assert.StartsWith("An eligibility decision is for a day in the ISO calendar, not the Julian calendar.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("STEP-8")]
    public void In_Norrbotten_Erfaren_is_not_open_on_31_October_2023_and_is_open_on_1_November_2023()
    {
        Person person = SocialSecretary("2018-01-01");
        EligibilityDecision before = InNorrbotten(person, "2023-10-31");
        Assert.True(before.IsEligible);
        Assert.Equal(CareerStep.Erfaren, before.Step);
        Assert.False(before.IsOpenInRegion);
        Assert.Equal(D("2023-11-01"), before.StepOpening);
        Assert.Equal("step_not_open_yet: Erfaren is not open in the region on 2023-10-31: it opens on 2023-11-01", before.Reasons[^1].ToString());
        Assert.StartsWith("Eligible on 2023-10-31 for Erfaren, not open in the region yet\n", before.Explain(), StringComparison.Ordinal);

        EligibilityDecision on = InNorrbotten(person, "2023-11-01");
        Assert.True(on.IsOpenInRegion);
        Assert.Equal("step_open: Erfaren has been open in the region since 2023-11-01", on.Reasons[^1].ToString());
    }

    [Theory]
    [Rule("STEP-8")]
    [InlineData("socialsekreterare", "2022-09-30", "2022-10-01")]
    [InlineData("arbetsledare", "2022-08-31", "2022-09-01")]
    [InlineData("chef", "2022-08-31", "2022-09-01")]
    public void In_Norrbotten_each_step_opens_on_its_day_of_the_plan(string role, string dayBefore, string openingDay)
    {
        Person person = Someone(Role.FromCode(role), "2022-01-01", workArea: PersonWorkArea.Of(WorkArea.Familjehem));
        Assert.False(InNorrbotten(person, dayBefore).IsOpenInRegion);
        Assert.Equal(D(openingDay), InNorrbotten(person, dayBefore).StepOpening);
        Assert.True(InNorrbotten(person, openingDay).IsOpenInRegion);
    }

    [Fact]
    [Rule("STEP-8")]
    public void A_step_with_no_opening_date_is_the_person_s_step_but_not_open()
    {
        EligibilityPolicy policy = PolicyOpening(D("2022-01-01"), D("2022-01-01"), null, null);
        EligibilityDecision decision = Eligibility.Decide(SocialSecretary("2010-01-01"), policy, D("2024-05-01"));
        Assert.Equal(CareerStep.Erfaren, decision.Step);
        Assert.False(decision.IsOpenInRegion);
        Assert.Null(decision.StepOpening);
        Assert.Equal("step_has_no_opening_date: Erfaren is not open in the region: it has no opening date yet", decision.Reasons[^1].ToString());
        Assert.StartsWith("Eligible on 2024-05-01 for Erfaren, not open in the region\n", decision.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    [Rule("STEP-8")]
    public void Before_Norrbotten_s_first_policy_there_is_no_decision()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => InNorrbotten(SocialSecretary("2020-01-01"), "2021-06-30"));
        Assert.StartsWith("Norrbotten has no eligibility policy on 2021-06-30: its first eligibility policy is valid from 2021-07-01.", error.Message, StringComparison.Ordinal);

        EligibilityDecision first = InNorrbotten(SocialSecretary("2020-01-01"), "2021-07-01");
        Assert.Equal(CareerStep.Ny, first.Step);
        Assert.False(first.IsOpenInRegion);
        Assert.Equal("step_not_open_yet: Ny is not open in the region on 2021-07-01: it opens on 2022-10-01", first.Reasons[^1].ToString());
    }

    [Fact]
    [Rule("STEP-8")]
    public void A_region_decision_uses_the_policy_in_force_on_the_as_of_date()
    {
        Person person = SocialSecretary("2021-03-01");
        LocalDate asOf = D("2024-05-01");
        Assert.Equal(
            Lines(Eligibility.Decide(person, Norrbotten.Region.EligibilityOn(asOf), asOf)),
            Lines(Eligibility.Decide(person, Norrbotten.Region, asOf)));
    }

    [Fact]
    [Rule("STEP-8")]
    public void A_person_who_is_not_eligible_is_never_open_in_the_region()
    {
        EligibilityDecision decision = InNorrbotten(Someone(Role.Politiker, "2010-01-01"), "2024-05-01");
        Assert.False(decision.IsOpenInRegion);
        Assert.Null(decision.StepOpening);
        Assert.DoesNotContain(decision.Reasons, r => r.Code == EligibilityReasonCode.StepOpen);
    }
}
