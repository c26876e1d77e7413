using Reqnroll;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>Course occasions (COURSE-6, COURSE-7) and the ledger of them that fees, the pot and the settlement read.</summary>
[Binding]
public sealed class OccasionSteps(LedgerContext ledger, Refusal refusal)
{
    private CourseOccasion? occasion;

    [Given(@"^kurstillfället (\S+) av kursen (\S+) med kursdagarna (.+)$")]
    public void GivenAnOccasion(string id, string course, string days) => ledger.Add(id, course, days);

    [Given(@"^deltagarna (.+)$")]
    public void GivenTheParticipants(string participants)
    {
        ledger.Last.Participants.AddRange(ledger.Participants(participants));
        ledger.Changed();
    }

    [Given(@"^utbildarna (.+)$")]
    public void GivenTheTrainers(string trainers)
    {
        ledger.Last.Trainers.AddRange(ledger.Trainers(trainers));
        ledger.Changed();
    }

    [Given(@"^lokalbeloppet (.+)$")]
    public void GivenTheVenueAmount(string amount)
    {
        ledger.Last.VenueFee = Swedish.IsNothing(amount) ? null : Swedish.Amount(amount);
        ledger.Changed();
    }

    [Given(@"^avgiften (utgår|tas ut)$")]
    public void GivenTheFeeIsWaivedOrNot(string waived)
    {
        ledger.Last.WaivesFee = waived == "utgår";
        ledger.Changed();
    }

    [Given("kurstillfällena:")]
    public void GivenTheOccasions(DataTable table)
    {
        foreach (DataTableRow row in table.Rows)
        {
            LedgerContext.Draft draft = ledger.Add(row["kurstillfälle"], row["kurs"], row["kursdagar"]);
            draft.Participants.AddRange(ledger.Participants(row["deltagare"]));
            draft.Trainers.AddRange(ledger.Trainers(row["utbildare"]));
            if (row.TryGetValue("lokal", out string? venue) && !Swedish.IsNothing(venue))
            {
                draft.VenueFee = Swedish.Amount(venue);
            }

            draft.WaivesFee = row.TryGetValue("avgift", out string? fee) && fee.Trim() == "utgår";
        }
    }

    [When("kurstillfället läggs in")]
    public void WhenTheOccasionIsMade() => occasion = refusal.Try(() => LedgerContext.Make(ledger.Last));

    [When("kurstillfället förs in i liggaren")]
    public void WhenTheOccasionIsLedgered() => refusal.Try(() => ledger.Ledger);

    [Then(@"^har kurstillfället kursdagar i åren (.+)$")]
    public void ThenTheOccasionsYears(string years)
    {
        Assert.NotNull(occasion);
        Assert.Equal(Swedish.List(years).Select(y => (int)Swedish.Integer(y)), occasion.Days.Select(d => d.Date.Year).Distinct());
    }

    [Then(@"^har liggaren kurstillfällen under åren (.+)$")]
    public void ThenTheLedgersYears(string years) =>
        Assert.Equal(Swedish.List(years).Select(y => (int)Swedish.Integer(y)), ledger.Ledger.Years);

    [Then(@"^får liggaren anmärkningen ""(.+)""$")]
    public void ThenTheLedgerNotes(string notice) => Assert.Contains(notice, ledger.Ledger.Notices.Select(n => n.Message));
}
