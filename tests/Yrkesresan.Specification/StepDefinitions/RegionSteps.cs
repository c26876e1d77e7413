using Reqnroll;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>The region of a scenario: Norrbotten as built in, or a county the scenario describes.</summary>
[Binding]
public sealed class RegionSteps(RegionContext context, Refusal refusal)
{
    [Given("regionen Norrbotten")]
    public void GivenNorrbotten() => context.UseNorrbotten();

    [Given("länet {word} med kommunerna:")]
    public void GivenACounty(string name, DataTable table) =>
        context.Describe(name, table.Rows.Select(row => new Municipality(MunicipalityCode.Parse(row["kod"]), row["kommun"], Swedish.Integer(row["invånare"]))));

    [Given(@"^en fast kostnad på (.+) om året från (\d{4})$")]
    public void GivenAFixedCost(string amount, int year) => context.AddFixedCost(year, Swedish.Amount(amount));

    [Given(@"^från (\d{4}) deltar (.+)$")]
    public void GivenMembers(int year, string members) =>
        context.AddMembership(year, Swedish.List(members).Select(context.CodeOf));

    [When("regionen läses in")]
    public void WhenTheRegionIsMade() => refusal.Try(() => context.Region);
}
