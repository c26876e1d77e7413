using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Allocation;

/// <summary>
/// ALLOC-2 in Swedish: the explanations of shares and allocations, the refusals of a request and the
/// fixed-cost statement read in the language of whoever reads them; codes and numbers stay as they are.
/// </summary>
public sealed class AllocationLanguageTests
{
    private static Allocation<string> LargestRemainder(long total, params (string Party, long Weight)[] parties) =>
        new LargestRemainderPolicy<string>().Allocate(total, parties.Select(p => new WeightedParty<string>(p.Party, p.Weight)));

    private static Allocation<string> HalfUp(string residualParty, long total, params (string Party, long Weight)[] parties) =>
        new HalfUpWithResidualPolicy<string>(residualParty).Allocate(total, parties.Select(p => new WeightedParty<string>(p.Party, p.Weight)));

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_share_explains_itself_in_Swedish()
    {
        Allocation<string> allocation = LargestRemainder(7, ("a", 50), ("b", 30), ("c", 20));
        Assert.Equal(
            "a: vikt 50, exakt kvot 3 + 50/100, heltalsdel 3, belopp 4 (plats 1 i ordningen efter rest): fick en överbliven enhet: dess rest är bland de största",
            Culture.InSwedish(() => allocation.ShareOf("a").Explain()));
        Assert.Equal(
            "a: weight 50, exact quota 3 + 50/100, floor 3, amount 4 (remainder rank 1): received one leftover unit: its remainder is among the largest",
            allocation.ShareOf("a").Explain());

        Allocation<string> halfUp = HalfUp("b", 10, ("a", 1), ("b", 1), ("c", 1));
        Assert.Equal(
            "halva uppåt, resten till b: 10 fördelat på 3 parter efter vikt (summa vikter 3); överblivna enheter efter den första avrundningen: 1\n"
            + "  a: vikt 1, exakt kvot 3 + 1/3, heltalsdel 3, belopp 3: avrundat med halva uppåt: bråkdelen är under en halv, så heltalsdelen\n"
            + "  b: vikt 1, exakt kvot 3 + 1/3, heltalsdel 3, belopp 4: avrundat med halva uppåt, och tog sedan skillnaden mellan totalen och summan av de avrundade andelarna\n"
            + "  c: vikt 1, exakt kvot 3 + 1/3, heltalsdel 3, belopp 3: avrundat med halva uppåt: bråkdelen är under en halv, så heltalsdelen",
            Culture.InSwedish(() => halfUp.Explain()));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void Every_reason_for_a_share_reads_in_English_and_in_Swedish()
    {
        AllocationShare<string>[] shares =
        [
            .. LargestRemainder(10, ("2583", 1), ("2505", 1), ("2580", 1)).Shares,
            .. LargestRemainder(2, ("a", 1), ("b", 2), ("c", 7)).Shares,
            .. LargestRemainder(4, ("a", 1), ("b", 1)).Shares,
            .. LargestRemainder(7, ("a", 50), ("b", 30), ("c", 20)).Shares,
            .. LargestRemainder(1, ("a", 2), ("b", 1), ("c", 1)).Shares,
            .. HalfUp("b", 10, ("a", 1), ("b", 1), ("c", 1)).Shares,
            .. HalfUp("c", 10, ("a", 35), ("b", 35), ("c", 30)).Shares,
        ];
        Assert.Equal(Enum.GetValues<ShareReason>(), shares.Select(s => s.Reason).Distinct().Order());
        foreach (AllocationShare<string> share in shares)
        {
            string english = share.Explain();
            string swedish = Culture.InSwedish(() => share.Explain());
            Assert.NotEqual(english, swedish);
            Assert.DoesNotContain(ReasonWords(english), swedish, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_refused_request_says_why_in_Swedish_with_the_same_codes()
    {
        var one = Culture.InSwedish(() => Assert.Throws<AllocationInputException>(() => LargestRemainder(-1, ("a", 1))));
        Assert.Equal("Fördelningen kan inte göras: totalen -1 är negativ; den ska vara noll eller mer", one.Message);
        Assert.Equal(AllocationProblemCode.NegativeTotal, Assert.Single(one.Problems).Code);

        var two = Culture.InSwedish(() => Assert.Throws<AllocationInputException>(() => LargestRemainder(10, ("a", -5), ("a", 0))));
        Assert.Equal(
            "Fördelningen kan inte göras, 2 problem:\n"
            + "  - a: vikten -5 är negativ; vikter ska vara noll eller mer\n"
            + "  - a: förekommer 2 gånger; varje part får förekomma en gång",
            two.Message);
        Assert.Equal([AllocationProblemCode.NegativeWeight, AllocationProblemCode.DuplicateParty], two.Problems.Select(p => p.Code));

        var residual = Culture.InSwedish(() => Assert.Throws<AllocationInputException>(() => HalfUp("x", 10, ("a", 1))));
        Assert.Equal("x: är utsedd att ta resten av avrundningen med halva uppåt men är inte bland parterna", Assert.Single(residual.Problems).ToString());
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_fixed_cost_statement_reads_as_a_heading_and_one_line_per_municipality_in_English_and_in_Swedish()
    {
        FixedCostStatement statement = FixedCostAllocation.ForYear(Norrbotten.Region, 2023);
        string[] english = statement.ToString().Split('\n');
        Assert.Equal("fixed cost 2023: 950 000 kr shared by population among 14 municipalities", english[0]);
        Assert.Equal(15, english.Length);
        Assert.Equal(
            "2580 Luleå: 32 % of the fixed cost, 298 397 kr (Jan–Jun 149 199 kr, Jul–Dec 149 198 kr)",
            statement.LineFor(MunicipalityCode.Parse("2580")).ToString());

        string[] swedish = Culture.InSwedish(() => statement.ToString()).Split('\n');
        Assert.Equal("fast kostnad 2023: 950 000 kr fördelat efter folkmängd på 14 kommuner", swedish[0]);
        Assert.Equal(
            "2580 Luleå: 32 % av den fasta kostnaden, 298 397 kr (jan–jun 149 199 kr, jul–dec 149 198 kr)",
            Culture.InSwedish(() => statement.LineFor(MunicipalityCode.Parse("2580")).ToString()));

        FixedCostStatement shared = FixedCostAllocation.Share(Norrbotten.Region.Municipalities.Take(2), Sek.FromKronor(1_000));
        Assert.StartsWith("fixed cost: 1 000 kr shared by population among 2 municipalities\n", shared.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("fast kostnad: 1 000 kr fördelat efter folkmängd på 2 kommuner\n", Culture.InSwedish(() => shared.ToString()), StringComparison.Ordinal);
    }

    /// <summary>The reason of an explanation: what follows the last "): " or the figures' ": ".</summary>
    private static string ReasonWords(string explanation) => explanation[(explanation.IndexOf("amount", StringComparison.Ordinal) + "amount".Length)..].Split(": ", 2)[1];
}
