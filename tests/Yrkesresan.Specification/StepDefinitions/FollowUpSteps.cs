using Reqnroll;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>Writing the effect goals and the survey answers of GOAL-1 to GOAL-6, and evaluating them with <see cref="FollowUpEvaluation"/>.</summary>
[Binding]
public sealed class FollowUpSteps(FollowUpContext followUp, RegionContext regions, LedgerContext ledger, Refusal refusal, GoalResults results)
{
    [Given(@"^effektmålet (.*?), «(.*)», mätt med enkätfrågan (\S+) för rollerna (.+)$")]
    public void GivenASurveyGoal(string id, string text, string question, string roles) =>
        followUp.Add(new FollowUpContext.GoalDraft(id, text) { Question = question, Roles = [.. Swedish.List(roles).Select(Swedish.Named<Role>)] });

    [Given(@"^effektmålet (\S+), «(.+)», mätt ur liggaren: (utbildare|tillgänglighet)$")]
    public void GivenALedgerGoal(string id, string text, string measure) =>
        followUp.Add(new FollowUpContext.GoalDraft(id, text) { Ledger = measure == "utbildare" ? LedgerMeasure.Trainers : LedgerMeasure.Availability });

    [Given(@"^målets gräns är (-?\d+) %$")]
    public void GivenTheThreshold(int percent) => followUp.LastGoal.Threshold = percent;

    [Given(@"^svaren på (\S+) räknas så:$")]
    public void GivenTheAnswerClasses(string question, DataTable table)
    {
        foreach (DataTableRow row in table.Rows)
        {
            followUp.Class(question, row["svar"], row["räknas som"]);
        }
    }

    [Given("rollfrågan roll med svaren:")]
    public void GivenTheRoleQuestion(DataTable table) =>
        followUp.SetRoleOptions(table.Rows.Select(r => new RoleOption(r["svar"], Swedish.IsNothing(r["roll"]) ? null : Swedish.Named<Role>(r["roll"]))));

    [Given("enkäten frågar efter kommun")]
    public void GivenTheMunicipalityQuestion() => followUp.AsksMunicipality = true;

    [Given("den nationella uppföljningsplanen")]
    public void GivenTheNationalPlan() => followUp.Given = FollowUpPlan.National;

    [Given(@"^Norrbottens uppföljningsplan för (\d{4})$")]
    public void GivenNorrbottensPlan(int year) => followUp.Given = Norrbotten.Region.FollowUpPlanIn(year);

    [Given("enkätsvaren:")]
    public void GivenTheAnswers(DataTable table)
    {
        string[] labels = [.. table.Header.Where(h => h != "antal")];
        foreach (DataTableRow row in table.Rows)
        {
            int count = row.TryGetValue("antal", out string? n) ? (int)Swedish.Integer(n) : 1;
            followUp.Answer(labels.ToDictionary(l => l, l => string.IsNullOrEmpty(row[l]) ? null : row[l]), count);
        }
    }

    [Given(@"^enkätsvaren på (\S+) från rollen (\S+): (.+)$")]
    public void GivenCountedAnswers(string question, string role, string answers)
    {
        foreach (string item in Swedish.List(answers))
        {
            int split = item.TakeWhile(c => char.IsDigit(c) || c == ' ').Count();
            string answer = item[split..].Trim();
            followUp.Answer(new Dictionary<string, string?> { ["roll"] = role, [question] = answer }, (int)Swedish.Integer(item[..split]));
        }
    }

    [When(@"^effektmålen följs upp för (\d{4})$")]
    public void WhenFollowedUp(int year) =>
        results.Evaluation = refusal.Try(() => FollowUpEvaluation.Of(regions.Region, followUp.Plan(), year, followUp.Answers(), ledger.HasOccasions ? ledger.Ledger : null));

    [When("uppföljningsplanen läses in")]
    public void WhenThePlanIsRead() => results.Plan = refusal.Try(followUp.Plan);
}
