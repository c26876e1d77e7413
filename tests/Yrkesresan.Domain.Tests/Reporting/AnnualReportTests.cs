using System.Collections.Immutable;
using FsCheck.Fluent;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Reporting;
using Yrkesresan.Domain.Settlement;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.Reporting;

/// <summary>
/// REPORT-1: the annual report of a region and year is built from the library's own results: the activity
/// counted in the ledger, the economy and the appendix from the year-end settlement, the goals and
/// availability from the follow-up when the survey's answers are given. The example year is checked
/// against figures worked out from the ledger file and the plan alone (<see cref="ExampleYearModel"/>).
/// </summary>
public class AnnualReportTests
{
    private static readonly Lazy<Ledger> Example = new(ExampleLedger);

    private static AnnualReport Example2023(FollowUpEvaluation? followUp = null) => AnnualReport.Of(Example.Value, 2023, followUp);

    [Fact]
    [Rule("REPORT-1")]
    public void The_example_year_s_activity_is_an_independent_count_of_the_ledger_file()
    {
        ExampleYearModel model = ExampleYearModel.Of(2023);
        ReportActivity activity = Example2023().Activity;
        Assert.Equal(
            (model.Occasions, model.OnSiteDays, model.DigitalDays, model.OnSiteDays + model.DigitalDays, model.ParticipantDays, model.Participants, model.ParticipantsWithoutStep, model.MunicipalTrainers, model.TrainerDays),
            ((long)activity.Occasions, activity.OnSiteCourseDays, activity.DigitalCourseDays, activity.CourseDays, activity.ParticipantDays, activity.Participants, activity.ParticipantsWithoutStep, activity.MunicipalTrainers, activity.TrainerDays));
        StepParticipants ny = Assert.Single(activity.ParticipantsByStep);
        Assert.Equal((CareerStep.Ny, model.NyParticipants), (ny.Step, ny.Participants));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_example_year_s_economy_is_an_independent_computation_from_the_plan_s_fee_and_populations()
    {
        ExampleYearModel model = ExampleYearModel.Of(2023);
        ReportEconomy economy = Example2023().Economy;
        Assert.Equal(
            (model.Fixed, model.FixedFirstHalf, model.FixedSecondHalf, model.Fees, model.Pot, model.Pot, 0L, model.Fixed + model.Fees, model.Fixed + model.Fees - model.Pot),
            (economy.FixedCost.WholeKronor, economy.FixedCostFirstHalf.WholeKronor, economy.FixedCostSecondHalf.WholeKronor, economy.VariableFees.WholeKronor, economy.PotCollected.WholeKronor, economy.PotPaidOut.WholeKronor, economy.PotUndistributed.WholeKronor, economy.TotalInvoiced.WholeKronor, economy.Net.WholeKronor));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_example_year_s_report_has_the_figures_of_the_worked_example()
    {
        AnnualReport report = Example2023();
        Assert.Equal(("Norrbotten", 2023), (report.Region.Name, report.Year));
        ReportActivity a = report.Activity;

        // docs/worked-example-settlement.md: six occasions in 2023, 58 participant days, 10 trainer days.
        Assert.Equal((new NodaTime.LocalDate(2023, 2, 7), new NodaTime.LocalDate(2023, 12, 28)), (a.FirstCourseDay, a.LastCourseDay));
        Assert.Equal((6, 5L, 2L, 58L, 50L, 37L, 13L, 9L, 10L), (a.Occasions, a.OnSiteCourseDays, a.DigitalCourseDays, a.ParticipantDays, a.Participants, a.ParticipantsByStep[0].Participants, a.ParticipantsWithoutStep, a.MunicipalTrainers, a.TrainerDays));
        ReportEconomy e = report.Economy;
        Assert.Equal(
            ("950 000 kr", "475 003 kr", "474 997 kr", "63 950 kr", "19 600 kr", "19 600 kr", "0 kr", "1 013 950 kr", "994 350 kr"),
            (e.FixedCost.ToString(), e.FixedCostFirstHalf.ToString(), e.FixedCostSecondHalf.ToString(), e.VariableFees.ToString(), e.PotCollected.ToString(), e.PotPaidOut.ToString(), e.PotUndistributed.ToString(), e.TotalInvoiced.ToString(), e.Net.ToString()));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_appendix_is_the_settlement_every_municipality_in_code_order_with_its_participant_days_as_counted_from_the_file()
    {
        AnnualReport report = Example2023();
        YearEndSettlement settlement = YearEndSettlement.Of(Example.Value, 2023);
        Assert.Equal(settlement.Municipalities.ToArray(), report.Municipalities.ToArray());
        Assert.Same(report.Settlement.Municipalities[0], report.Municipalities[0]);
        Assert.Equal([.. report.Municipalities.Select(m => m.Code).Order()], report.Municipalities.Select(m => m.Code));
        Assert.Equal(
            ExampleYearModel.Of(2023).ParticipantDaysOf.OrderBy(p => p.Key),
            report.Municipalities.Where(m => m.ParticipantDays > 0).Select(m => KeyValuePair.Create(m.Code.ToString(), m.ParticipantDays)));
        Assert.Equal(report.Economy.FixedCost, Sek.Sum(report.Municipalities.Select(m => m.FixedCost)));
        Assert.Equal(report.Economy.PotPaidOut, Sek.Sum(report.Municipalities.Select(m => m.PotPayout)));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void An_occasion_across_New_Year_is_in_the_activity_of_both_years_with_the_days_of_each()
    {
        ExampleYearModel model = ExampleYearModel.Of(2024);
        ReportActivity activity = AnnualReport.Of(Example.Value, 2024).Activity;

        // 2023-fordjupning-2: 3 January 2024, digital; Kiruna 3 and Boden 2; a Kiruna and a Luleå trainer.
        Assert.Equal(new NodaTime.LocalDate(2024, 1, 3), activity.FirstCourseDay);
        Assert.Equal((1, 0L, 1L, 5L, 5L, 2L, 2L), (activity.Occasions, activity.OnSiteCourseDays, activity.DigitalCourseDays, activity.ParticipantDays, activity.Participants, activity.MunicipalTrainers, activity.TrainerDays));
        Assert.Equal((model.Occasions, model.ParticipantDays, model.MunicipalTrainers), ((long)activity.Occasions, activity.ParticipantDays, activity.MunicipalTrainers));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void A_course_has_a_known_step_only_on_the_route_of_exactly_one_step()
    {
        var catalogue = new CourseCatalogue(
            [new Course("a", "A", 1), new Course("b", "B", 1)],
            [new Route(CareerStep.Ny, ["a"], isComplete: false), new Route(CareerStep.Van, ["a", "b"])]);
        Region region = WithCatalogue(catalogue);
        Ledger ledger = new(region, [
            new CourseOccasion("on-two-routes", "a", [OnSite("2023-03-14")], [P("0001", 2)], []),
            new CourseOccasion("van", "b", [OnSite("2023-03-15")], [P("0002", 3)], []),
            new CourseOccasion("not-in-catalogue", "c", [OnSite("2023-03-16")], [P("0003", 4)], []),
        ]);
        ReportActivity activity = AnnualReport.Of(ledger, 2023).Activity;
        Assert.Equal([(CareerStep.Ny, 0L), (CareerStep.Van, 3L)], activity.ParticipantsByStep.Select(s => (s.Step, s.Participants)));
        Assert.Equal((9L, 6L), (activity.Participants, activity.ParticipantsWithoutStep));
        Assert.Equal("Van: 3", activity.ParticipantsByStep[1].ToString());
    }

    [Fact]
    [Rule("REPORT-1")]
    public void Without_answers_the_survey_is_missing_and_availability_is_read_from_the_membership_and_the_settlement()
    {
        AnnualReport report = Example2023();
        Assert.False(report.HasGoals);
        Assert.Null(report.FollowUp);
        Assert.Empty(report.Goals);
        Assert.Empty(report.GoalsByMunicipality);
        Assert.Empty(report.MunicipalityGoalRows);
        ReportAvailability availability = report.Availability;
        Assert.Null(availability.Goal);
        Assert.Null(availability.Status);
        Assert.Equal(("14/14", 14), (availability.Share.ToString(), availability.Members.Length));
        Assert.Empty(availability.NotTakingPart);
        Assert.Empty(availability.RegisteredNobody);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void A_member_that_registered_nobody_and_a_municipality_not_taking_part_are_named()
    {
        Region region = Testlan(memberships: [(2021, ["0001", "0002", "0003"]), (2023, ["0001", "0003"])]);
        Ledger ledger = new(region, [Occasion("o", [OnSite("2023-03-14")], [P("0001", 2)]), Occasion("p", [OnSite("2022-03-15")], [P("0003", 1)])]);
        ReportAvailability availability = AnnualReport.Of(ledger, 2023).Availability;
        Assert.Equal((3, "2/3"), (availability.MunicipalityCount, availability.Share.ToString()));
        Assert.Equal(["Ett", "Tre"], availability.Members.Select(m => m.Name));
        Assert.Equal(["Två"], availability.NotTakingPart.Select(m => m.Name));
        Assert.Equal(["Tre"], availability.RegisteredNobody.Select(m => m.Name));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void With_answers_each_goal_s_line_is_its_result_s_status_share_counted_answers_and_verdict()
    {
        FollowUpEvaluation followUp = NorrbottenSurvey.Evaluate(Example.Value, 2023);
        AnnualReport report = Example2023(followUp);
        Assert.True(report.HasGoals);
        Assert.Same(followUp, report.FollowUp);
        Assert.Equal(followUp.Goals, report.Goals.Select(g => g.Result));
        foreach (ReportGoal line in report.Goals)
        {
            Assert.Same(line.Result.Goal, line.Goal);
            Assert.Equal(line.Result.Status, line.Status);
            Assert.Equal(line.Result.Explain(), line.Explain());
            Assert.Equal(line.Result.ToString(), line.ToString());
            if (line.Result is SurveyGoalResult survey)
            {
                Assert.Equal((survey.Share, (long?)survey.Counted, survey.Verdict, survey.Interval, (int?)survey.ThresholdPercent), (line.Share, line.Counted, line.Verdict, line.Interval, line.ThresholdPercent));
            }
            else
            {
                Assert.Equal(((long?)null, (IntervalVerdict?)null, (WilsonInterval?)null, (int?)null), (line.Counted, line.Verdict, line.Interval, line.ThresholdPercent));
            }
        }

        Assert.Equal(
            ["1a not_met 6/8 8", "1b not_met 6/8 8", "1c not_met 6/8 8", "1d not_met 6/8 8", "2 met 10/12 12", "3 not_met 3/4 4", "4 not_evaluable - 0", "5 met 4/4 4", "6 met - -", "7 met 14/14 -"],
            report.Goals.Select(g => $"{g.Goal.Id} {g.Status.Code} {g.Share?.ToString() ?? "-"} {g.Counted?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void With_answers_availability_is_the_follow_up_s_goal_7_with_its_status()
    {
        FollowUpEvaluation followUp = NorrbottenSurvey.Evaluate(Example.Value, 2023);
        ReportAvailability availability = Example2023(followUp).Availability;
        var goal = (AvailabilityGoalResult)followUp.For("7");
        Assert.Same(goal, availability.Goal);
        Assert.Equal(GoalStatus.Met, availability.Status);
        Assert.Equal(goal.Members.ToArray(), availability.Members.ToArray());
        Assert.Equal(goal.RegisteredNobody.ToArray(), availability.RegisteredNobody.ToArray());
        Assert.Equal(goal.Share, availability.Share);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void An_availability_goal_evaluated_without_the_ledger_gives_way_to_the_membership_and_the_settlement()
    {
        FollowUpEvaluation withoutLedger = FollowUpEvaluation.Of(Example.Value.Region, FollowUp.Surveys.Norrbotten(), 2023, NorrbottenSurvey.Answers());
        ReportAvailability availability = Example2023(withoutLedger).Availability;
        Assert.Null(availability.Goal);
        Assert.Equal("14/14", availability.Share.ToString());
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_goals_by_municipality_have_a_row_for_each_municipality_then_one_for_those_who_did_not_say()
    {
        AnnualReport report = Example2023(NorrbottenSurvey.Evaluate(Example.Value, 2023));

        // Goal 4 has no counted answer anywhere, but the survey asks the municipality: it has a breakdown too.
        Assert.Equal(["1a", "1b", "1c", "1d", "2", "3", "4", "5"], report.GoalsByMunicipality.Select(g => g.Goal.Id));
        ImmutableArray<MunicipalityGoals> rows = report.MunicipalityGoalRows;
        Assert.Equal(15, rows.Length);
        Assert.Equal(report.Region.Municipalities, rows.Take(14).Select(r => r.Municipality!));
        Assert.Null(rows[^1].Municipality);
        MunicipalityGoals lulea = rows.Single(r => r.Municipality?.Name == "Luleå");
        Assert.Equal(["6/6", "6/6", "6/6", "6/6", "6/6", "-", "-", "-"], lulea.Shares.Select(s => s?.Share?.ToString() ?? "-"));
        Assert.Equal(["-", "-", "-", "-", "1/1", "0/1", "-", "1/1"], rows[^1].Shares.Select(s => s?.Share?.ToString() ?? "-"));
        for (int g = 0; g < report.GoalsByMunicipality.Length; g++)
        {
            Assert.Equal(report.GoalsByMunicipality[g].ByMunicipality, rows.Select(r => r.Shares[g]).OfType<MunicipalityShare>());
        }
    }

    [Fact]
    [Rule("REPORT-1")]
    public void A_survey_without_the_municipality_question_has_no_goals_by_municipality()
    {
        FollowUpPlan plan = FollowUp.Surveys.Plan(false, FollowUp.Surveys.SatisfactionGoal("2", "q2"));
        FollowUpEvaluation followUp = FollowUpEvaluation.Of(Example.Value.Region, plan, 2023, FollowUp.Surveys.Answers(("Chef", "Nöjd")), Example.Value);
        AnnualReport report = Example2023(followUp);
        Assert.Single(report.Goals);
        Assert.Empty(report.GoalsByMunicipality);
        Assert.Empty(report.MunicipalityGoalRows);
        Assert.Null(report.Availability.Goal);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void A_year_before_the_region_s_first_has_no_report()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnualReport.Of(Example.Value, Example.Value.Region.FirstYear - 1));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void On_random_ledgers_the_report_s_figures_are_the_settlement_s_and_add_up()
    {
        Properties.ForAll(
            from ledger in LedgerGenerators.Ledgers
            from year in Gen.Choose(LedgerGenerators.FirstYear, LedgerGenerators.LastYear)
            select (ledger, year),
            c =>
            {
                AnnualReport report = AnnualReport.Of(c.ledger, c.year);
                YearEndSettlement settlement = YearEndSettlement.Of(c.ledger, c.year);
                ReportActivity a = report.Activity;
                ReportEconomy e = report.Economy;
                Assert.Equal(settlement.ParticipantDays, a.ParticipantDays);
                Assert.Equal(settlement.TrainerDays, a.TrainerDays);
                Assert.Equal(a.Participants, a.ParticipantsByStep.Sum(s => s.Participants) + a.ParticipantsWithoutStep);
                Assert.Equal(c.ledger.Occasions.Count(o => o.Days.Any(d => d.Date.Year == c.year)), a.Occasions);
                Assert.Equal(c.ledger.Occasions.Sum(o => o.Days.Count(d => d.Date.Year == c.year)), a.CourseDays);
                NodaTime.LocalDate[] dates = [.. c.ledger.Occasions.SelectMany(o => o.Days).Select(d => d.Date).Where(d => d.Year == c.year).Order()];
                Assert.Equal(dates.Length == 0 ? (null, null) : ((NodaTime.LocalDate?)dates[0], (NodaTime.LocalDate?)dates[^1]), (a.FirstCourseDay, a.LastCourseDay));
                Assert.Equal(settlement.FixedCost.Total, e.FixedCostFirstHalf + e.FixedCostSecondHalf);
                Assert.Equal(settlement.FixedCost.Total + settlement.VariableFees, e.TotalInvoiced);
                Assert.Equal(e.PotCollected, e.PotPaidOut + e.PotUndistributed);
                Assert.Equal(settlement.Net, e.Net);
                Assert.Equal(e.TotalInvoiced - e.PotPaidOut, e.Net);
                Assert.Equal(
                    report.Availability.Members.Where(m => settlement.For(m.Code).ParticipantDays == 0),
                    report.Availability.RegisteredNobody);
            });
    }

    private static Region WithCatalogue(CourseCatalogue catalogue)
    {
        Region testlan = Testlan();
        return new Region(testlan.Name, testlan.Municipalities, testlan.FixedCosts, feeSchedules: testlan.FeeSchedules, catalogue: catalogue);
    }
}
