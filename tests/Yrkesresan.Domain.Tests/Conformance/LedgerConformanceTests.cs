using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Settlement;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Conformance;

/// <summary>
/// The settlement's invariants, run on random valid ledgers of the region under test
/// (<see cref="RegionUnderTest"/>): occasions of its catalogue's courses and of a course outside it,
/// on working days from its first fee schedule in the years of <see cref="RegionUnderTest.Years"/>,
/// registrations and trainers of its municipalities or external, waived fees and own venue amounts.
/// A region without fee schedules has only empty ledgers, and the tests check that an occasion is
/// refused.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class LedgerConformanceTests
{
    private static readonly Lazy<RegionLedgerGenerator> AllYears = new(() => RegionLedgerGenerator.For(Region, RegionUnderTest.Years));

    /// <summary>A generator per year, each of occasions within its year; only years with a working day to price.</summary>
    private static readonly Lazy<RegionLedgerGenerator[]> SingleYears = new(() =>
    [
        .. RegionUnderTest.Years.Select(y => RegionLedgerGenerator.For(Region, [y])).Where(g => g.MakesOccasions),
    ]);

    private static Region Region => RegionUnderTest.Region;

    private static RegionLedgerGenerator Generator => AllYears.Value;

    [Fact]
    [Rule("POT-1")]
    public void Every_year_of_a_random_ledger_the_pot_collected_is_the_pot_rate_charged_and_is_paid_out_or_undistributed()
    {
        Properties.ForAll(Generator.Ledgers, ledger =>
        {
            foreach (int year in ledger.Years)
            {
                TrainerPot pot = YearEndSettlement.Of(ledger, year).Pot;
                Sek charged = Sek.Sum(
                    from occasion in ledger.Occasions
                    where !occasion.WaivesFee
                    from day in occasion.Days
                    where day.Date.Year == year
                    let rate = Region.FeeScheduleOn(day.Date).RateOf(FeeComponent.TrainerPot)
                    where day.Mode == DeliveryMode.OnSite || rate.ChargedOnDigitalDays
                    select rate.Amount * occasion.Participants.Sum(p => (long)p.Count));
                Assert.Equal(charged, pot.Collected);
                Assert.Equal(pot.Collected, pot.PaidOut + pot.Undistributed);
                Assert.True(pot.PaidOut >= Sek.Zero && pot.Undistributed >= Sek.Zero, pot.ToString());
            }
        });
    }

    [Fact]
    [Rule("POT-2")]
    public void Every_year_of_a_random_ledger_each_municipality_is_settled_once_in_order_of_code_and_owes_its_fixed_cost_and_fees_less_its_pot_share()
    {
        MunicipalityCode[] codes = [.. Region.Municipalities.Select(m => m.Code).Order()];
        Properties.ForAll(Generator.Ledgers, ledger =>
        {
            foreach (int year in ledger.Years)
            {
                YearEndSettlement settlement = YearEndSettlement.Of(ledger, year);
                Assert.Equal(codes, settlement.Municipalities.Select(m => m.Code));
                Assert.Equal(settlement.Pot.PaidOut, Sek.Sum(settlement.Municipalities.Select(m => m.PotPayout)));
                BigInteger pot = settlement.Pot.Collected.WholeKronor;
                long totalDays = settlement.TrainerDays;
                foreach (MunicipalitySettlement m in settlement.Municipalities)
                {
                    Assert.Equal(m.FixedCost + m.VariableFees - m.PotPayout, m.Net);
                    Assert.True(m.PotPayout >= Sek.Zero, m.ToString());

                    // |payout − pot × days / total| < 1, in integers: |payout × total − pot × days| < total.
                    BigInteger gap = BigInteger.Abs((m.PotPayout.WholeKronor * (BigInteger)totalDays) - (pot * m.TrainerDays));
                    Assert.True(totalDays == 0 ? m.PotPayout == Sek.Zero : gap < totalDays, $"{year}: {m}");
                }

                Assert.Equal(settlement.FixedCost.Total + settlement.VariableFees - settlement.Pot.PaidOut, settlement.Net);
            }
        });
    }

    [Fact]
    [Rule("POT-3")]
    public void Every_year_of_a_random_ledger_only_municipal_trainers_days_count_and_a_pot_without_them_is_undistributed()
    {
        Properties.ForAll(Generator.Ledgers, ledger =>
        {
            foreach (int year in ledger.Years)
            {
                YearEndSettlement settlement = YearEndSettlement.Of(ledger, year);
                var days = new Dictionary<MunicipalityCode, long>();
                foreach (CourseOccasion occasion in ledger.Occasions)
                {
                    foreach (TrainerAssignment trainer in occasion.Trainers.Where(t => !t.IsExternal))
                    {
                        IEnumerable<LocalDate> taught = trainer.Dates ?? [.. occasion.Days.Select(d => d.Date)];
                        MunicipalityCode code = trainer.Municipality!.Value;
                        days[code] = days.GetValueOrDefault(code) + taught.Count(d => d.Year == year);
                    }
                }

                Assert.All(settlement.Municipalities, m => Assert.Equal(days.GetValueOrDefault(m.Code), m.TrainerDays));
                Sek undistributed = days.Values.Sum() == 0 ? settlement.Pot.Collected : Sek.Zero;
                Assert.Equal(undistributed, settlement.Pot.Undistributed);
            }
        });
    }

    [Fact]
    [Rule("FEE-1")]
    public void For_a_random_ledger_within_one_year_the_municipalities_fees_are_the_occasions_invoice_totals()
    {
        AssertAnOccasionIsRefusedOnADayWithoutAFeeSchedule();
        if (SingleYears.Value.Length == 0)
        {
            return;
        }

        var cases =
            from generator in Gen.Elements(SingleYears.Value)
            from occasions in generator.OccasionList
            select (generator.WorkingDays[0].Year, Occasions: occasions);
        Properties.ForAll(cases, c =>
        {
            var ledger = new Ledger(Region, c.Occasions);
            YearEndSettlement settlement = YearEndSettlement.Of(ledger, c.Year);
            OccasionInvoice[] invoices = [.. ledger.Occasions.Select(o => OccasionInvoice.For(ledger, o.Id))];
            Assert.Equal(Sek.Sum(invoices.Select(i => i.Total)), settlement.VariableFees);
            Assert.All(settlement.Municipalities, m => Assert.Equal(Sek.Sum(invoices.Select(i => i.AmountFor(m.Code))), m.VariableFees));
        });
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_random_occasion_s_day_costs_no_less_on_site_than_digitally_and_without_a_waiver_or_own_venue_amount_what_the_schedule_says()
    {
        Properties.ForAll(Generator.OccasionList, occasions =>
        {
            foreach (CourseOccasion occasion in occasions)
            {
                foreach (OccasionDay day in occasion.Days)
                {
                    Sek onSite = VariableFee.PerParticipantDay(occasion, day with { Mode = DeliveryMode.OnSite }, Region);
                    Sek digital = VariableFee.PerParticipantDay(occasion, day with { Mode = DeliveryMode.Digital }, Region);
                    Assert.True(onSite >= digital, $"{occasion}, {day.Date}: {onSite} on site, {digital} digitally");
                    FeeSchedule schedule = Region.FeeScheduleOn(day.Date);
                    if (occasion.WaivesFee)
                    {
                        Assert.Equal(Sek.Zero, onSite);
                    }
                    else if (occasion.VenueFee is null)
                    {
                        Assert.Equal(schedule.AmountPerParticipantDay(DeliveryMode.OnSite), onSite);
                        Assert.Equal(schedule.AmountPerParticipantDay(DeliveryMode.Digital), digital);
                    }
                }

                if (occasion.WaivesFee)
                {
                    Assert.Equal(Sek.Zero, OccasionInvoice.For(occasion, Region).Total);
                }
            }
        });
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void Every_year_of_a_random_ledger_each_fixed_cost_share_is_its_two_halves_and_the_shares_add_up_to_the_year_s_fixed_cost()
    {
        Properties.ForAll(Generator.Ledgers, ledger =>
        {
            foreach (int year in ledger.Years)
            {
                YearEndSettlement settlement = YearEndSettlement.Of(ledger, year);
                Assert.All(settlement.Municipalities, m => Assert.Equal(m.FixedCost, m.FirstHalf + m.SecondHalf));
                Assert.Equal(Region.FixedCostIn(year), Sek.Sum(settlement.Municipalities.Select(m => m.FixedCost)));
                MunicipalityCode[] members = [.. Region.MembersIn(year).Select(m => m.Code)];
                Assert.All(settlement.Municipalities.Where(m => !members.Contains(m.Code)), m => Assert.Equal(Sek.Zero, m.FixedCost));
            }
        });
    }

    [Fact]
    [Rule("COURSE-6")]
    public void A_random_ledger_of_the_region_is_valid_and_an_occasion_of_a_catalogue_course_with_another_number_of_days_is_refused()
    {
        Properties.ForAll(Generator.OccasionList, occasions =>
        {
            var ledger = new Ledger(Region, occasions);
            foreach (CourseOccasion occasion in ledger.Occasions)
            {
                Assert.True(occasion.Days.Zip(occasion.Days.Skip(1)).All(p => p.First.Date < p.Second.Date), occasion.ToString());
                if (Region.Catalogue.TryGetCourse(occasion.CourseId, out Course? course))
                {
                    Assert.Equal(course.CourseDays, occasion.Days.Length);
                }
            }

            Assert.Equal(occasions.Count(o => o.CourseId == Generator.FreeCourse), ledger.Notices.Length);
        });

        Course[] courses = [.. Region.Catalogue.Courses.Where(c => c.CourseDays + 1 < Generator.WorkingDays.Length && c.CourseDays < Course.MaxCourseDays)];
        if (courses.Length == 0)
        {
            return;
        }

        var wrong =
            from course in Gen.Elements(courses)
            from more in course.CourseDays == 1 ? Gen.Constant(true) : Gen.Elements(true, false)
            from occasion in Generator.Occasion("wrong", course.Id, course.CourseDays + (more ? 1 : -1))
            select occasion;
        Properties.ForAll(wrong, occasion =>
        {
            RegionDataException refused = Assert.Throws<RegionDataException>(() => new Ledger(Region, [occasion]));
            Assert.Contains(refused.Problems, p => p.Path == "occasions[0].days" && p.Message.Contains("(COURSE-6)", StringComparison.Ordinal));
        });
    }

    /// <summary>
    /// A working day of the years checked before the region's first fee schedule (any, when it has
    /// none) cannot be priced, so a ledger refuses an occasion on it; nothing to check when every
    /// working day has a schedule.
    /// </summary>
    private static void AssertAnOccasionIsRefusedOnADayWithoutAFeeSchedule()
    {
        LocalDate? firstFees = Region.FeeSchedules?.FirstDate;
        if (RegionLedgerGenerator.WorkingDaysIn(RegionUnderTest.Years).Where(d => firstFees is not { } first || d < first).Select(d => (LocalDate?)d).FirstOrDefault() is not { } day)
        {
            return;
        }

        var occasion = new CourseOccasion("o0", Generator.FreeCourse, [new OccasionDay(day, DeliveryMode.OnSite)], [], []);
        RegionDataException refused = Assert.Throws<RegionDataException>(() => new Ledger(Region, [occasion]));
        Assert.Contains(refused.Problems, p => p.Path == "occasions[0].days[0].date");
    }
}
