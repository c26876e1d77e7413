using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.Fees;

/// <summary>
/// FEE-1 to FEE-3: an occasion's invoice basis, one line per municipality and fee component, with
/// participant days, unit price and amount; a zero line for what is not charged; two lines for a
/// component whose price changes during the occasion.
/// </summary>
public class OccasionInvoiceTests
{
    private static readonly Region Norrbotten = global::Yrkesresan.Domain.Regions.Norrbotten.Region;

    private static OccasionInvoice Invoice(CourseOccasion occasion) => OccasionInvoice.For(occasion, Norrbotten);

    private static (string Municipality, string Component, long Days, long Price, long Amount)[] Rows(OccasionInvoice invoice) =>
        [.. invoice.Lines.Select(l => (l.Municipality.Code.ToString(), l.Component.Code, l.ParticipantDays, l.UnitPrice.WholeKronor, l.Amount.WholeKronor))];

    [Fact]
    [Rule("FEE-1")]
    public void An_on_site_day_bills_each_municipality_one_line_per_component_in_code_order()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [OnSite("2023-03-14")], [P("2581", 2), P("2580", 4)]));
        Assert.Equal(
            [
                ("2580", "venue", 4L, 1_000L, 4_000L),
                ("2580", "trainer_pot", 4L, 400L, 1_600L),
                ("2580", "course_material", 4L, 100L, 400L),
                ("2580", "buffer", 4L, 50L, 200L),
                ("2581", "venue", 2L, 1_000L, 2_000L),
                ("2581", "trainer_pot", 2L, 400L, 800L),
                ("2581", "course_material", 2L, 100L, 200L),
                ("2581", "buffer", 2L, 50L, 100L),
            ],
            Rows(invoice));
        Assert.Equal(Kr(9_300), invoice.Total);
        Assert.Equal(Kr(6_200), invoice.AmountFor(C("2580")));
        Assert.Equal(Kr(3_100), invoice.AmountFor(C("2581")));
        Assert.Equal(Sek.Zero, invoice.AmountFor(C("2584")));
        Assert.Equal(["2580", "2581"], invoice.Municipalities.Select(m => m.Code.ToString()));
        Assert.Equal("Luleå", invoice.Municipalities[0].Name);
    }

    [Fact]
    [Rule("FEE-3")]
    public void Three_registered_participants_on_a_two_day_occasion_are_billed_six_participant_days_whoever_attended()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [OnSite("2023-03-14"), OnSite("2023-03-15")], [P("2584", 3)]));
        Assert.All(invoice.Lines, l => Assert.Equal(6, l.ParticipantDays));
        Assert.Equal(4, invoice.Lines.Length);
        Assert.Equal(Kr(9_300), invoice.Total);
    }

    [Fact]
    [Rule("FEE-3")]
    public void Two_registration_lines_of_one_municipality_are_added_up_on_one_line_per_component()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [OnSite("2023-09-19")], [P("2580", 3), P("2560", 2), P("2580", 2)]));
        Assert.Equal(
            [
                ("2560", "venue", 2L, 1_000L, 2_000L),
                ("2560", "trainer_pot", 2L, 400L, 800L),
                ("2560", "course_material", 2L, 100L, 200L),
                ("2560", "buffer", 2L, 50L, 100L),
                ("2580", "venue", 5L, 1_000L, 5_000L),
                ("2580", "trainer_pot", 5L, 400L, 2_000L),
                ("2580", "course_material", 5L, 100L, 500L),
                ("2580", "buffer", 5L, 50L, 250L),
            ],
            Rows(invoice));
        Assert.Equal(Kr(7_750), invoice.AmountFor(C("2580")));
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_digital_day_bills_the_venue_on_a_zero_line_and_the_other_components_in_full()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [Digital("2023-03-14")], [P("2510", 2)]));
        Assert.Equal(
            [
                ("2510", "venue", 2L, 0L, 0L),
                ("2510", "trainer_pot", 2L, 400L, 800L),
                ("2510", "course_material", 2L, 100L, 200L),
                ("2510", "buffer", 2L, 50L, 100L),
            ],
            Rows(invoice));
        Assert.Equal(Kr(1_100), invoice.Total);
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_waived_occasion_shows_every_participant_day_of_every_component_on_a_zero_line()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [OnSite("2023-10-10"), Digital("2023-10-11")], [P("2514", 3), P("2513", 2)], waivesFee: true));
        Assert.Equal(
            [
                ("2513", "venue", 4L, 0L, 0L),
                ("2513", "trainer_pot", 4L, 0L, 0L),
                ("2513", "course_material", 4L, 0L, 0L),
                ("2513", "buffer", 4L, 0L, 0L),
                ("2514", "venue", 6L, 0L, 0L),
                ("2514", "trainer_pot", 6L, 0L, 0L),
                ("2514", "course_material", 6L, 0L, 0L),
                ("2514", "buffer", 6L, 0L, 0L),
            ],
            Rows(invoice));
        Assert.Equal(Sek.Zero, invoice.Total);
    }

    [Fact]
    [Rule("FEE-2")]
    public void An_occasion_s_own_venue_amount_of_600_kr_is_billed_on_the_venue_line()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [OnSite("2023-03-14")], [P("2584", 5)], venueFee: 600));
        Assert.Equal(("2584", "venue", 5L, 600L, 3_000L), Rows(invoice)[0]);
        Assert.Equal(Kr(5_750), invoice.Total);
    }

    [Fact]
    [Rule("FEE-2")]
    public void An_occasion_s_own_venue_amount_is_not_billed_for_its_digital_day()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [OnSite("2023-10-10"), Digital("2023-10-11")], [P("2584", 5)], venueFee: 600));
        Assert.Equal(("2584", "venue", 5L, 600L, 3_000L), Rows(invoice)[0]);
        Assert.Equal(Kr(3_000 + (10 * 550)), invoice.Total);
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_venue_amount_of_zero_is_billed_as_a_zero_venue_line()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [OnSite("2023-03-14")], [P("2584", 5)], venueFee: 0));
        Assert.Equal(("2584", "venue", 5L, 0L, 0L), Rows(invoice)[0]);
        Assert.Equal(Kr(5 * 550), invoice.Total);
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_fee_schedule_that_changes_during_an_occasion_bills_a_changed_component_on_two_lines()
    {
        Region region = Testlan([("2021-07-01", Schedule()), ("2023-03-15", Schedule(venue: 1_200, pot: 500))]);
        OccasionInvoice invoice = OccasionInvoice.For(Occasion("o", [OnSite("2023-03-14"), OnSite("2023-03-15")], [P("0001", 2)]), region);
        Assert.Equal(
            [
                ("0001", "venue", 2L, 1_000L, 2_000L),
                ("0001", "venue", 2L, 1_200L, 2_400L),
                ("0001", "trainer_pot", 2L, 400L, 800L),
                ("0001", "trainer_pot", 2L, 500L, 1_000L),
                ("0001", "course_material", 4L, 100L, 400L),
                ("0001", "buffer", 4L, 50L, 200L),
            ],
            Rows(invoice));
        Assert.Equal(Kr(6_800), invoice.Total);
    }

    [Fact]
    [Rule("FEE-1")]
    public void An_occasion_without_registrations_has_no_lines_and_bills_nothing()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [OnSite("2023-03-14")], [], [T("2580")]));
        Assert.Empty(invoice.Lines);
        Assert.Empty(invoice.Municipalities);
        Assert.Equal(Sek.Zero, invoice.Total);
    }

    [Fact]
    [Rule("FEE-1")]
    public void The_invoice_basis_of_an_occasion_of_the_example_ledger_is_found_by_its_id()
    {
        Ledger ledger = ExampleLedger();
        OccasionInvoice invoice = OccasionInvoice.For(ledger, "2023-fordjupning-1");
        Assert.Equal("2023-fordjupning-1", invoice.Occasion.Id);
        Assert.Equal(Kr(8 * 2_100), invoice.Total);
        Assert.Equal(Kr(8_400), invoice.AmountFor(C("2581")));
        Assert.Equal(Kr(4_200), invoice.AmountFor(C("2506")));
        Assert.Throws<KeyNotFoundException>(() => OccasionInvoice.For(ledger, "no-such-occasion"));
    }

    [Fact]
    [Rule("FEE-1")]
    public void An_invoice_line_reads_as_participant_days_times_unit_price()
    {
        OccasionInvoice invoice = Invoice(Occasion("o", [OnSite("2023-10-10"), OnSite("2023-10-11")], [P("2580", 4)]));
        Assert.Equal("2580 Luleå trainer_pot: 8 × 400 kr = 3 200 kr", invoice.Lines[1].ToString());
        Assert.EndsWith("\ntotal: 12 400 kr", invoice.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Rule("FEE-1")]
    public void An_invoice_basis_cannot_be_made_of_nothing()
    {
        CourseOccasion occasion = Occasion("o", [OnSite("2023-03-14")], [P("2580", 1)]);
        Assert.Throws<ArgumentNullException>(() => OccasionInvoice.For(null!, Norrbotten));
        Assert.Throws<ArgumentNullException>(() => OccasionInvoice.For(occasion, null!));
        Assert.Throws<ArgumentNullException>(() => OccasionInvoice.For((Ledger)null!, "o"));
    }
}
