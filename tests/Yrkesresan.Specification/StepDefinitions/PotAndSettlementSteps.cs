using Reqnroll;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Settlement;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>The trainer pot (POT-1 to POT-3) with <see cref="TrainerPot"/>, and the year-end settlement with <see cref="YearEndSettlement"/>.</summary>
[Binding]
public sealed class PotAndSettlementSteps(RegionContext regions, LedgerContext ledger)
{
    private TrainerPot? pot;
    private YearEndSettlement? settlement;

    private TrainerPot Pot => pot ?? settlement?.Pot ?? throw new InvalidOperationException("Add a step 'När utbildarpotten för ÅR räknas fram'.");

    private YearEndSettlement Settlement => settlement ?? throw new InvalidOperationException("Add a step 'När året ÅR avräknas'.");

    [When(@"^utbildarpotten för (\d{4}) räknas fram$")]
    public void WhenThePotIsReckoned(int year) => pot = TrainerPot.Of(ledger.Ledger, year);

    [Then(@"^har utbildarpotten samlat in (.+)$")]
    public void ThenThePotCollected(string amount) => Assert.Equal(Swedish.Amount(amount), Pot.Collected);

    [Then(@"^är utbildarpotten (.+) insamlad, (.+) utbetald och (.+) ofördelad$")]
    public void ThenThePot(string collected, string paid, string undistributed) =>
        Assert.Equal((Swedish.Amount(collected), Swedish.Amount(paid), Swedish.Amount(undistributed)), (Pot.Collected, Pot.PaidOut, Pot.Undistributed));

    [Then("fördelas potten så:")]
    public void ThenThePotIsShared(DataTable table)
    {
        Allocation<Yrkesresan.Domain.Regions.MunicipalityCode>? distribution = Pot.Distribution;
        Assert.NotNull(distribution);
        Assert.Equal(
            table.Rows.Select(r => (r["kommun"], Swedish.Integer(r["utbildardagar"]), r["exakt andel"], Swedish.Amount(r["andel"]))),
            table.Rows.Select(r => regions.Municipality(r["kommun"]).Code).Select(code =>
                (regions.Region.MunicipalityWith(code).Name, Pot.TrainerDaysOf(code), Quotas.Write(distribution.ShareOf(code).Quota), Pot.PayoutTo(code))));
        Assert.Equal(table.RowCount, Pot.TrainerDays.Length);
    }

    [Then("räknas inga utbildardagar")]
    public void ThenNoTrainerDays()
    {
        Assert.Empty(Pot.TrainerDays);
        Assert.Null(Pot.Distribution);
    }

    [When(@"^året (\d{4}) avräknas$")]
    public void WhenTheYearIsSettled(int year) => settlement = YearEndSettlement.Of(ledger.Ledger, year);

    [Then("blir årsavräkningen:")]
    public void ThenTheSettlement(DataTable table) =>
        Assert.Equal(
            table.Rows.Select(r => (r["kod"], r["kommun"], Swedish.Integer(r["deltagardagar"]), Swedish.Amount(r["avgifter"]), Swedish.Integer(r["utbildardagar"]), Swedish.Amount(r["pott"]), Swedish.Amount(r["fast kostnad"]), Swedish.Amount(r["jan–jun"]), Swedish.Amount(r["jul–dec"]), Swedish.Amount(r["netto"]))),
            table.Rows.Select(r => Settlement.For(regions.Municipality(r["kod"]).Code)).Select(m => (m.Code.ToString(), m.Municipality.Name, m.ParticipantDays, m.VariableFees, m.TrainerDays, m.PotPayout, m.FixedCost, m.FirstHalf, m.SecondHalf, m.Net)));

    [Then("är summorna:")]
    public void ThenTheTotals(DataTable table)
    {
        DataTableRow row = table.Rows.Single();
        Assert.Equal(
            (Swedish.Integer(row["deltagardagar"]), Swedish.Amount(row["avgifter"]), Swedish.Integer(row["utbildardagar"]), Swedish.Amount(row["pott"]), Swedish.Amount(row["fast kostnad"]), Swedish.Amount(row["jan–jun"]), Swedish.Amount(row["jul–dec"]), Swedish.Amount(row["netto"])),
            (Settlement.ParticipantDays, Settlement.VariableFees, Settlement.TrainerDays, Settlement.Pot.PaidOut, Settlement.FixedCost.Total, Sek.Sum(Settlement.Municipalities.Select(m => m.FirstHalf)), Sek.Sum(Settlement.Municipalities.Select(m => m.SecondHalf)), Settlement.Net));
        Assert.Equal(regions.Region.MembersIn(Settlement.Year).Length, Settlement.Municipalities.Length);
    }

    [Then(@"^ger exempelfilen (\S+) samma årsavräkning$")]
    public void ThenTheExampleFileSettlesTheSame(string path)
    {
        Ledger fromFile = LedgerFile.Load(Repository.PathOf(path), regions.Region);
        YearEndSettlement other = YearEndSettlement.Of(fromFile, Settlement.Year);
        Assert.Equal(Numbers(Settlement), Numbers(other));
        Assert.Equal(Settlement.Pot.Collected, other.Pot.Collected);
    }

    private static IEnumerable<(string, long, Sek, long, Sek, Sek, Sek, Sek, Sek)> Numbers(YearEndSettlement settled) =>
        settled.Municipalities.Select(m => (m.Code.ToString(), m.ParticipantDays, m.VariableFees, m.TrainerDays, m.PotPayout, m.FixedCost, m.FirstHalf, m.SecondHalf, m.Net));
}
