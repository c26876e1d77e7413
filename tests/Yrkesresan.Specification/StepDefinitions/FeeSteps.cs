using NodaTime;
using Reqnroll;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>The variable fee (FEE-1 to FEE-3): the fee schedule, <see cref="VariableFee"/> and <see cref="OccasionInvoice"/>.</summary>
[Binding]
public sealed class FeeSteps(RegionContext regions, LedgerContext ledger)
{
    private OccasionInvoice? invoice;

    private OccasionInvoice Invoice => invoice ?? throw new InvalidOperationException("Add a step 'När fakturaunderlaget för kurstillfället ID tas fram'.");

    [Then(@"^är avgiftens delar per deltagare och kursdag (\S+):$")]
    public void ThenTheFeeComponents(string date, DataTable table)
    {
        FeeSchedule schedule = regions.Region.FeeScheduleOn(Swedish.Date(date));
        foreach (DataTableRow row in table.Rows)
        {
            if (row["del"] == "Summa")
            {
                Assert.Equal(Swedish.Amount(row["på plats"]), schedule.AmountPerParticipantDay(DeliveryMode.OnSite));
                Assert.Equal(Swedish.Amount(row["digitalt"]), schedule.AmountPerParticipantDay(DeliveryMode.Digital));
                continue;
            }

            FeeComponent component = Swedish.Named<FeeComponent>(row["del"]);
            Assert.Equal(Swedish.Amount(row["på plats"]), schedule.AmountOf(component, DeliveryMode.OnSite));
            Assert.Equal(Swedish.Amount(row["digitalt"]), schedule.AmountOf(component, DeliveryMode.Digital));
        }

        Assert.Equal(FeeComponent.List.Count + 1, table.RowCount);
    }

    [Then(@"^kostar en deltagare (.+) för kursdagen (\S+)$")]
    public void ThenAParticipantDayCosts(string amount, string date)
    {
        CourseOccasion occasion = ledger.Ledger.OccasionWith(ledger.Last.Id);
        LocalDate day = Swedish.Date(date);
        Assert.Equal(Swedish.Amount(amount), VariableFee.PerParticipantDay(occasion, occasion.Days.Single(d => d.Date == day), regions.Region));
    }

    [When(@"^fakturaunderlaget för kurstillfället (\S+) tas fram$")]
    public void WhenTheInvoiceIsMade(string id) => invoice = OccasionInvoice.For(ledger.Ledger, id);

    [Then(@"^betalar kommunerna (.+)$")]
    public void ThenTheMunicipalitiesPay(string amounts)
    {
        var expected = Swedish.List(amounts).Select(item =>
        {
            int space = item.IndexOf(' ', StringComparison.Ordinal);
            return (regions.Municipality(item[..space]).Name, Swedish.Amount(item[(space + 1)..]));
        }).OrderBy(x => x.Name, StringComparer.Ordinal);
        Assert.Equal(expected, Invoice.Municipalities.Select(m => (m.Name, Invoice.AmountFor(m.Code))).OrderBy(x => x.Name, StringComparer.Ordinal));
    }

    [Then(@"^är fakturaunderlaget sammanlagt (.+)$")]
    public void ThenTheInvoiceTotal(string total) => Assert.Equal(Swedish.Amount(total), Invoice.Total);

    [Then("har fakturaunderlaget raderna:")]
    public void ThenTheInvoiceLines(DataTable table)
    {
        string[] named = [.. table.Rows.Select(r => r["kommun"]).Distinct()];
        Assert.Equal(
            table.Rows.Select(r => (r["kommun"], r["del"], Swedish.Integer(r["deltagardagar"]), Swedish.Amount(r["à-pris"]), Swedish.Amount(r["belopp"]))),
            Invoice.Lines.Where(l => named.Contains(l.Municipality.Name)).Select(l => (l.Municipality.Name, l.Component.DisplayName, l.ParticipantDays, l.UnitPrice, l.Amount)));
    }
}
