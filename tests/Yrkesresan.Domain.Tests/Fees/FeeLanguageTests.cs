using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.Fees;

/// <summary>
/// FEE-1, FEE-2 in Swedish: a fee schedule, its problems and an invoice basis read in the language of whoever
/// reads them; component codes and amounts stay as they are in both.
/// </summary>
public sealed class FeeLanguageTests
{
    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_schedule_and_its_rates_read_in_Swedish_with_the_component_codes()
    {
        Assert.Equal(
            "venue 1 000 kr, inte digitala dagar; trainer_pot 400 kr; course_material 100 kr; buffer 50 kr: 1 550 kr per deltagare och dag på plats, 550 kr digitalt",
            Culture.InSwedish(() => Schedule().ToString()));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_schedule_s_problems_read_in_Swedish_with_their_codes()
    {
        FeeRate[] rates =
        [
            new(FeeComponent.Venue, Sek.FromKronor(-1), false),
            new(FeeComponent.TrainerPot, Sek.FromOre(40_050), true),
            new(FeeComponent.TrainerPot, Sek.FromKronor(400), true),
            null!,
        ];
        var error = Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => new FeeSchedule(rates)));
        Assert.Equal(
            [
                "FeeRateMissing: components[3]: saknas",
                "FeeAmountNegative: components.venue.amount_sek: -1 kr är negativt",
                "FeeComponentRepeated: components.trainer_pot: anges mer än en gång",
                "FeeAmountNotWholeKronor: components.trainer_pot.amount_sek: 400,50 kr är inte hela kronor; fakturerade belopp är hela kronor (MONEY-1)",
                "FeeComponentMissing: components.course_material: saknas",
                "FeeComponentMissing: components.buffer: saknas",
            ],
            error.Problems.Select(p => $"{p.Code}: {p}"));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void An_invoice_basis_reads_in_Swedish_with_its_total_as_summa()
    {
        OccasionInvoice invoice = OccasionInvoice.For(Occasion("o", [OnSite("2023-10-10"), OnSite("2023-10-11")], [P("2580", 4)]), Norrbotten.Region);
        string swedish = Culture.InSwedish(() => invoice.ToString());
        Assert.Equal("2580 Luleå trainer_pot: 8 × 400 kr = 3 200 kr", swedish.Split('\n')[1]);
        Assert.EndsWith("\nsumma: 12 400 kr", swedish, StringComparison.Ordinal);
    }
}
