using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Conformance;

/// <summary>
/// The specification, run against one region's data: the invariants of every rule, checked on the
/// region named by <c>YRKESRESAN_REGION</c> (the built-in Norrbotten without it). A region runs
/// <c>YRKESRESAN_REGION=/path/to/region.json dotnet test --filter Category=Conformance</c>
/// before it sends a single invoice.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class RegionConformanceTests
{
    private static Region Region => RegionUnderTest.Region;

    [Fact]
    [Trait("Contract", "region-file")]
    public void The_region_file_is_valid_and_complete()
    {
        Region region = Region;
        Assert.NotNull(region.FeeSchedules);
        Assert.NotNull(region.Eligibility);
        Assert.NotEmpty(region.Municipalities);
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void Every_year_the_fixed_cost_shares_add_up_to_the_fixed_cost_and_stay_within_a_krona_of_their_quota()
    {
        foreach (int year in RegionUnderTest.Years)
        {
            FixedCostStatement statement = FixedCostAllocation.ForYear(Region, year);
            long total = Region.FixedCostIn(year).WholeKronor;
            Assert.Equal(total, statement.Lines.Sum(l => l.Annual.WholeKronor));
            long weights = statement.Lines.Sum(l => l.Municipality.Population);
            foreach (FixedCostLine line in statement.Lines)
            {
                // |amount - total * population / weights| < 1, in exact integers.
                BigInteger distance = BigInteger.Abs(((BigInteger)line.Annual.WholeKronor * weights) - ((BigInteger)total * line.Municipality.Population));
                bool mayTakeResidual = Region.FixedCostRounding is HalfUpWithResidualPolicy<MunicipalityCode> halfUp && halfUp.ResidualParty == line.Code;
                Assert.True(mayTakeResidual || distance < weights, $"{year}: {line.Municipality} gets {line.Annual}, more than a krona from its quota");
            }
        }
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_fixed_cost_shares_do_not_depend_on_the_order_of_the_municipalities()
    {
        foreach (int year in RegionUnderTest.Years)
        {
            Municipality[] members = [.. Region.MembersIn(year)];
            Sek total = Region.FixedCostIn(year);
            FixedCostStatement expected = FixedCostAllocation.Share(members, total, Region.FixedCostRounding);
            Properties.ForAll(Gen.Shuffle(members), shuffled =>
            {
                FixedCostStatement actual = FixedCostAllocation.Share(shuffled, total, Region.FixedCostRounding);
                foreach (FixedCostLine line in expected.Lines)
                {
                    Assert.Equal(line.Annual, actual.LineFor(line.Code).Annual);
                }
            });
        }
    }

    [Fact]
    [Rule("ALLOC-4")]
    public void Every_year_only_the_municipalities_taking_part_share_the_cost()
    {
        foreach (int year in RegionUnderTest.Years)
        {
            FixedCostStatement statement = FixedCostAllocation.ForYear(Region, year);
            Assert.Equal(
                Region.MembersIn(year).Select(m => m.Code),
                statement.Lines.Select(l => l.Code).Order());
            Assert.All(statement.Lines, l => Assert.Contains(l.Municipality, Region.Municipalities));
        }
    }

    [Fact]
    [Rule("ALLOC-5")]
    public void Every_year_each_share_is_two_half_year_invoices_that_add_up_the_first_taking_the_odd_krona()
    {
        foreach (int year in RegionUnderTest.Years)
        {
            foreach (FixedCostLine line in FixedCostAllocation.ForYear(Region, year).Lines)
            {
                Assert.Equal(line.Annual, line.FirstHalf + line.SecondHalf);
                long difference = (line.FirstHalf - line.SecondHalf).WholeKronor;
                Assert.Equal(line.Annual.WholeKronor % 2, difference);
            }
        }
    }

    [Fact]
    [Rule("ALLOC-3")]
    public void A_stated_population_total_equals_the_sum_of_the_rows()
    {
        if (Region.StatedPopulationTotal is long stated)
        {
            Assert.Equal(Region.Municipalities.Sum(m => m.Population), stated);
        }

        Assert.Equal(Region.Municipalities.Sum(m => m.Population), Region.PopulationTotal);
    }

    [Fact]
    [Rule("POT-2")]
    public void A_trainer_pot_shared_by_trainer_days_is_paid_out_to_the_krona()
    {
        Municipality[] municipalities = [.. Region.Municipalities];
        Gen<(int ParticipantDays, int[] TrainerDays)> cases =
            from participantDays in Gen.Choose(0, 100_000)
            from trainerDays in Gen.ArrayOf(Gen.Choose(0, 400), municipalities.Length)
            select (participantDays, trainerDays);
        foreach (DatedValue<FeeSchedule> schedule in Region.FeeSchedules!.Values)
        {
            Sek perDay = schedule.Value.RateOf(FeeComponent.TrainerPot).Amount;
            Properties.ForAll(cases, c =>
            {
                long pot = (perDay * c.ParticipantDays).WholeKronor;
                WeightedParty<MunicipalityCode>[] trainers = [.. municipalities
                    .Select((m, i) => new WeightedParty<MunicipalityCode>(m.Code, c.TrainerDays[i]))
                    .Where(p => p.Weight > 0)];
                if (trainers.Length == 0)
                {
                    return;
                }

                Allocation<MunicipalityCode> payout = new LargestRemainderPolicy<MunicipalityCode>().Allocate(pot, trainers);
                Assert.Equal(pot, payout.Shares.Sum(s => s.Amount));
                Assert.All(payout.Shares, s => Assert.InRange(s.Amount, s.Quota.Floor, s.Quota.Ceiling));
            });
        }
    }

    [Fact]
    [Rule("FEE-1")]
    public void Every_fee_schedule_charges_whole_kronor_per_participant_and_course_day()
    {
        foreach (DatedValue<FeeSchedule> schedule in Region.FeeSchedules!.Values)
        {
            FeeSchedule fees = schedule.Value;
            Assert.Equal(FeeComponent.List.Count, fees.Rates.Length);
            Assert.All(fees.Rates, r => Assert.True(r.Amount >= Sek.Zero && r.Amount.IsWholeKronor, $"{schedule.ValidFrom}: {r.Component} is {r.Amount}"));
            Assert.Equal(Sek.Sum(fees.Rates.Select(r => r.Amount)), fees.AmountPerParticipantDay(DeliveryMode.OnSite));
        }
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_digital_course_day_never_costs_more_than_an_on_site_one()
    {
        foreach (DatedValue<FeeSchedule> schedule in Region.FeeSchedules!.Values)
        {
            FeeSchedule fees = schedule.Value;
            Sek digital = Sek.Sum(fees.Rates.Where(r => r.ChargedOnDigitalDays).Select(r => r.Amount));
            Assert.Equal(digital, fees.AmountPerParticipantDay(DeliveryMode.Digital));
            Assert.True(digital <= fees.AmountPerParticipantDay(DeliveryMode.OnSite));
        }
    }

    [Fact]
    [Rule("STEP-8")]
    public void Every_step_opens_on_its_opening_day_and_not_the_day_before_or_is_explicitly_not_scheduled()
    {
        foreach (DatedValue<EligibilityPolicy> policy in Region.Eligibility!.Values)
        {
            foreach (CareerStep step in CareerStep.List)
            {
                Assert.True(policy.Value.StepOpenings.ContainsKey(step), $"{policy.ValidFrom}: {step} has no entry");
                if (policy.Value.OpeningOf(step) is LocalDate opens)
                {
                    Assert.True(policy.Value.IsOpen(step, opens));
                    Assert.False(policy.Value.IsOpen(step, opens.PlusDays(-1)));
                }
                else
                {
                    Assert.False(policy.Value.IsOpen(step, new LocalDate(9999, 12, 31)));
                }
            }
        }
    }

    [Fact]
    [Rule("STEP-5")]
    public void Every_eligibility_policy_has_a_target_group_and_excludes_none_of_its_roles()
    {
        foreach (DatedValue<EligibilityPolicy> policy in Region.Eligibility!.Values)
        {
            Assert.NotEmpty(policy.Value.WorkAreas);
            Assert.All(policy.Value.WorkAreas, a => Assert.True(policy.Value.IsInTargetGroup(a)));
            Assert.All(Role.List.Where(r => r.IsInTargetGroup), r => Assert.False(policy.Value.Excludes(r)));
            Assert.False(policy.Value.Excludes(EmployerKind.Kommun));
        }
    }

    [Fact]
    [Rule("STEP-8")]
    public void Asking_for_a_policy_or_fee_schedule_before_the_first_is_an_error_and_on_the_first_day_is_an_answer()
    {
        LocalDate firstPolicy = Region.Eligibility!.FirstDate;
        Assert.Same(Region.Eligibility.Values[0].Value, Region.EligibilityOn(firstPolicy));
        Assert.Throws<ArgumentOutOfRangeException>(() => Region.EligibilityOn(firstPolicy.PlusDays(-1)));
        LocalDate firstFees = Region.FeeSchedules!.FirstDate;
        Assert.Same(Region.FeeSchedules.Values[0].Value, Region.FeeScheduleOn(firstFees));
        Assert.Throws<ArgumentOutOfRangeException>(() => Region.FeeScheduleOn(firstFees.PlusDays(-1)));
    }

    [Fact]
    [Rule("COURSE-4")]
    public void The_Ny_route_has_8_or_9_course_days_or_is_marked_incomplete_with_at_most_9()
    {
        if (Region.Catalogue.RouteOf(CareerStep.Ny) is not Route ny)
        {
            return;
        }

        int days = Region.Catalogue.CourseDaysOf(ny);
        if (ny.IsComplete)
        {
            Assert.InRange(days, 8, 9);
        }
        else
        {
            Assert.InRange(days, 1, 9);
        }
    }

    [Fact]
    [Rule("COURSE-1")]
    public void Every_stop_of_every_route_is_a_course_of_the_catalogue_and_no_course_is_a_stop_twice_on_a_route()
    {
        foreach (Route route in Region.Catalogue.Routes)
        {
            Assert.NotEmpty(route.Stops);
            Assert.Equal(route.Stops.Length, route.Stops.Distinct(StringComparer.Ordinal).Count());
            Assert.All(route.Stops, id => Assert.True(Region.Catalogue.TryGetCourse(id, out _), $"{route.Step}: no course {id}"));
        }
    }

    [Fact]
    [Rule("COURSE-3")]
    public void Every_course_has_a_course_day_and_digital_preparation_and_follow_up()
    {
        foreach (Course course in Region.Catalogue.Courses)
        {
            Assert.True(course.CourseDays >= 1, course.Id);
            Assert.All(course.Preparation.Concat(course.FollowUp), t => Assert.Equal(DeliveryMode.Digital, t.Mode));
        }
    }
}
