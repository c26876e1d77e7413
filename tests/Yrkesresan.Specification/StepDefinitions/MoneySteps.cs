using Reqnroll;
using Yrkesresan.Domain.Money;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>Exact kronor (MONEY-1): <see cref="Sek"/>, whole öre, Swedish notation, no floating point.</summary>
[Binding]
public sealed class MoneySteps
{
    private Sek amount;

    [Given(@"^beloppet (-?\d+) öre$")]
    public void GivenAnAmountInOre(long ore) => amount = Sek.FromOre(ore);

    [Then(@"^skrivs det ""(.+)""$")]
    public void ThenItIsWritten(string text) => Assert.Equal(text, amount.ToString());

    [When(@"^beloppen (.+) läggs ihop$")]
    public void WhenAdded(string amounts) => amount = Sek.Sum(Swedish.List(amounts).Select(Swedish.Amount));

    [When(@"^à-priset (.+) multipliceras med (.+)$")]
    public void WhenMultiplied(string price, string factor) => amount = Swedish.Amount(price) * Swedish.Integer(factor);

    [Then(@"^blir beloppet (.+)$")]
    public void ThenTheAmountIs(string expected) => Assert.Equal(Swedish.Amount(expected), amount);
}
