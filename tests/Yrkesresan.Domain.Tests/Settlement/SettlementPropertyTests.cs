using System.Numerics;
using FsCheck.Fluent;
using NodaTime;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Settlement;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Settlement;

/// <summary>
/// FEE-1, FEE-3, POT-1, POT-2: the settlement's invariants on hundreds of random valid ledgers of
/// Norrbotten (random working days in 2022-2025, modes, registrations, trainers with and without
/// dates, external trainers, waived fees, own venue amounts). Reference figures come from a model of
/// Norrbotten's fee written here (1 000 kr venue on site only, 400 + 100 + 50 kr every day, nothing
/// when waived), not from the code under test.
/// </summary>
public class SettlementPropertyTests
{
    private static readonly Region Norrbotten = global::Yrkesresan.Domain.Regions.Norrbotten.Region;

    private static readonly int[] Years = [.. Enumerable.Range(LedgerGenerators.FirstYear, LedgerGenerators.LastYear - LedgerGenerators.FirstYear + 1)];

    /// <summary>Norrbotten's fee for one participant on one day, by the brief: FEE-1 and FEE-2.</summary>
    private static long ModelFee(CourseOccasion occasion, OccasionDay day) =>
        occasion.WaivesFee ? 0 : (day.Mode == DeliveryMode.OnSite ? occasion.VenueFee?.WholeKronor ?? 1_000 : 0) + 400 + 100 + 50;

    /// <summary>What the model says of one year: per municipality participant days, fees and trainer days; the pot collected.</summary>
    private static Model ModelOf(IEnumerable<CourseOccasion> occasions, int year)
    {
        var model = new Model();
        foreach (CourseOccasion occasion in occasions)
        {
            foreach (OccasionDay day in occasion.Days.Where(d => d.Date.Year == year))
            {
                foreach (ParticipantRegistration r in occasion.Participants)
                {
                    model.ParticipantDays[r.Municipality] = model.ParticipantDays.GetValueOrDefault(r.Municipality) + r.Count;
                    model.Fees[r.Municipality] = model.Fees.GetValueOrDefault(r.Municipality) + (r.Count * ModelFee(occasion, day));
                    model.Pot += occasion.WaivesFee ? 0 : r.Count * 400L;
                }
            }

            foreach (TrainerAssignment trainer in occasion.Trainers.Where(t => t.Municipality is not null))
            {
                IEnumerable<LocalDate> dates = trainer.Dates ?? [.. occasion.Days.Select(d => d.Date)];
                int taught = dates.Count(d => d.Year == year);
                MunicipalityCode code = trainer.Municipality!.Value;
                model.TrainerDays[code] = model.TrainerDays.GetValueOrDefault(code) + taught;
            }
        }

        return model;
    }

    [Fact]
    [Rule("POT-1")]
    public void No_krona_of_the_pot_is_created_or_lost()
    {
        Properties.ForAll(LedgerGenerators.Ledgers, ledger =>
        {
            foreach (int year in Years)
            {
                YearEndSettlement settlement = YearEndSettlement.Of(ledger, year);
                TrainerPot pot = settlement.Pot;
                Model model = ModelOf(ledger.Occasions, year);
                Assert.Equal(Sek.FromKronor(model.Pot), pot.Collected);
                Assert.Equal(pot.Collected, pot.PaidOut + pot.Undistributed);
                Assert.Equal(pot.PaidOut, Sek.Sum(settlement.Municipalities.Select(m => m.PotPayout)));
                Assert.Equal(model.TrainerDays.Values.Sum() == 0 ? pot.Collected : Sek.Zero, pot.Undistributed);
                Assert.All(settlement.Municipalities, m => Assert.True(m.PotPayout >= Sek.Zero));
            }
        });
    }

    [Fact]
    [Rule("FEE-1")]
    public void The_settlement_s_fees_are_the_registrations_times_the_fee_of_each_day_of_the_year()
    {
        Properties.ForAll(LedgerGenerators.Ledgers, ledger =>
        {
            foreach (int year in Years)
            {
                YearEndSettlement settlement = YearEndSettlement.Of(ledger, year);
                Model model = ModelOf(ledger.Occasions, year);
                var byVariableFee = new Dictionary<MunicipalityCode, Sek>();
                foreach (CourseOccasion occasion in ledger.Occasions)
                {
                    foreach (OccasionDay day in occasion.Days.Where(d => d.Date.Year == year))
                    {
                        Sek fee = VariableFee.PerParticipantDay(occasion, day, Norrbotten);
                        foreach (ParticipantRegistration r in occasion.Participants)
                        {
                            byVariableFee[r.Municipality] = byVariableFee.GetValueOrDefault(r.Municipality) + (fee * r.Count);
                        }
                    }
                }

                foreach (MunicipalitySettlement m in settlement.Municipalities)
                {
                    Assert.Equal(byVariableFee.GetValueOrDefault(m.Code), m.VariableFees);
                    Assert.Equal(Sek.FromKronor(model.Fees.GetValueOrDefault(m.Code)), m.VariableFees);
                    Assert.Equal(model.ParticipantDays.GetValueOrDefault(m.Code), m.ParticipantDays);
                    Assert.Equal(model.TrainerDays.GetValueOrDefault(m.Code), m.TrainerDays);
                }
            }
        });
    }

    [Fact]
    [Rule("FEE-1")]
    public void For_a_ledger_within_one_year_the_settlement_s_fees_are_the_occasions_invoice_totals()
    {
        var cases =
            from occasions in LedgerGenerators.OccasionList
            from year in Gen.Elements(Years)
            select (Occasions: occasions.Where(o => o.FirstDate.Year == year && o.LastDate.Year == year).ToArray(), Year: year);
        Properties.ForAll(cases, c =>
        {
            var ledger = new Ledger(Norrbotten, c.Occasions);
            YearEndSettlement settlement = YearEndSettlement.Of(ledger, c.Year);
            OccasionInvoice[] invoices = [.. ledger.Occasions.Select(o => OccasionInvoice.For(ledger, o.Id))];
            Assert.Equal(Sek.Sum(invoices.Select(i => i.Total)), settlement.VariableFees);
            foreach (MunicipalitySettlement m in settlement.Municipalities)
            {
                Assert.Equal(Sek.Sum(invoices.Select(i => i.AmountFor(m.Code))), m.VariableFees);
            }
        });
    }

    [Fact]
    [Rule("FEE-3")]
    public void Splitting_a_ledger_in_two_changes_no_year_s_fees_pot_participant_days_or_trainer_days()
    {
        Properties.ForAll(LedgerGenerators.Ledgers, ledger =>
        {
            CourseOccasion[] spring = [.. ledger.Occasions.Where(o => o.LastDate.Month < 7)];
            CourseOccasion[] rest = [.. ledger.Occasions.Where(o => o.LastDate.Month >= 7)];
            var first = new Ledger(Norrbotten, spring);
            var second = new Ledger(Norrbotten, rest);
            foreach (int year in Years)
            {
                YearEndSettlement whole = YearEndSettlement.Of(ledger, year);
                YearEndSettlement a = YearEndSettlement.Of(first, year);
                YearEndSettlement b = YearEndSettlement.Of(second, year);
                Assert.Equal(whole.VariableFees, a.VariableFees + b.VariableFees);
                Assert.Equal(whole.Pot.Collected, a.Pot.Collected + b.Pot.Collected);
                for (int i = 0; i < whole.Municipalities.Length; i++)
                {
                    Assert.Equal(whole.Municipalities[i].ParticipantDays, a.Municipalities[i].ParticipantDays + b.Municipalities[i].ParticipantDays);
                    Assert.Equal(whole.Municipalities[i].TrainerDays, a.Municipalities[i].TrainerDays + b.Municipalities[i].TrainerDays);
                    Assert.Equal(whole.Municipalities[i].VariableFees, a.Municipalities[i].VariableFees + b.Municipalities[i].VariableFees);
                    Assert.Equal(whole.Municipalities[i].FixedCost, a.Municipalities[i].FixedCost);
                }
            }
        });
    }

    [Fact]
    [Rule("POT-1")]
    public void Moving_an_occasion_across_New_Year_moves_exactly_its_days_to_the_next_year()
    {
        int[] yearEnds = [.. Enumerable.Range(0, LedgerGenerators.WorkingDays.Length - 1)
            .Where(i => LedgerGenerators.WorkingDays[i].Year != LedgerGenerators.WorkingDays[i + 1].Year)];
        var cases =
            from occasions in LedgerGenerators.OccasionList
            from moved in LedgerGenerators.Occasion("moved")
            where moved.Days.Length >= 2
            from end in Gen.Elements(yearEnds)
            from intoNextYear in Gen.Choose(1, moved.Days.Length - 1)
            select (occasions, moved, end, intoNextYear);
        Properties.ForAll(cases, c =>
        {
            int k = c.moved.Days.Length;
            int year = LedgerGenerators.WorkingDays[c.end].Year;
            CourseOccasion before = Shifted(c.moved, c.end - k + 1);
            CourseOccasion after = Shifted(c.moved, c.end - k + 1 + c.intoNextYear);
            Assert.All(before.Days, d => Assert.Equal(year, d.Date.Year));
            Assert.Equal(c.intoNextYear, after.Days.Count(d => d.Date.Year == year + 1));

            var original = new Ledger(Norrbotten, [.. c.occasions, before]);
            var shifted = new Ledger(Norrbotten, [.. c.occasions, after]);
            YearEndSettlement[] o = [YearEndSettlement.Of(original, year), YearEndSettlement.Of(original, year + 1)];
            YearEndSettlement[] s = [YearEndSettlement.Of(shifted, year), YearEndSettlement.Of(shifted, year + 1)];
            Assert.Equal(o[0].VariableFees + o[1].VariableFees, s[0].VariableFees + s[1].VariableFees);
            Assert.Equal(o[0].Pot.Collected + o[1].Pot.Collected, s[0].Pot.Collected + s[1].Pot.Collected);
            long participants = c.moved.Participants.Sum(p => (long)p.Count);
            Assert.Equal(o[1].ParticipantDays + (participants * c.intoNextYear), s[1].ParticipantDays);
            Assert.Equal(o[0].ParticipantDays - (participants * c.intoNextYear), s[0].ParticipantDays);
            for (int i = 0; i < o[0].Municipalities.Length; i++)
            {
                Assert.Equal(o[0].Municipalities[i].ParticipantDays + o[1].Municipalities[i].ParticipantDays, s[0].Municipalities[i].ParticipantDays + s[1].Municipalities[i].ParticipantDays);
                Assert.Equal(o[0].Municipalities[i].VariableFees + o[1].Municipalities[i].VariableFees, s[0].Municipalities[i].VariableFees + s[1].Municipalities[i].VariableFees);
                Assert.Equal(o[0].Municipalities[i].TrainerDays + o[1].Municipalities[i].TrainerDays, s[0].Municipalities[i].TrainerDays + s[1].Municipalities[i].TrainerDays);
            }
        });

        // The same occasion on the k working days from index `from`, each day keeping its mode and its trainers.
        static CourseOccasion Shifted(CourseOccasion occasion, int from)
        {
            LocalDate[] dates = [.. Enumerable.Range(from, occasion.Days.Length).Select(i => LedgerGenerators.WorkingDays[i])];
            LocalDate Map(LocalDate d) => dates[occasion.Days.IndexOf(occasion.Days.First(x => x.Date == d))];
            return new CourseOccasion(
                occasion.Id,
                occasion.CourseId,
                occasion.Days.Select((d, i) => new OccasionDay(dates[i], d.Mode)),
                occasion.Participants,
                occasion.Trainers.Select(t => new TrainerAssignment(t.Municipality, t.Dates?.Select(Map))),
                occasion.VenueFee,
                occasion.WaivesFee);
        }
    }

    [Fact]
    [Rule("POT-2")]
    public void Each_pot_payout_is_within_one_krona_of_its_exact_share_by_trainer_days()
    {
        Properties.ForAll(LedgerGenerators.Ledgers, ledger =>
        {
            foreach (int year in Years)
            {
                YearEndSettlement settlement = YearEndSettlement.Of(ledger, year);
                long totalDays = settlement.TrainerDays;
                if (totalDays == 0)
                {
                    continue;
                }

                BigInteger pot = settlement.Pot.Collected.WholeKronor;
                foreach (MunicipalitySettlement m in settlement.Municipalities)
                {
                    // |payout − pot × days / total| < 1, in integers: |payout × total − pot × days| < total.
                    BigInteger gap = BigInteger.Abs((m.PotPayout.WholeKronor * (BigInteger)totalDays) - (pot * m.TrainerDays));
                    Assert.True(gap < totalDays, $"{m}: {m.PotPayout} is not within one krona of {pot} × {m.TrainerDays} / {totalDays}");
                }
            }
        });
    }

    [Fact]
    [Rule("FEE-1")]
    public void Invoice_lines_add_up_to_the_total_and_each_is_participant_days_times_unit_price()
    {
        Properties.ForAll(LedgerGenerators.Ledgers, ledger =>
        {
            foreach (CourseOccasion occasion in ledger.Occasions)
            {
                OccasionInvoice invoice = OccasionInvoice.For(ledger, occasion.Id);
                Assert.Equal(invoice.Total, Sek.Sum(invoice.Lines.Select(l => l.Amount)));
                Assert.All(invoice.Lines, l => Assert.Equal(l.UnitPrice * l.ParticipantDays, l.Amount));
                Assert.Equal(
                    occasion.Participants.Sum(r => r.Count * occasion.Days.Sum(d => ModelFee(occasion, d))),
                    invoice.Total.WholeKronor);
                foreach (IGrouping<MunicipalityCode, ParticipantRegistration> registered in occasion.Participants.GroupBy(p => p.Municipality))
                {
                    long participantDays = registered.Sum(r => (long)r.Count) * occasion.Days.Length;
                    Assert.Equal(
                        occasion.Days.Sum(d => ModelFee(occasion, d)) * registered.Sum(r => (long)r.Count),
                        invoice.AmountFor(registered.Key).WholeKronor);
                    Assert.All(
                        invoice.Lines.Where(l => l.Municipality.Code == registered.Key).GroupBy(l => l.Component),
                        component => Assert.InRange(component.Sum(l => l.ParticipantDays), 1, participantDays));
                }
            }
        });
    }

    [Fact]
    [Rule("POT-2")]
    public void The_settlement_does_not_depend_on_the_order_of_the_occasions()
    {
        var cases =
            from occasions in LedgerGenerators.OccasionList
            from shuffled in Gen.Shuffle(occasions)
            select (occasions, shuffled);
        Properties.ForAll(cases, c =>
        {
            var original = new Ledger(Norrbotten, c.occasions);
            var reordered = new Ledger(Norrbotten, c.shuffled);
            foreach (int year in Years)
            {
                YearEndSettlement a = YearEndSettlement.Of(original, year);
                YearEndSettlement b = YearEndSettlement.Of(reordered, year);
                Assert.Equal(a.Municipalities.ToArray(), b.Municipalities.ToArray());
                Assert.Equal(a.Pot.ToString(), b.Pot.ToString());
                Assert.Equal(a.ToString(), b.ToString());
            }
        });
    }

    private sealed class Model
    {
        public Dictionary<MunicipalityCode, long> ParticipantDays { get; } = [];

        public Dictionary<MunicipalityCode, long> Fees { get; } = [];

        public Dictionary<MunicipalityCode, long> TrainerDays { get; } = [];

        public long Pot { get; set; }
    }
}
