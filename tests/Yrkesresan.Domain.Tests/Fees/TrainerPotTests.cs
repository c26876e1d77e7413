using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.Fees;

/// <summary>
/// POT-1 to POT-3: the trainer pot of a year is what was charged for it on the year's days, shared
/// by the municipalities' trainer days with the largest-remainder method; external trainers do not
/// count, and a pot nobody from a municipality earned stays undistributed.
/// </summary>
public class TrainerPotTests
{
    private static (string Code, long Days, long Kronor)[] Payouts(TrainerPot pot) =>
        [.. pot.TrainerDays.Select(t => (t.Party.ToString(), t.Weight, pot.PayoutTo(t.Party).WholeKronor))];

    [Fact]
    [Rule("POT-1")]
    public void The_pot_collects_400_kr_per_participant_and_course_day_on_site_and_digitally()
    {
        TrainerPot pot = TrainerPot.Of(
            NorrbottenLedger(Occasion("o", [OnSite("2023-10-10"), Digital("2023-10-11")], [P("2581", 2), P("2506", 1)], [T("2581")])),
            2023);
        Assert.Equal(2023, pot.Year);
        Assert.Equal(Kr(2_400), pot.Collected);
        Assert.Equal(Kr(2_400), pot.PaidOut);
        Assert.Equal(Sek.Zero, pot.Undistributed);
    }

    [Fact]
    [Rule("POT-1")]
    public void An_occasion_s_own_venue_amount_does_not_change_the_pot()
    {
        TrainerPot pot = TrainerPot.Of(NorrbottenLedger(Occasion("o", [OnSite("2023-03-14")], [P("2584", 5)], [T("2584")], venueFee: 600)), 2023);
        Assert.Equal(Kr(2_000), pot.Collected);
    }

    [Fact]
    [Rule("POT-1")]
    public void A_waived_occasion_adds_nothing_to_the_pot_but_its_trainers_days_still_count()
    {
        Ledger ledger = NorrbottenLedger(
            Occasion("waived", [Digital("2023-05-16")], [P("2514", 3)], [T("2581")], waivesFee: true),
            Occasion("charged", [OnSite("2023-09-19")], [P("2580", 2)], [T("2580")]));
        TrainerPot pot = TrainerPot.Of(ledger, 2023);
        Assert.Equal(Kr(800), pot.Collected);
        Assert.Equal([("2580", 1L, 400L), ("2581", 1L, 400L)], Payouts(pot));
    }

    [Fact]
    [Rule("POT-1")]
    public void Trainer_days_with_nothing_collected_share_a_pot_of_zero()
    {
        TrainerPot pot = TrainerPot.Of(NorrbottenLedger(Occasion("waived", [OnSite("2023-05-16")], [P("2514", 3)], [T("2581")], waivesFee: true)), 2023);
        Assert.Equal(Sek.Zero, pot.Collected);
        Assert.Equal(Sek.Zero, pot.PaidOut);
        Assert.Equal(Sek.Zero, pot.Undistributed);
        Assert.Equal([("2581", 1L, 0L)], Payouts(pot));
    }

    [Fact]
    [Rule("POT-1")]
    public void An_occasion_across_New_Year_adds_each_day_to_the_pot_of_its_own_year()
    {
        Ledger ledger = NorrbottenLedger(
            Occasion("o", [OnSite("2023-12-28"), Digital("2024-01-03")], [P("2584", 3), P("2582", 2)], [T("2584"), T("2580", "2024-01-03")]));
        TrainerPot pot2023 = TrainerPot.Of(ledger, 2023);
        TrainerPot pot2024 = TrainerPot.Of(ledger, 2024);
        Assert.Equal(Kr(2_000), pot2023.Collected);
        Assert.Equal([("2584", 1L, 2_000L)], Payouts(pot2023));
        Assert.Equal(Kr(2_000), pot2024.Collected);
        Assert.Equal([("2580", 1L, 1_000L), ("2584", 1L, 1_000L)], Payouts(pot2024));
    }

    [Fact]
    [Rule("POT-1")]
    public void A_year_without_course_days_collects_nothing_and_has_no_trainer_days()
    {
        TrainerPot pot = TrainerPot.Of(ExampleLedger(), 2025);
        Assert.Equal(Sek.Zero, pot.Collected);
        Assert.Empty(pot.TrainerDays);
        Assert.Null(pot.Distribution);
        Assert.Equal(Sek.Zero, pot.Undistributed);
    }

    [Fact]
    [Rule("POT-1")]
    public void The_pot_takes_the_trainer_pot_amount_of_the_schedule_in_force_on_each_day()
    {
        Region region = Testlan([("2021-07-01", Schedule()), ("2023-03-15", Schedule(pot: 500))]);
        var ledger = new Ledger(region, [Occasion("o", [OnSite("2023-03-14"), OnSite("2023-03-15")], [P("0001", 2)], [T("0002")])]);
        Assert.Equal(Kr((2 * 400) + (2 * 500)), TrainerPot.Of(ledger, 2023).Collected);
    }

    [Fact]
    [Rule("POT-2")]
    public void The_example_ledger_s_pot_of_19_600_kr_is_shared_4_3_3_by_trainer_days()
    {
        TrainerPot pot = TrainerPot.Of(ExampleLedger(), 2023);
        Assert.Equal(Kr(19_600), pot.Collected);
        Assert.Equal([("2580", 4L, 7_840L), ("2581", 3L, 5_880L), ("2584", 3L, 5_880L)], Payouts(pot));
        Assert.Equal(Kr(19_600), pot.PaidOut);
        Assert.Equal("trainer pot 2023: 19 600 kr collected, 19 600 kr paid out, 0 kr undistributed", pot.ToString());
    }

    [Fact]
    [Rule("POT-2")]
    public void A_Swedish_reader_reads_the_pot_as_utbildarpott_inbetalt_utbetalt_and_ej_fordelat()
    {
        TrainerPot pot = TrainerPot.Of(ExampleLedger(), 2023);
        Assert.Equal("utbildarpott 2023: 19 600 kr inbetalt, 19 600 kr utbetalt, 0 kr ej fördelat", Culture.InSwedish(pot.ToString));
    }

    [Fact]
    [Rule("POT-2")]
    public void Two_trainers_from_one_municipality_on_the_same_day_are_two_trainer_days()
    {
        TrainerPot pot = TrainerPot.Of(NorrbottenLedger(Occasion("o", [OnSite("2023-03-14")], [P("2580", 3)], [T("2580"), T("2580"), T("2581")])), 2023);
        Assert.Equal([("2580", 2L, 800L), ("2581", 1L, 400L)], Payouts(pot));
    }

    [Fact]
    [Rule("POT-2")]
    public void A_trainer_with_dates_counts_only_those_days_and_one_without_counts_every_day()
    {
        TrainerPot pot = TrainerPot.Of(
            NorrbottenLedger(Occasion("o", [OnSite("2023-10-10"), Digital("2023-10-11"), OnSite("2023-10-12")], [P("2581", 1)], [T("2581", "2023-10-10"), T("2580")])),
            2023);
        Assert.Equal(Kr(1_200), pot.Collected);
        Assert.Equal([("2580", 3L, 900L), ("2581", 1L, 300L)], Payouts(pot));
    }

    [Fact]
    [Rule("POT-2")]
    public void A_pot_that_does_not_divide_evenly_gives_the_leftover_krona_to_the_lowest_code()
    {
        // 400 kr over three municipalities with one trainer day each: 133 1/3 each, 1 krona left.
        TrainerPot pot = TrainerPot.Of(NorrbottenLedger(Occasion("o", [OnSite("2023-03-14")], [P("2523", 1)], [T("2584"), T("2510"), T("2505")])), 2023);
        Assert.Equal([("2505", 1L, 134L), ("2510", 1L, 133L), ("2584", 1L, 133L)], Payouts(pot));
        Assert.Equal(Kr(400), pot.PaidOut);
        Assert.Equal(1, pot.Distribution!.LeftoverUnits);
    }

    [Fact]
    [Rule("POT-2")]
    public void Leftover_kronor_with_equal_remainders_go_first_to_the_larger_number_of_trainer_days_then_to_the_lower_code()
    {
        // 400 kr over 6 trainer days: quotas 266 4/6 (Luleå, 4 days) and 66 4/6 (Arvidsjaur, Kiruna), 2 kronor left.
        TrainerPot pot = TrainerPot.Of(
            NorrbottenLedger(Occasion("o", [OnSite("2023-03-14")], [P("2523", 1)], [T("2584"), T("2580"), T("2580"), T("2580"), T("2580"), T("2505")])),
            2023);
        Assert.Equal([("2505", 1L, 67L), ("2580", 4L, 267L), ("2584", 1L, 66L)], Payouts(pot));
        Assert.Equal(2, pot.Distribution!.LeftoverUnits);
    }

    [Fact]
    [Rule("POT-3")]
    public void An_external_trainer_s_days_do_not_count()
    {
        TrainerPot pot = TrainerPot.Of(
            NorrbottenLedger(Occasion("o", [OnSite("2023-03-14"), OnSite("2023-03-15")], [P("2584", 5)], [T("2584", "2023-03-14"), External()])),
            2023);
        Assert.Equal([("2584", 1L, 4_000L)], Payouts(pot));
        Assert.Equal(Kr(4_000), pot.PaidOut);
    }

    [Fact]
    [Rule("POT-3")]
    public void A_year_without_trainers_leaves_the_whole_pot_undistributed_and_pays_out_nothing()
    {
        TrainerPot pot = TrainerPot.Of(NorrbottenLedger(Occasion("o", [OnSite("2023-03-14")], [P("2584", 5)])), 2023);
        Assert.Equal(Kr(2_000), pot.Collected);
        Assert.Equal(Sek.Zero, pot.PaidOut);
        Assert.Equal(Kr(2_000), pot.Undistributed);
        Assert.Null(pot.Distribution);
        Assert.Empty(pot.TrainerDays);
        Assert.Equal(Sek.Zero, pot.PayoutTo(C("2584")));
        Assert.Equal(0, pot.TrainerDaysOf(C("2584")));
    }

    [Fact]
    [Rule("POT-3")]
    public void A_year_whose_trainers_are_all_external_leaves_the_whole_pot_undistributed()
    {
        TrainerPot pot = TrainerPot.Of(
            NorrbottenLedger(Occasion("o", [OnSite("2023-03-14"), Digital("2023-03-15")], [P("2584", 5)], [External(), External("2023-03-15")])),
            2023);
        Assert.Equal(Kr(4_000), pot.Collected);
        Assert.Equal(Sek.Zero, pot.PaidOut);
        Assert.Equal(Kr(4_000), pot.Undistributed);
        Assert.Empty(pot.TrainerDays);
        Assert.Equal("trainer pot 2023: 4 000 kr collected, 0 kr paid out, 4 000 kr undistributed", pot.ToString());
    }

    [Fact]
    [Rule("POT-3")]
    public void Trainers_of_another_year_do_not_make_this_year_s_pot_distributed()
    {
        Ledger ledger = NorrbottenLedger(
            Occasion("o", [OnSite("2023-12-28"), Digital("2024-01-03")], [P("2584", 2)], [T("2580", "2023-12-28")]));
        TrainerPot pot2024 = TrainerPot.Of(ledger, 2024);
        Assert.Equal(Kr(800), pot2024.Collected);
        Assert.Equal(Kr(800), pot2024.Undistributed);
        Assert.Equal(Kr(800), TrainerPot.Of(ledger, 2023).PaidOut);
    }

    [Fact]
    [Rule("POT-1")]
    public void A_pot_cannot_be_asked_of_no_ledger()
    {
        Assert.Throws<ArgumentNullException>(() => TrainerPot.Of(null!, 2023));
    }
}
