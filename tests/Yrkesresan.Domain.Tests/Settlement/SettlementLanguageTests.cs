using Yrkesresan.Domain.Settlement;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.Settlement;

/// <summary>The year-end settlement in Swedish: the seeds' words (<i>deltagardagar</i>, <i>utbildarpott</i>, <i>fast kostnad</i>, <i>netto</i>), the same figures.</summary>
public sealed class SettlementLanguageTests
{
    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_settlement_reads_in_Swedish_with_the_seeds_terms_and_the_same_figures()
    {
        YearEndSettlement settlement = YearEndSettlement.Of(ExampleLedger(), 2023);
        string[] lines = Culture.InSwedish(() => settlement.ToString()).Split('\n');
        Assert.Equal("Norrbotten 2023: utbildarpott 2023: 19 600 kr inbetalt, 19 600 kr utbetalt, 0 kr ej fördelat", lines[0]);
        Assert.Equal(15, lines.Length);
        Assert.Equal(
            "2580 Luleå: 9 deltagardagar, 13 950 kr rörliga avgifter; 4 utbildardagar, 7 840 kr utbildarpott; fast kostnad 298 397 kr (149 199 kr + 149 198 kr); netto 304 507 kr",
            Culture.InSwedish(() => settlement.For(C("2580")).ToString()));
    }
}
