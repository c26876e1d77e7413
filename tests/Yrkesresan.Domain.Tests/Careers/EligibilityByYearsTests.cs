using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Domain.Tests.Careers.EligibilityExamples;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-2, STEP-3: a social secretary's step by completed years, on both sides of every boundary.</summary>
public class EligibilityByYearsTests
{
    private static EligibilityDecision Decide(Person person, string asOf) => Eligibility.Decide(person, EligibilityPolicy.National, D(asOf));

    [Fact]
    [Rule("STEP-2")]
    public void A_social_secretary_on_the_first_day_in_the_profession_is_Ny_with_no_completed_years()
    {
        EligibilityDecision decision = Decide(SocialSecretary("2022-03-01"), "2022-03-01");
        Assert.True(decision.IsEligible);
        Assert.Equal(CareerStep.Ny, decision.Step);
        Assert.Equal(0, decision.CompletedYears);
        Assert.Equal(CareerStep.Van, decision.NextStep);
        Assert.Equal(D("2024-03-01"), decision.NextStepDate);
    }

    [Fact]
    [Rule("STEP-2")]
    public void A_social_secretary_one_day_before_the_second_anniversary_is_Ny()
    {
        EligibilityDecision decision = Decide(SocialSecretary("2022-03-01"), "2024-02-29");
        Assert.Equal(CareerStep.Ny, decision.Step);
        Assert.Equal(1, decision.CompletedYears);
        Assert.Equal(D("2024-03-01"), decision.NextStepDate);
    }

    [Fact]
    [Rule("STEP-2")]
    public void A_social_secretary_with_exactly_two_completed_years_is_Van()
    {
        EligibilityDecision decision = Decide(SocialSecretary("2022-03-01"), "2024-03-01");
        Assert.Equal(CareerStep.Van, decision.Step);
        Assert.Equal(2, decision.CompletedYears);
        Assert.Equal(CareerStep.Erfaren, decision.NextStep);
        Assert.Equal(D("2027-03-01"), decision.NextStepDate);
    }

    [Fact]
    [Rule("STEP-2")]
    public void A_social_secretary_one_day_before_the_fifth_anniversary_is_Van()
    {
        EligibilityDecision decision = Decide(SocialSecretary("2022-03-01"), "2027-02-28");
        Assert.Equal(CareerStep.Van, decision.Step);
        Assert.Equal(4, decision.CompletedYears);
        Assert.Equal(D("2027-03-01"), decision.NextStepDate);
    }

    [Fact]
    [Rule("STEP-2")]
    public void A_social_secretary_with_exactly_five_completed_years_is_Erfaren_with_no_next_step()
    {
        EligibilityDecision decision = Decide(SocialSecretary("2022-03-01"), "2027-03-01");
        Assert.Equal(CareerStep.Erfaren, decision.Step);
        Assert.Equal(5, decision.CompletedYears);
        Assert.Null(decision.NextStep);
        Assert.Null(decision.NextStepDate);
    }

    [Theory]
    [Rule("STEP-2")]
    [InlineData("2022-02-27", "Ny", 1)]
    [InlineData("2022-02-28", "Van", 2)]
    [InlineData("2025-02-27", "Van", 4)]
    [InlineData("2025-02-28", "Erfaren", 5)]
    public void A_29_February_start_moves_on_to_the_next_step_on_28_February_in_a_year_that_is_not_a_leap_year(string asOf, string step, int years)
    {
        EligibilityDecision decision = Decide(SocialSecretary("2020-02-29"), asOf);
        Assert.Equal(CareerStep.FromCode(step), decision.Step);
        Assert.Equal(years, decision.CompletedYears);
    }

    [Fact]
    [Rule("STEP-2")]
    public void A_29_February_start_is_told_that_Van_begins_on_28_February()
    {
        Assert.Equal(D("2022-02-28"), Decide(SocialSecretary("2020-02-29"), "2020-02-29").NextStepDate);
        Assert.Equal(D("2025-02-28"), Decide(SocialSecretary("2020-02-29"), "2024-02-29").NextStepDate);
    }

    [Fact]
    [Rule("STEP-3")]
    public void Time_at_several_employers_in_several_municipalities_adds_up()
    {
        // 2021-01-01..2021-12-31 in Luleå (365 days), 2023-01-01.. in Piteå: on 2024-01-01 that is 365 + 366 days.
        Person person = SocialSecretary("2023-01-01", "2021-01-01..2021-12-31");
        EligibilityDecision before = Decide(person, "2023-12-31");
        Assert.Equal(CareerStep.Ny, before.Step);
        Assert.Equal(1, before.CompletedYears);
        Assert.Equal(D("2024-01-01"), before.NextStepDate);

        EligibilityDecision on = Decide(person, "2024-01-01");
        Assert.Equal(CareerStep.Van, on.Step);
        Assert.Equal(2, on.CompletedYears);
        Assert.Equal(D("2027-01-01"), on.NextStepDate);
    }

    [Fact]
    [Rule("STEP-3")]
    public void Overlapping_periods_at_two_employers_count_once()
    {
        // Two part-time jobs at once: 2022-03-01.. and 2022-06-01..2023-06-01 add no days.
        Person twoJobs = SocialSecretary("2022-03-01", "2022-06-01..2023-06-01");
        Person oneJob = SocialSecretary("2022-03-01");
        foreach (string asOf in new[] { "2024-02-29", "2024-03-01", "2027-02-28", "2027-03-01" })
        {
            EligibilityDecision decision = Decide(twoJobs, asOf);
            EligibilityDecision single = Decide(oneJob, asOf);
            Assert.Equal(single.Step, decision.Step);
            Assert.Equal(single.CompletedYears, decision.CompletedYears);
            Assert.Equal(single.NextStepDate, decision.NextStepDate);
        }
    }

    [Fact]
    [Rule("STEP-3")]
    public void Touching_periods_count_as_one_continuous_period()
    {
        Person person = SocialSecretary("2022-03-01..2022-12-31", "2023-01-01..2023-08-31", "2023-09-01");
        Assert.Equal(CareerStep.Ny, Decide(person, "2024-02-29").Step);
        Assert.Equal(CareerStep.Van, Decide(person, "2024-03-01").Step);
        Assert.Equal(D("2027-03-01"), Decide(person, "2024-03-01").NextStepDate);
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_gap_between_periods_does_not_count_and_moves_the_next_step_on()
    {
        // 2020-03-01..2021-02-28 is 365 days; back from 2022-03-01 on, the next 365 days make 2 years on 2023-03-01.
        Person person = SocialSecretary("2020-03-01..2021-02-28", "2022-03-01");
        EligibilityDecision decision = Decide(person, "2022-03-01");
        Assert.Equal(CareerStep.Ny, decision.Step);
        Assert.Equal(1, decision.CompletedYears);
        Assert.Equal(D("2023-03-01"), decision.NextStepDate);
        Assert.Equal(CareerStep.Van, Decide(person, "2023-03-01").Step);
    }

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
