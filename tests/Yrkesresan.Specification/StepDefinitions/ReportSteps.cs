using Reqnroll;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Reporting;
using Yrkesresan.Domain.Settlement;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>The annual report of REPORT-1 with <see cref="AnnualReport"/>: its first page's figures, its goals and its appendix.</summary>
[Binding]
public sealed class ReportSteps(RegionContext regions, LedgerContext ledger, FollowUpContext followUp, GoalResults results)
{
    private AnnualReport? report;

    private AnnualReport Report => report ?? throw new InvalidOperationException("Add a step 'När årsrapporten för ÅR skrivs med (utan) enkätens svar'.");

    [When(@"^årsrapporten för (\d{4}) skrivs med enkätens svar$")]
    public void WhenWrittenWithTheAnswers(int year)
    {
        results.Evaluation = FollowUpEvaluation.Of(regions.Region, followUp.Plan(), year, followUp.Answers(), ledger.Ledger);
        report = AnnualReport.Of(ledger.Ledger, year, results.Evaluation);
    }

    [When(@"^årsrapporten för (\d{4}) skrivs utan enkätens svar$")]
    public void WhenWrittenWithoutTheAnswers(int year) => report = AnnualReport.Of(ledger.Ledger, year);

    [Then("är verksamheten:")]
    public void ThenTheActivity(DataTable table)
    {
        DataTableRow row = table.Rows.Single();
        ReportActivity a = Report.Activity;
        Assert.Equal(
            (Swedish.Integer(row["kurstillfällen"]), Swedish.Integer(row["på plats"]), Swedish.Integer(row["digitalt"]), Swedish.Integer(row["deltagardagar"]), Swedish.Integer(row["deltagare"]), Swedish.Integer(row["utbildare från kommunerna"]), Swedish.Integer(row["utbildardagar"]), Swedish.Date(row["första kursdagen"]), Swedish.Date(row["sista kursdagen"])),
            ((long)a.Occasions, a.OnSiteCourseDays, a.DigitalCourseDays, a.ParticipantDays, a.Participants, a.MunicipalTrainers, a.TrainerDays, a.FirstCourseDay, a.LastCourseDay));
    }

    [Then("är ekonomin:")]
    public void ThenTheEconomy(DataTable table)
    {
        DataTableRow row = table.Rows.Single();
        ReportEconomy e = Report.Economy;
        Assert.Equal(
            (Swedish.Amount(row["fast kostnad"]), Swedish.Amount(row["jan–jun"]), Swedish.Amount(row["jul–dec"]), Swedish.Amount(row["rörliga avgifter"]), Swedish.Amount(row["fakturerat"]), Swedish.Amount(row["pott insamlad"]), Swedish.Amount(row["pott utbetald"]), Swedish.Amount(row["ofördelad"]), Swedish.Amount(row["netto"])),
            (e.FixedCost, e.FixedCostFirstHalf, e.FixedCostSecondHalf, e.VariableFees, e.TotalInvoiced, e.PotCollected, e.PotPaidOut, e.PotUndistributed, e.Net));
    }

    [Then("har rapporten effektmålen:")]
    public void ThenTheGoals(DataTable table) =>
        Assert.Equal(
            table.Rows.Select(r => (
                r["mål"],
                Swedish.Named<GoalStatus>(r["status"]),
                r["andel"],
                Swedish.IsNothing(r["räknade svar"]) ? (long?)null : Swedish.Integer(r["räknade svar"]),
                Swedish.IsNothing(r["intervallet säger"]) ? null : Swedish.Named<IntervalVerdict>(r["intervallet säger"]))),
            Report.Goals.Select(g => (
                g.Goal.Id,
                g.Status,
                g.Share is { } share ? $"{share.Positive} av {share.Counted}" : "–",
                g.Counted,
                g.Verdict)));

    [Then("är varje mål i rapporten uppföljningens")]
    public void ThenEveryGoalIsTheFollowUps()
    {
        Assert.NotNull(results.Evaluation);
        Assert.Same(results.Evaluation, Report.FollowUp);
        Assert.Equal(results.Evaluation.Goals, Report.Goals.Select(g => g.Result));
    }

    [Then("saknas enkäten: rapporten har inga effektmål")]
    public void ThenTheSurveyIsMissing()
    {
        Assert.False(Report.HasGoals);
        Assert.Null(Report.FollowUp);
        Assert.Empty(Report.Goals);
        Assert.Empty(Report.MunicipalityGoalRows);
    }

    [Then(@"^deltar (\d+) av (\d+) kommuner, och ingen saknar anmälda deltagare$")]
    public void ThenAllRegistered(int members, int municipalities) => ThenAvailability(members, municipalities, "–");

    [Then(@"^deltar (\d+) av (\d+) kommuner; har inte anmält någon: (.+)$")]
    public void ThenAvailability(int members, int municipalities, string registeredNobody)
    {
        ReportAvailability availability = Report.Availability;
        Assert.Equal((members, municipalities), (availability.Members.Length, availability.MunicipalityCount));
        Assert.Equal(Swedish.List(registeredNobody), availability.RegisteredNobody.Select(m => m.Name));
    }

    [Then(@"^är bilagan årsavräkningen för de (\d+) kommunerna i kodordning$")]
    public void ThenTheAppendixIsTheSettlement(int count)
    {
        YearEndSettlement settlement = YearEndSettlement.Of(ledger.Ledger, Report.Year);
        Assert.Equal(count, Report.Municipalities.Length);
        Assert.Equal(Lines(settlement.Municipalities), Lines(Report.Municipalities));
        Assert.Equal(Report.Municipalities.Select(m => m.Code).Order(), Report.Municipalities.Select(m => m.Code));
    }

    private static IEnumerable<string> Lines(IEnumerable<MunicipalitySettlement> municipalities) =>
        municipalities.Select(m => m.ToString());
}
