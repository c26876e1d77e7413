using Reqnroll;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>
/// The fixed cost (ALLOC-1 to ALLOC-5): <see cref="FixedCostAllocation"/>, the largest-remainder
/// rounding of <see cref="Apportionment"/>, the plan's table, and the two half-year invoices.
/// </summary>
[Binding]
public sealed class AllocationSteps(RegionContext regions)
{
    private readonly List<WeightedParty<MunicipalityCode>> parties = [];
    private FixedCostStatement? statement;
    private Allocation<MunicipalityCode>? allocation;
    private HalfYearSplit? split;

    private FixedCostStatement Statement => statement ?? throw new InvalidOperationException("Add a step 'När den fasta kostnaden för ÅR fördelas'.");

    [When(@"^den fasta kostnaden för (\d{4}) fördelas$")]
    public void WhenTheFixedCostIsShared(int year) => statement = FixedCostAllocation.ForYear(regions.Region, year);

    [Then(@"^är den fasta kostnaden (.+) och delas av (\d+) kommuner med sammanlagt (.+) invånare$")]
    public void ThenTheFixedCost(string total, int municipalities, string population)
    {
        Assert.Equal(Swedish.Amount(total), Statement.Total);
        Assert.Equal(municipalities, Statement.Lines.Length);
        Assert.Equal(Swedish.Integer(population), Statement.PopulationTotal);
    }

    [Then(@"^får kommunerna (.+)$")]
    public void ThenTheShares(string shares) =>
        Assert.Equal(
            Swedish.List(shares).Select(share => share.Trim()).Order(StringComparer.Ordinal),
            Statement.Lines.Select(l => $"{l.Municipality.Name} {l.Annual}").Order(StringComparer.Ordinal));

    [Given("parterna:")]
    public void GivenTheParties(DataTable table) =>
        parties.AddRange(table.Rows.Select(r => new WeightedParty<MunicipalityCode>(MunicipalityCode.Parse(r["kod"]), Swedish.Integer(r["vikt"]))));

    [When(@"^(.+) fördelas efter vikt med största rest$")]
    public void WhenAllocated(string total) =>
        allocation = Apportionment.LargestRemainder(Swedish.Kronor(total), [.. parties]);

    [Then("blir fördelningen:")]
    public void ThenTheAllocation(DataTable table)
    {
        Assert.NotNull(allocation);
        Assert.Equal(
            table.Rows.Select(r => (r["kod"], r["exakt kvot"], Swedish.Integer(r["heltalsdel"]), Swedish.Integer(r["andel"]), r["skäl"])),
            table.Rows.Select(r => allocation.ShareOf(MunicipalityCode.Parse(r["kod"]))).Select(s => (s.Party.ToString(), Quotas.Write(s.Quota), s.Floor, s.Amount, Reason(s.Reason))));
        Assert.Equal(table.RowCount, allocation.Shares.Length);
    }

    [Then("stämmer planens tabell så här mot fördelningen:")]
    public void ThenThePlansTable(DataTable table)
    {
        foreach (DataTableRow row in table.Rows)
        {
            var code = MunicipalityCode.Parse(row["kod"]);
            FixedCostLine line = Statement.LineFor(code);
            long plan = Swedish.Kronor(row["planens kr"]);
            long ours = Swedish.Kronor(row["ALLOC-2 kr"]);
            Assert.Equal(row["kommun"], line.Municipality.Name);
            Assert.Equal(Swedish.Integer(row["invånare"]), line.Municipality.Population);
            Assert.Equal(Swedish.Integer(row["~andel %"]), line.SharePercent);
            Assert.Equal(ours, line.Annual.WholeKronor);
            Assert.Equal(Swedish.Integer(row["skillnad kr"]), ours - plan);

            // The plan's own method: each quota against the plan's total 249 427, rounded half up, with the surplus taken off Piteå.
            long halfUp = ExactQuota.Of(Statement.Total.WholeKronor, line.Municipality.Population, Norrbotten.PlanStatedPopulationTotal).RoundHalfUp();
            Assert.Equal(plan, halfUp - Swedish.Kronor(row["planens avdrag kr"]));
        }

        Assert.Equal(Statement.Lines.Length, table.RowCount);
    }

    [Then(@"^är planens summa (.+) invånare (\d+) mindre än radernas summa, (.+)$")]
    public void ThenThePlansTotal(string stated, long less, string sum)
    {
        PopulationTotalCheck check = regions.Region.CheckStatedPopulationTotal(Swedish.Integer(stated));
        Assert.False(check.IsConsistent);
        Assert.Equal(-less, check.Difference);
        Assert.Equal(Swedish.Integer(sum), check.SumOfRows);
    }

    [Then(@"^blir procentandelarna sammanlagt (\d+) och kronorna sammanlagt (.+)$")]
    public void ThenTheTotals(long percent, string kronor)
    {
        Assert.Equal(percent, Statement.Lines.Sum(l => l.SharePercent));
        Assert.Equal(Swedish.Amount(kronor), Sek.Sum(Statement.Lines.Select(l => l.Annual)));
    }

    [When(@"^årsandelen (.+) delas på två halvår$")]
    public void WhenSplit(string annual) => split = HalfYearSplit.Of(Swedish.Amount(annual));

    [Then(@"^faktureras ([\d ]+ kr) för januari–juni och (.+) för juli–december$")]
    public void ThenTheHalves(string first, string second)
    {
        Assert.NotNull(split);
        Assert.Equal((Swedish.Amount(first), Swedish.Amount(second)), (split.FirstHalf, split.SecondHalf));
    }

    [Then(@"^faktureras sammanlagt (.+) för januari–juni och (.+) för juli–december$")]
    public void ThenTheHalvesInAll(string first, string second) =>
        Assert.Equal(
            (Swedish.Amount(first), Swedish.Amount(second)),
            (Sek.Sum(Statement.Lines.Select(l => l.FirstHalf)), Sek.Sum(Statement.Lines.Select(l => l.SecondHalf))));

    [Then(@"^har (\d+) kommuner en udda årsandel: (.+)$")]
    public void ThenOddShares(int count, string names)
    {
        FixedCostLine[] odd = [.. Statement.Lines.Where(l => l.Annual.WholeKronor % 2 != 0)];
        Assert.Equal(count, odd.Length);
        Assert.Equal(Swedish.List(names).Order(StringComparer.Ordinal), odd.Select(l => l.Municipality.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>Why a share is what it is, in a few Swedish words.</summary>
    private static string Reason(ShareReason reason) => reason switch
    {
        ShareReason.ExactQuota => "jämn kvot",
        ShareReason.LargestRemainder => "störst rest, +1",
        ShareReason.LargestRemainderTieBrokenByWeight => "lika rest, större vikt, +1",
        ShareReason.LargestRemainderTieBrokenByParty => "lika rest och vikt, lägre kod, +1",
        ShareReason.RemainderTooSmall => "för liten rest",
        ShareReason.LostRemainderTieOnWeight => "lika rest, mindre vikt",
        ShareReason.LostRemainderTieOnParty => "lika rest och vikt, högre kod",
        _ => reason.ToString(),
    };
}
