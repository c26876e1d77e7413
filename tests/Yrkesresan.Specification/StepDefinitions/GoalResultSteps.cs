using System.Globalization;
using Reqnroll;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>What the follow-up says of each goal (GOAL-1 to GOAL-6): status, exact share, interval, explanations.</summary>
[Binding]
public sealed class GoalResultSteps(GoalResults results)
{
    private GoalResult? goal;

    private GoalResult Goal => goal ?? throw new InvalidOperationException("Name the goal first: 'Så är mål ID: uppfyllt'.");

    private SurveyGoalResult Survey => Assert.IsType<SurveyGoalResult>(Goal);

    [Then(@"^är mål (\S+): (.+)$")]
    public void ThenTheGoalIs(string id, string status)
    {
        Assert.NotNull(results.Evaluation);
        goal = results.Evaluation.For(id);
        Assert.Equal(Swedish.Named<GoalStatus>(status), goal.Status);
    }

    [Then(@"^är andelen (.+) av (.+) \((.+) %\)$")]
    public void ThenTheShare(string positive, string counted, string percent)
    {
        ExactShare? share = Goal switch
        {
            SurveyGoalResult s => s.Share,
            AvailabilityGoalResult a => a.Share,
            _ => null,
        };
        Assert.NotNull(share);
        Assert.Equal((Swedish.Integer(positive), Swedish.Integer(counted), percent), (share.Value.Positive, share.Value.Counted, share.Value.FormatPercent()));
    }

    [Then("finns ingen andel")]
    public void ThenThereIsNoShare()
    {
        Assert.Null(Survey.Share);
        Assert.Null(Survey.Interval);
    }

    [Then(@"^räknas (\d+) svar inte$")]
    public void ThenNotCounted(long count) => Assert.Equal(count, Survey.NotCounted);

    [Then(@"^är förklaringen ""(.+)""$")]
    public void ThenTheExplanation(string text) => Assert.Equal(text, Goal.Explain());

    [Then(@"^går 95 %-intervallet från (\S+) till (\S+)$")]
    public void ThenTheInterval(string low, string high)
    {
        WilsonInterval interval = Survey.Interval ?? throw new InvalidOperationException("The goal has no interval.");
        Assert.Equal((low, high), (interval.Low.ToString("0.000", Culture.Swedish), interval.High.ToString("0.000", Culture.Swedish)));
    }

    [Then(@"^ligger andelen enligt intervallet: (.+)$")]
    public void ThenTheVerdict(string verdict) => Assert.Equal(Swedish.Named<IntervalVerdict>(verdict), Survey.Verdict);

    [Then(@"^förklaras intervallet ""(.+)""$")]
    public void ThenTheIntervalExplained(string text) => Assert.Equal(text, Survey.ExplainInterval());

    [Then(@"^är de kommuner som deltar (.+)$")]
    public void ThenTheMembers(string names) => Assert.Equal(Swedish.List(names), Assert.IsType<AvailabilityGoalResult>(Goal).Members.Select(m => m.Name));

    [Then(@"^är de kommuner som inte deltar (.+)$")]
    public void ThenNotTakingPart(string names) => Assert.Equal(Swedish.List(names), Assert.IsType<AvailabilityGoalResult>(Goal).NotTakingPart.Select(m => m.Name));

    [Then(@"^är de kommuner som inte anmält någon (.+)$")]
    public void ThenRegisteredNobody(string names) => Assert.Equal(Swedish.List(names), Assert.IsType<AvailabilityGoalResult>(Goal).RegisteredNobody.Select(m => m.Name));

    [Then("var utbildarna:")]
    public void ThenTheTrainers(DataTable table)
    {
        var result = Assert.IsType<TrainerGoalResult>(Goal);
        Assert.Equal(
            table.Rows.Select(r => (r["kommun"], Swedish.Integer(r["utbildare"]), Swedish.Integer(r["utbildardagar"]))),
            result.ByMunicipality.Select(m => (m.Municipality.Name, (long)m.Trainers, m.TrainerDays)));
    }

    [Then("är andelarna per kommun:")]
    public void ThenTheShareByMunicipality(DataTable table) =>
        Assert.Equal(
            table.Rows.Select(r => (r["kommun"], r["andel"], r["status"].ToLower(CultureInfo.GetCultureInfo("sv-SE")))),
            Survey.ByMunicipality.Where(m => m.Counted > 0 || table.Rows.Any(r => r["kommun"] == (m.Municipality?.Name ?? "ej angiven")))
                .Select(m => (m.Municipality?.Name ?? "ej angiven", m.Share is { } s ? $"{s.Positive} av {s.Counted}" : "–", m.Status.DisplayName.ToLower(CultureInfo.GetCultureInfo("sv-SE")))));

    [Then("har planen målen:")]
    public void ThenThePlansGoals(DataTable table)
    {
        Assert.NotNull(results.Plan);
        Assert.Equal(
            table.Rows.Select(r => (r["id"], r["text"], r["mäts med"], r["roller"], r["fråga"], r["gräns"])),
            results.Plan.Goals.Select(g => (g.Id, g.Text, Measure(g), g.Survey is { } s ? Swedish.WriteList(s.Roles.Select(x => x.Code)) : "–", g.Survey?.Question ?? "–", g.Survey is { } t ? $"{t.ThresholdPercent} %" : "–")));
    }

    [Then(@"^räknar mål (\S+) svaren så:$")]
    public void ThenTheGoalClassesTheAnswers(string id, DataTable table)
    {
        Assert.NotNull(results.Plan);
        SurveyMeasure survey = Assert.IsType<SurveyMeasure>(results.Plan.GoalWith(id).Measure);
        Assert.Equal(
            table.Rows.Select(r => (r["svar"], r["räknas som"])),
            survey.Options.Select(option => (option, survey.ClassOf(option) switch
            {
                AnswerClass.Positive => "positivt",
                AnswerClass.NotPositive => "inte positivt",
                AnswerClass.NotCounted => "räknas inte",
                _ => "?",
            })));
    }

    private static string Measure(EffectGoal goal) =>
        goal.Measure == LedgerMeasure.Trainers ? "liggaren: utbildare"
        : goal.Measure == LedgerMeasure.Availability ? "liggaren: tillgänglighet"
        : "enkät";
}
