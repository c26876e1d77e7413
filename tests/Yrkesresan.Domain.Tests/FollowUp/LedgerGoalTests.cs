using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Settlement;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.FollowUp.Surveys;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.FollowUp;

/// <summary>
/// GOAL-2 and GOAL-5: goal 7 (available to every municipality) is met when every municipality takes part
/// in the year, the members that registered nobody named; goal 6 (trainers) is met when an employee of a
/// member municipality taught a course day in the year. Both read the ledger: without it they are not
/// evaluable, and say why.
/// </summary>
public class LedgerGoalTests
{
    private static readonly FollowUpPlan LedgerPlan = Plan(
        false,
        SatisfactionGoal("2", "q2"),
        new EffectGoal("6", "Att Yrkesresan erbjudit en möjlighet … att bli utbildare.", LedgerMeasure.Trainers),
        new EffectGoal("7", "Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.", LedgerMeasure.Availability));

    /// <summary>Testlän, with Två leaving in 2023.</summary>
    private static readonly Region WithoutTvaFrom2023 = Testlan(memberships: [(2021, ["0001", "0002", "0003"]), (2023, ["0001", "0003"])]);

    private static FollowUpEvaluation Evaluate(Region region, int year, Ledger? ledger) =>
        FollowUpEvaluation.Of(region, LedgerPlan, year, Answers(("Chef", "Nöjd")), ledger);

    private static AvailabilityGoalResult Availability(Region region, int year, Ledger? ledger) => (AvailabilityGoalResult)Evaluate(region, year, ledger).For("7");

    private static TrainerGoalResult Trainers(Region region, int year, Ledger? ledger) => (TrainerGoalResult)Evaluate(region, year, ledger).For("6");

    [Fact]
    [Rule("GOAL-2")]
    public void Every_municipality_taking_part_meets_availability_and_those_that_registered_nobody_are_named()
    {
        Region region = Testlan();
        Ledger ledger = new(region, [Occasion("o", [OnSite("2023-03-14")], [P("0001", 2), P("0002", 1)]), Occasion("p", [OnSite("2022-03-15")], [P("0003", 1)])]);
        AvailabilityGoalResult result = Availability(region, 2023, ledger);
        Assert.Equal(GoalStatus.Met, result.Status);
        Assert.Equal(["Ett", "Två", "Tre"], result.Members.Select(m => m.Name));
        Assert.Empty(result.NotTakingPart);
        Assert.Equal(["Tre"], result.RegisteredNobody.Select(m => m.Name));
        Assert.Equal("3/3", result.Share.ToString());
        Assert.Equal("met: all 3 municipalities of Testlän take part in 2023; registered nobody in the ledger: Tre", result.Explain());
        Assert.Equal("uppfyllt: alla 3 kommuner i Testlän deltar 2023; har inte anmält någon i liggaren: Tre", Culture.InSwedish(result.Explain));
    }

    [Fact]
    [Rule("GOAL-2")]
    public void Every_municipality_registering_leaves_nobody_to_name()
    {
        Region region = Testlan();
        Ledger ledger = new(region, [Occasion("o", [OnSite("2023-03-14")], [P("0001", 2), P("0002", 1), P("0003", 1)])]);
        Assert.Equal("met: all 3 municipalities of Testlän take part in 2023", Availability(region, 2023, ledger).Explain());
    }

    [Fact]
    [Rule("GOAL-2")]
    public void A_municipality_not_taking_part_in_the_year_fails_availability_and_is_named()
    {
        Ledger ledger = new(WithoutTvaFrom2023, [Occasion("o", [OnSite("2023-03-14")], [P("0001", 2)])]);
        AvailabilityGoalResult result = Availability(WithoutTvaFrom2023, 2023, ledger);
        Assert.Equal(GoalStatus.NotMet, result.Status);
        Assert.Equal(["Två"], result.NotTakingPart.Select(m => m.Name));
        Assert.Equal(["Tre"], result.RegisteredNobody.Select(m => m.Name));
        Assert.Equal("2/3", result.Share.ToString());
        Assert.Equal("not met: 2 of 3 municipalities of Testlän take part in 2023; not taking part: Två; registered nobody in the ledger: Tre", result.Explain());
        Assert.Equal("inte uppfyllt: 2 av 3 kommuner i Testlän deltar 2023; deltar inte: Två; har inte anmält någon i liggaren: Tre", Culture.InSwedish(result.Explain));
        Assert.Equal(GoalStatus.Met, Availability(WithoutTvaFrom2023, 2022, ledger).Status);
    }

    [Fact]
    [Rule("GOAL-5")]
    public void An_employee_of_a_member_municipality_teaching_a_course_day_meets_the_trainer_goal()
    {
        Region region = Testlan();
        Ledger ledger = new(region, [
            Occasion("o", [OnSite("2023-03-14"), Digital("2023-03-15")], [P("0001", 2)], [T("0001"), T("0001", "2023-03-15"), T("0002", "2023-03-14"), External()]),
            Occasion("p", [OnSite("2023-10-10")], [P("0003", 1)], [T("0002")]),
        ]);
        TrainerGoalResult result = Trainers(region, 2023, ledger);
        Assert.Equal(GoalStatus.Met, result.Status);
        Assert.Equal([("Ett", 2, 3L), ("Två", 2, 2L)], result.ByMunicipality.Select(m => (m.Municipality.Name, m.Trainers, m.TrainerDays)));
        Assert.Equal(4, result.Trainers);
        Assert.Equal(5, result.TrainerDays);
        Assert.Equal("met: employees of member municipalities taught 5 trainer day(s) in 2023: Ett 3, Två 2", result.Explain());
        Assert.Equal("uppfyllt: anställda i deltagande kommuner hade 5 utbildardag(ar) 2023: Ett 3, Två 2", Culture.InSwedish(result.Explain));
        Assert.Equal("Ett: 2 trainers, 3 trainer days", result.ByMunicipality[0].ToString());
    }

    [Fact]
    [Rule("GOAL-5")]
    public void Only_external_trainers_do_not_meet_the_trainer_goal()
    {
        Region region = Testlan();
        Ledger ledger = new(region, [Occasion("o", [OnSite("2023-03-14")], [P("0001", 2)], [External(), External()])]);
        TrainerGoalResult result = Trainers(region, 2023, ledger);
        Assert.Equal(GoalStatus.NotMet, result.Status);
        Assert.Empty(result.ByMunicipality);
        Assert.Equal(0, result.TrainerDays);
        Assert.Equal("not met: no employee of a member municipality taught a course day in 2023", result.Explain());
        Assert.Equal("inte uppfyllt: ingen anställd i en deltagande kommun var utbildare någon kursdag 2023", Culture.InSwedish(result.Explain));
    }

    [Fact]
    [Rule("GOAL-5")]
    public void Trainers_of_another_year_or_of_a_municipality_not_taking_part_do_not_meet_the_trainer_goal()
    {
        Ledger ledger = new(WithoutTvaFrom2023, [
            Occasion("o", [OnSite("2022-03-15")], [P("0001", 1)], [T("0001")]),
            Occasion("p", [OnSite("2023-03-14")], [P("0001", 1)], [T("0002")]),
        ]);
        Assert.Equal(GoalStatus.NotMet, Trainers(WithoutTvaFrom2023, 2023, ledger).Status);
        Assert.Equal(GoalStatus.Met, Trainers(WithoutTvaFrom2023, 2022, ledger).Status);
    }

    [Fact]
    [Rule("GOAL-5")]
    public void The_trainer_days_are_the_settlement_s()
    {
        Ledger ledger = ExampleLedger();
        TrainerGoalResult result = Trainers(ledger.Region, 2023, ledger);
        YearEndSettlement settlement = YearEndSettlement.Of(ledger, 2023);
        Assert.Equal(settlement.TrainerDays, result.TrainerDays);
        Assert.All(result.ByMunicipality, m => Assert.Equal(settlement.For(m.Municipality.Code).TrainerDays, m.TrainerDays));
    }

    [Fact]
    [Rule("GOAL-5")]
    public void Without_a_ledger_the_ledger_goals_are_not_evaluable_and_say_why()
    {
        FollowUpEvaluation evaluation = Evaluate(Testlan(), 2023, null);
        Assert.Equal(GoalStatus.Met, evaluation.For("2").Status);
        foreach (string id in new[] { "6", "7" })
        {
            GoalResult result = evaluation.For(id);
            Assert.Equal(GoalStatus.NotEvaluable, result.Status);
            Assert.Equal("not evaluable: the goal is measured from the ledger, and no ledger of 2023 was given", result.Explain());
            Assert.Equal("kan inte bedömas: målet mäts ur liggaren, och ingen liggare för 2023 har angetts", Culture.InSwedish(result.Explain));
        }

        var availability = (AvailabilityGoalResult)evaluation.For("7");
        Assert.Null(availability.Share);
        Assert.Empty(availability.Members);
        Assert.Empty(((TrainerGoalResult)evaluation.For("6")).ByMunicipality);
    }

    [Fact]
    [Rule("GOAL-2")]
    public void A_year_before_the_region_s_data_leaves_the_ledger_goals_not_evaluable()
    {
        Region region = Testlan();
        Ledger ledger = new(region, [Occasion("o", [OnSite("2023-03-14")], [P("0001", 2)], [T("0001")])]);
        FollowUpEvaluation evaluation = Evaluate(region, 2020, ledger);
        Assert.Equal(GoalStatus.NotEvaluable, evaluation.For("7").Status);
        Assert.Equal("not evaluable: the data of Testlän starts in 2021", evaluation.For("6").Explain());
        Assert.Equal("kan inte bedömas: uppgifterna för Testlän börjar 2021", Culture.InSwedish(evaluation.For("7").Explain));
    }

    [Fact]
    [Rule("GOAL-2")]
    public void The_evaluation_lists_every_goal_in_the_plan_s_order()
    {
        FollowUpEvaluation evaluation = Evaluate(Testlan(), 2023, null);
        Assert.Equal(["2", "6", "7"], evaluation.Goals.Select(g => g.Goal.Id));
        Assert.Equal(2023, evaluation.Year);
        Assert.Same(LedgerPlan, evaluation.Plan);
        Assert.Equal("svar.csv", evaluation.AnswersFile);
        Assert.Equal(
            "Testlän 2023: 1 responses in svar.csv\n2: met: 1 of 1 counted answers are positive (100.0 %), at least 80 % needed\n"
            + "6: not evaluable: the goal is measured from the ledger, and no ledger of 2023 was given\n"
            + "7: not evaluable: the goal is measured from the ledger, and no ledger of 2023 was given",
            evaluation.ToString());
        Assert.False(evaluation.TryGetResult("8", out _));
        Assert.Throws<KeyNotFoundException>(() => evaluation.For("8"));
    }
}
