using Reqnroll;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>Whether the library accepted what the scenario wrote, or refused it with which problems.</summary>
[Binding]
public sealed class ResultSteps(Refusal refusal)
{
    [Then(@"^blir resultatet (.+)$")]
    public void ThenTheResultIs(string expected) => refusal.Check(expected);

    [Then("avvisas det med problemen:")]
    public void ThenRefusedWithTheProblems(DataTable table)
    {
        Assert.NotNull(refusal.Problems);
        Assert.Equal(table.Rows.Select(r => r["problem"]), refusal.Problems.Select(p => p.Full));
    }
}
