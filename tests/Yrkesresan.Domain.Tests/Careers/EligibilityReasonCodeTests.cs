using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-7: the reasons of a decision have stable snake_case codes that callers may rely on.</summary>
public class EligibilityReasonCodeTests
{
    [Fact]
    [Rule("STEP-7")]
    public void The_reason_codes_are_stable_and_in_the_order_a_decision_lists_them()
    {
        Assert.Equal(
            [
                "eligible_by_years", "eligible_by_role", "not_in_profession_on_as_of_date", "step_open", "step_not_open_yet", "step_has_no_opening_date",
                "role_excluded", "role_outside_target_group", "employer_excluded", "work_area_missing", "work_area_outside_target_group", "not_yet_in_profession",
            ],
            EligibilityReasonCode.List.OrderBy(c => c.Value).Select(c => c.Code));
        Assert.All(EligibilityReasonCode.List, c => Assert.Matches("^[a-z]+(_[a-z]+)*$", c.Code));
        Assert.Same(EligibilityReasonCode.WorkAreaMissing, EligibilityReasonCode.FromCode("work_area_missing"));
    }

    [Fact]
    [Rule("STEP-7")]
    public void Only_the_reasons_about_role_employer_work_area_and_start_make_a_person_not_eligible()
    {
        Assert.Equal(
            ["role_excluded", "role_outside_target_group", "employer_excluded", "work_area_missing", "work_area_outside_target_group", "not_yet_in_profession"],
            EligibilityReasonCode.List.Where(c => c.IsRefusal).OrderBy(c => c.Value).Select(c => c.Code));
    }

    [Fact]
    [Rule("STEP-7")]
    public void A_reason_prints_as_its_code_and_message_and_an_empty_one_as_nothing()
    {
        EligibilityReason reason = Eligibility.Decide(EligibilityExamples.SocialSecretary("2021-03-01"), EligibilityPolicy.National, EligibilityExamples.D("2024-05-01")).Reasons[1];
        Assert.Equal(EligibilityReasonCode.StepOpen, reason.Code);
        Assert.Equal("Van has been open in the region since 2021-05-10", reason.Message);
        Assert.Equal("step_open: Van has been open in the region since 2021-05-10", reason.ToString());
        Assert.Equal(string.Empty, default(EligibilityReason).Message);
        Assert.Equal(string.Empty, default(EligibilityReason).ToString());
    }

    [Fact]
    [Rule("STEP-7")]
    public void Two_reasons_are_equal_when_they_say_the_same()
    {
        EligibilityDecision first = Eligibility.Decide(EligibilityExamples.SocialSecretary("2021-03-01"), EligibilityPolicy.National, EligibilityExamples.D("2024-05-01"));
        EligibilityDecision again = Eligibility.Decide(EligibilityExamples.SocialSecretary("2021-03-01"), EligibilityPolicy.National, EligibilityExamples.D("2024-05-01"));
        EligibilityDecision later = Eligibility.Decide(EligibilityExamples.SocialSecretary("2021-03-01"), EligibilityPolicy.National, EligibilityExamples.D("2024-05-02"));
        Assert.Equal(first.Reasons.ToArray(), again.Reasons.ToArray());
        Assert.Equal(first.Reasons[0], later.Reasons[0]);
        Assert.NotEqual(first.Reasons[0], first.Reasons[1]);
        Assert.NotEqual(first.Reasons[0], Eligibility.Decide(EligibilityExamples.SocialSecretary("2021-03-02"), EligibilityPolicy.National, EligibilityExamples.D("2024-05-01")).Reasons[0]);
    }
}
