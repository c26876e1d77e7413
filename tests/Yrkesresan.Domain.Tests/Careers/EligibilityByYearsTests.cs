using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Domain.Tests.Careers.EligibilityExamples;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>
/// STEP-3: a social secretary out of the profession on the as-of date, between periods or not yet in it, with
/// every reason in full. The examples on both sides of each boundary (STEP-2) and of periods adding up (STEP-3)
/// are the Swedish scenarios of <c>Features/Steg/STEP-2 …</c> and <c>STEP-3 …</c>; the properties of
/// <see cref="EligibilityPropertyTests"/> hold the same code for every date.
/// </summary>
public class EligibilityByYearsTests
{
    private static EligibilityDecision Decide(Person person, string asOf) => Eligibility.Decide(person, EligibilityPolicy.National, D(asOf));

    [Fact]
    [Rule("STEP-3")]
    public void A_person_who_left_has_their_days_counted_back_from_the_as_of_date_and_no_next_step_date()
    {
        EligibilityDecision decision = Eligibility.Decide(SocialSecretary("2019-03-01..2022-05-31"), Norrbotten.Region, D("2024-05-01"));
        Assert.True(decision.IsEligible);
        Assert.Equal(CareerStep.Van, decision.Step);
        Assert.Equal(3, decision.CompletedYears);
        Assert.Null(decision.NextStep);
        Assert.Null(decision.NextStepDate);
        Assert.Equal(
            [
                "eligible_by_years: 3 completed years in the profession: Van (2 to 5 years)",
                "not_in_profession_on_as_of_date: Not in the profession on 2024-05-01 (last day in the profession 2022-05-31): "
                    + "the days in the profession are counted back from the as-of date, and the day Erfaren begins is not known until they return",
                "step_open: Van has been open in the region since 2023-01-01",
            ],
            Lines(decision));
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_person_between_two_periods_has_no_next_step_date_until_they_return()
    {
        // 2019-03-01..2020-03-01 is 367 days, one completed year; the next period starts after the as-of date.
        Person person = SocialSecretary("2019-03-01..2020-03-01", "2024-09-01");
        EligibilityDecision decision = Decide(person, "2024-05-01");
        Assert.Equal(CareerStep.Ny, decision.Step);
        Assert.Equal(1, decision.CompletedYears);
        Assert.Null(decision.NextStep);
        Assert.Null(decision.NextStepDate);
        Assert.Equal(
            "not_in_profession_on_as_of_date: Not in the profession on 2024-05-01 (last day in the profession 2020-03-01): "
                + "the days in the profession are counted back from the as-of date, and the day Van begins is not known until they return",
            decision.Reasons[1].ToString());

        EligibilityDecision back = Decide(person, "2024-09-01");
        Assert.Equal(D("2025-08-31"), back.NextStepDate);
        Assert.Equal(2, back.Reasons.Length);
    }

    [Fact]
    [Rule("STEP-3")]
    public void An_Erfaren_who_left_is_told_only_how_the_days_are_counted()
    {
        EligibilityDecision decision = Decide(SocialSecretary("2010-01-01..2020-12-31"), "2024-05-01");
        Assert.Equal(CareerStep.Erfaren, decision.Step);
        Assert.Equal(10, decision.CompletedYears);
        Assert.Equal(
            "not_in_profession_on_as_of_date: Not in the profession on 2024-05-01 (last day in the profession 2020-12-31): the days in the profession are counted back from the as-of date",
            decision.Reasons[1].ToString());
    }

    [Fact]
    [Rule("STEP-3")]
    public void Periods_after_the_as_of_date_add_nothing_to_the_decision()
    {
        EligibilityDecision withLater = Decide(SocialSecretary("2022-03-01", "2030-01-01..2031-01-01"), "2024-03-01");
        EligibilityDecision without = Decide(SocialSecretary("2022-03-01"), "2024-03-01");
        Assert.Equal(without.Step, withLater.Step);
        Assert.Equal(without.CompletedYears, withLater.CompletedYears);
        Assert.Equal(Lines(without), Lines(withLater));
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_person_whose_periods_all_start_after_the_as_of_date_is_not_yet_in_the_profession()
    {
        EligibilityDecision decision = Decide(SocialSecretary("2024-06-01..2024-12-31", "2025-06-01"), "2024-05-31");
        Assert.False(decision.IsEligible);
        Assert.Null(decision.Step);
        Assert.Equal(0, decision.CompletedYears);
        Assert.Equal(["not_yet_in_profession: No day in the profession on or before 2024-05-31: the first period starts on 2024-06-01"], Lines(decision));
        Assert.True(Decide(SocialSecretary("2024-06-01..2024-12-31", "2025-06-01"), "2024-06-01").IsEligible);
    }
}
