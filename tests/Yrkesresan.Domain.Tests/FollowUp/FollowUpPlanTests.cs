using System.Resources;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.FollowUp.Surveys;

namespace Yrkesresan.Domain.Tests.FollowUp;

/// <summary>
/// GOAL-3: the goals are region data: a plan with its role question and goals, each with an id, the
/// plan's text and a survey or ledger measure, validated as a whole with every problem at once, at paths
/// in the region file's spelling; the national four are the default of a new region.
/// </summary>
public class FollowUpPlanTests
{
    private static readonly ResourceManager Texts = new("Yrkesresan.Domain.FollowUp.FollowUpTexts", typeof(FollowUpPlan).Assembly);

    private static SurveyMeasure Survey(Role[]? roles = null, string question = "q2", string[]? positive = null, string[]? notPositive = null, string[]? notCounted = null, int threshold = 80) =>
        new(roles ?? Staff, question, positive ?? Satisfied, notPositive ?? NotSatisfied, notCounted ?? DoNotKnow, threshold);

    private static string[] Problems(Func<FollowUpPlan> create) =>
        [.. Assert.Throws<RegionDataException>(create).Problems.Select(p => p.ToString())];

    [Fact]
    [Rule("GOAL-3")]
    public void Norrbotten_s_seven_goals_with_1a_to_1d_make_a_plan_of_ten_goals_in_the_plan_s_order()
    {
        FollowUpPlan plan = Norrbotten();
        Assert.Equal(["1a", "1b", "1c", "1d", "2", "3", "4", "5", "6", "7"], plan.Goals.Select(g => g.Id));
        Assert.Equal(["survey", "survey", "survey", "survey", "survey", "survey", "survey", "survey", "trainers", "availability"], plan.Goals.Select(g => g.Measure.Code));
        Assert.Equal("Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.", plan.GoalWith("7").Text);
        Assert.Same(LedgerMeasure.Trainers, plan.GoalWith("6").Measure);
        Assert.Equal("kommun", plan.MunicipalityQuestion?.Label);
        Assert.Equal("follow-up plan: 1a, 1b, 1c, 1d, 2, 3, 4, 5, 6, 7", plan.ToString());
        Assert.False(plan.TryGetGoal("8", out _));
        Assert.Throws<KeyNotFoundException>(() => plan.GoalWith("8"));
    }

    [Fact]
    [Rule("GOAL-3")]
    public void The_national_default_is_the_directive_s_four_goals_in_its_words()
    {
        FollowUpPlan plan = FollowUpPlan.National;
        Assert.Equal(
            [
                "1: 80 procent av den berörda personalen anser att Yrkesresan barn och unga är ett stöd i deras yrkesutveckling",
                "2: 80 procent av den berörda personalen anser att kurserna som erbjuds inom Yrkesresan barn och unga är bra",
                "3: 80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i kompetensutveckling av personal",
                "4: 80 procent av arbetsledare och chefer i de medverkande kommunerna anser att Yrkesresan barn och unga är till hjälp i introduktion av ny personal",
            ],
            plan.Goals.Select(g => g.ToString()));
        Assert.Equal(FollowUpPlan.NationalGoals.Select(g => g.ToString()), plan.Goals.Select(g => g.ToString()));
        Assert.Equal(FollowUpPlan.NationalRoleQuestion.Label, plan.RoleQuestion.Label);
        Assert.Null(plan.MunicipalityQuestion);
        Assert.All(plan.Goals, g => Assert.Equal(80, g.Survey!.ThresholdPercent));
        Assert.Equal(["n1", "n2", "n3", "n4"], plan.Goals.Select(g => g.Survey!.Question));
        Assert.Equal(["socialsekreterare", "arbetsledare", "chef"], plan.GoalWith("1").Survey!.Roles.Select(r => r.Code));
        Assert.Equal(["arbetsledare", "chef"], plan.GoalWith("4").Survey!.Roles.Select(r => r.Code));
        Assert.Equal(["Instämmer helt", "Instämmer till stor del", "Instämmer till viss del", "Instämmer inte alls", "Vet ej"], plan.GoalWith("2").Survey!.Options.AsEnumerable());
    }

    [Fact]
    [Rule("GOAL-3")]
    public void A_survey_measure_classes_each_option_and_counts_its_roles()
    {
        SurveyMeasure measure = Survey(roles: Managers, threshold: 75);
        Assert.Equal(AnswerClass.Positive, measure.ClassOf(" mycket NÖJD "));
        Assert.Equal(AnswerClass.NotPositive, measure.ClassOf("Varken eller"));
        Assert.Equal(AnswerClass.NotCounted, measure.ClassOf("Vet ej"));
        Assert.Null(measure.ClassOf("Ganska nöjd"));
        Assert.True(measure.Counts(Role.Chef));
        Assert.False(measure.Counts(Role.Socialsekreterare));
        Assert.Equal(75, measure.ThresholdPercent);
        Assert.Equal(80, SurveyMeasure.DefaultThresholdPercent);
        Assert.True(measure.IsSurvey);
        Assert.False(LedgerMeasure.Availability.IsSurvey);
        Assert.True(LedgerMeasure.TryFromCode("trainers", out LedgerMeasure? trainers));
        Assert.Same(LedgerMeasure.Trainers, trainers);
        Assert.False(LedgerMeasure.TryFromCode("Trainers", out _));
        Assert.Equal("availability", LedgerMeasure.Availability.ToString());
    }

    [Fact]
    [Rule("GOAL-3")]
    public void Every_problem_of_a_plan_is_reported_at_once_at_its_path()
    {
        string[] problems = Problems(() => new FollowUpPlan(
            new RoleQuestion(" ", [new RoleOption("Chef", Role.Chef), new RoleOption(" chef ", Role.Arbetsledare), new RoleOption("", null)]),
            [
                new EffectGoal("1a", "Stärkt", Survey(question: "roll(1)", threshold: 0)),
                new EffectGoal("1A", " ", Survey(roles: [Role.Chef, Role.Chef, Role.Socialsekreterare], positive: [], notPositive: ["Nöjd", " "])),
                new EffectGoal("", "Utbildare", LedgerMeasure.Trainers),
                new EffectGoal("2 b", "Nöjd", Survey(roles: [], question: "", threshold: 101)),
            ]));
        Assert.Equal(
            [
                "role_question.label: missing; a question needs its label, e.g. q1a",
                "role_question.options[1].answer: ' chef ' is also given at options[0]; each option is given once, in one class",
                "role_question.options[2].answer: an answer option must not be blank",
                "goals[0].survey.roles[0]: no answer to the role question means socialsekreterare, so no answer could count",
                "goals[0].survey.question: 'roll(1)' must not contain parentheses: a column is headed (label) text",
                "goals[0].survey.threshold_percent: must be a whole percent from 1 to 100, not 0",
                "goals[1].id: '1A' is also the id of goals[0]; each goal has its own id",
                "goals[1].text: missing; a goal needs its text as the plan writes it",
                "goals[1].survey.roles[1]: chef is given more than once",
                "goals[1].survey.roles[2]: no answer to the role question means socialsekreterare, so no answer could count",
                "goals[1].survey.not_positive[1]: an answer option must not be blank",
                "goals[1].survey.positive: at least one option must count as positive",
                "goals[2].id: missing; a goal needs an id, e.g. 1a",
                "goals[3].id: '2 b' has white space; an id is a short code such as 1a",
                "goals[3].survey.roles: at least one role is needed: whose answers count for the goal",
                "goals[3].survey.question: missing; a question needs its label, e.g. q1a",
                "goals[3].survey.threshold_percent: must be a whole percent from 1 to 100, not 101",
            ],
            problems);
    }

    [Fact]
    [Rule("GOAL-3")]
    public void A_plan_needs_goals_and_a_role_question_with_options()
    {
        Assert.Equal(
            ["role_question.options: at least one answer and the role it means is needed", "goals: at least one effect goal is needed"],
            Problems(() => new FollowUpPlan(new RoleQuestion("roll", []), [])));
    }

    [Fact]
    [Rule("GOAL-3")]
    public void Options_are_given_once_across_the_classes_and_a_counted_option_that_is_not_positive_is_needed()
    {
        Assert.Equal(
            [
                "goals[0].survey.not_counted[0]: 'nöjd' is also given at positive[1]; each option is given once, in one class",
                "goals[0].survey.not_positive: at least one option must count as not positive",
            ],
            Problems(() => Plan(false, new EffectGoal("2", "Nöjda", Survey(notPositive: [], notCounted: ["nöjd"])))));
    }

    [Fact]
    [Rule("GOAL-3")]
    public void No_goal_reads_the_role_or_the_municipality_question_and_the_two_are_different_questions()
    {
        Assert.Equal(
            [
                "municipality_question.label: 'Roll' is also the role question's label; each question has its own",
                "goals[0].survey.question: 'ROLL' is the role question; a goal reads a question of its own",
            ],
            Problems(() => new FollowUpPlan(Roll, [new EffectGoal("2", "x", Survey(question: "ROLL"))], new MunicipalityQuestion("Roll"))));
        Assert.Equal(
            ["goals[0].survey.question: 'kommun' is the municipality question; a goal reads a question of its own"],
            Problems(() => Plan(true, new EffectGoal("2", "x", Survey(question: "kommun")))));
        Assert.Equal(
            ["municipality_question.label: '(kommun)' must not contain parentheses: a column is headed (label) text"],
            Problems(() => new FollowUpPlan(Roll, [new EffectGoal("2", "x", Survey())], new MunicipalityQuestion("(kommun)"))));
    }

    [Fact]
    [Rule("GOAL-3")]
    public void The_edges_of_a_valid_plan_are_accepted()
    {
        // A threshold of 1 and of 100, no not-counted option, an answer that means no role, a ledger goal only beside them.
        FollowUpPlan plan = new(
            new RoleQuestion("roll", [new RoleOption("Chef", Role.Chef), new RoleOption("Annan", null)]),
            [
                new EffectGoal("a", "Alla", Survey(roles: [Role.Chef], threshold: 100, notCounted: [])),
                new EffectGoal("b", "Någon", Survey(roles: [Role.Chef], question: "q3", threshold: 1)),
                new EffectGoal("7", "Tillgänglig", LedgerMeasure.Availability, new string('x', EffectGoal.MaxShortTextLength)),
            ]);
        Assert.Equal(3, plan.Goals.Length);
        Assert.Equal(60, plan.GoalWith("7").ShortText?.Length);
        Assert.Null(plan.GoalWith("a").ShortText);
    }

    [Fact]
    [Rule("GOAL-3")]
    public void A_short_text_is_not_blank_and_at_most_sixty_characters()
    {
        string[] problems = Problems(() => new FollowUpPlan(
            Roll,
            [
                new EffectGoal("6", "Utbildare", LedgerMeasure.Trainers, " "),
                new EffectGoal("7", "Tillgänglig", LedgerMeasure.Availability, new string('x', 61)),
            ]));
        Assert.Equal(
            [
                "goals[0].short_text: must not be blank; leave the short text out, or give a few words for tables",
                "goals[1].short_text: must be at most 60 characters, not 61: it is the goal's name in tables",
            ],
            problems);
    }

    [Fact]
    [Rule("GOAL-3")]
    public void Each_plan_problem_has_a_code_of_the_follow_up_texts_and_a_Swedish_message()
    {
        Func<FollowUpPlan> create = () => new FollowUpPlan(
            new RoleQuestion("", [new RoleOption("Chef", Role.Chef), new RoleOption("chef", null), new RoleOption(" ", null)]),
            [
                new EffectGoal("1", "", Survey(roles: [Role.Socialsekreterare, Role.Socialsekreterare], question: "(x)", positive: [], notPositive: [], threshold: 0)),
                new EffectGoal("1", "y", Survey(roles: [], question: "Kommun")),
                new EffectGoal("", "y", Survey(question: " ")),
                new EffectGoal("a b", "y", Survey(question: "roll")),
                new EffectGoal("6", "y", LedgerMeasure.Trainers, ""),
                new EffectGoal("7", "y", LedgerMeasure.Availability, new string('x', 61)),
            ],
            new MunicipalityQuestion("kommun"));
        RegionDataException english = Assert.Throws<RegionDataException>(create);
        RegionDataException swedish = Culture.InSwedish(() => Assert.Throws<RegionDataException>(create));
        Assert.Equal(english.Problems.Select(p => (p.Path, p.Code)), swedish.Problems.Select(p => (p.Path, p.Code)));
        Assert.All(english.Problems, p => Assert.NotNull(Texts.GetString(p.Code, Culture.English)));
        Assert.All(english.Problems.Zip(swedish.Problems), pair => Assert.NotEqual(pair.First.Message, pair.Second.Message));
        Assert.True(english.Problems.Select(p => p.Code).Distinct().Count() >= 14, string.Join(", ", english.Problems.Select(p => p.Code).Distinct()));
        Assert.Contains("goals[0].survey.threshold_percent: ska vara ett helt antal procent från 1 till 100, inte 0", swedish.Problems.Select(p => p.ToString()));
        Assert.Contains("goals[1].id: '1' är också id för goals[0]; varje effektmål har sitt eget id", swedish.Problems.Select(p => p.ToString()));
        Assert.Contains("follow-up plan", english.Message, StringComparison.Ordinal);
    }
}
