using FsCheck.Fluent;
using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.Support.CareerGenerators;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>
/// STEP-2, STEP-3, STEP-7: the invariants of time in the profession and of the steps, each checked on
/// hundreds of random histories (one or several periods, open or closed, overlapping, touching or
/// apart, 29 February starts).
/// </summary>
public class EligibilityPropertyTests
{
    private static EligibilityDecision Decide(Person person, LocalDate asOf) => Eligibility.Decide(person, EligibilityPolicy.National, asOf);

    /// <summary>Not eligible (no day in the profession yet) is 0; then Ny 1, Van 2, Erfaren 3.</summary>
    private static int Rank(EligibilityDecision decision) => decision.Step?.Value ?? 0;

    private static void SameDecision(EligibilityDecision expected, EligibilityDecision actual)
    {
        Assert.Equal(expected.Step, actual.Step);
        Assert.Equal(expected.CompletedYears, actual.CompletedYears);
        Assert.Equal(expected.NextStep, actual.NextStep);
        Assert.Equal(expected.NextStepDate, actual.NextStepDate);
        Assert.Equal(expected.IsOpenInRegion, actual.IsOpenInRegion);
        Assert.Equal(expected.Reasons.ToArray(), actual.Reasons.ToArray());
    }

    private static void StepNeverGoesDown(ProfessionPeriod[] periods, LocalDate earlier, LocalDate later)
    {
        Person person = SocialSecretary(periods);
        EligibilityDecision before = Decide(person, earlier);
        EligibilityDecision after = Decide(person, later);
        Assert.True(Rank(before) <= Rank(after), $"{person}: {before.Step} on {earlier}, {after.Step} on {later}");
        Assert.True(before.CompletedYears <= after.CompletedYears, $"{person}: {before.CompletedYears} years on {earlier}, {after.CompletedYears} on {later}");
    }

    private static void NextStepBeginsOnItsDate(ProfessionPeriod[] periods, int daysIntoTheOpenPeriod)
    {
        Person person = SocialSecretary(periods);
        LocalDate asOf = person.History.Periods[^1].Start.PlusDays(daysIntoTheOpenPeriod);
        EligibilityDecision decision = Decide(person, asOf);
        if (decision.Step == CareerStep.Erfaren)
        {
            Assert.Null(decision.NextStep);
            Assert.Null(decision.NextStepDate);
            return;
        }

        LocalDate nextStepDate = Assert.NotNull(decision.NextStepDate);
        Assert.True(nextStepDate > asOf);
        EligibilityDecision dayBefore = Decide(person, nextStepDate.PlusDays(-1));
        Assert.Equal(decision.Step, dayBefore.Step);
        Assert.Equal(nextStepDate, dayBefore.NextStepDate);

        EligibilityDecision onTheDay = Decide(person, nextStepDate);
        Assert.Equal(decision.NextStep, onTheDay.Step);
        Assert.Equal(decision.NextStep!.MinCompletedYears, onTheDay.CompletedYears);
    }

    [Fact]
    [Rule("STEP-2")]
    public void For_a_social_secretary_still_in_the_profession_the_step_never_goes_down_as_the_as_of_date_moves_on()
    {
        var cases =
            from periods in PeriodsWithAnOpenOne
            from days in TwoDaysAround(periods)
            select (periods, days.Earlier, days.Later);
        Properties.ForAll(cases, c => StepNeverGoesDown(c.periods, c.Earlier, c.Later));
    }

    [Fact]
    [Rule("STEP-2")]
    public void For_a_social_secretary_who_left_the_step_never_goes_down_except_where_a_29_February_moves_into_the_count()
    {
        // Counting back from the as-of date (the brief's STEP-3) keeps the days fixed once a person has left,
        // so the completed years can only change when a 29 February enters or leaves the counted span.
        var cases =
            from periods in ClosedPeriods
            from days in TwoDaysAround(periods)
            select (periods, days.Earlier, days.Later);
        Properties.ForAll(cases, c =>
        {
            var history = new ProfessionalHistory(c.periods);
            if (history.IsInProfessionOn(c.Later) || history.IsInProfessionOn(c.Earlier) || history.DaysInProfession(c.Earlier) != history.DaysInProfession(c.Later))
            {
                return;
            }

            int earlier = history.CompletedYears(c.Earlier);
            int later = history.CompletedYears(c.Later);
            Assert.InRange(later, earlier - 1, earlier + 1);
        });
    }

    [Fact]
    [Rule("STEP-3")]
    public void Splitting_a_period_into_two_touching_periods_changes_nothing()
    {
        var cases =
            from periods in Periods
            from index in Gen.Choose(0, periods.Length - 1)
            from cut in Gen.Choose(1, 3_000)
            from asOf in AsOfAround(periods)
            select (periods, index, cut, asOf);
        Properties.ForAll(cases, c =>
        {
            ProfessionPeriod period = c.periods[c.index];
            int length = period.End is LocalDate end ? Period.DaysBetween(period.Start, end) : int.MaxValue;
            if (length == 0)
            {
                return;
            }

            LocalDate second = period.Start.PlusDays(1 + ((c.cut - 1) % length));
            ProfessionPeriod[] split =
            [
                .. c.periods.Take(c.index),
                new ProfessionPeriod(second, period.End),
                new ProfessionPeriod(period.Start, second.PlusDays(-1)),
                .. c.periods.Skip(c.index + 1),
            ];

            Assert.Equal(new ProfessionalHistory(c.periods).Periods.ToArray(), new ProfessionalHistory(split).Periods.ToArray());
            SameDecision(Decide(SocialSecretary(c.periods), c.asOf), Decide(SocialSecretary(split), c.asOf));
        });
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_period_inside_another_changes_nothing_because_overlapping_days_count_once()
    {
        var cases =
            from periods in Periods
            from index in Gen.Choose(0, periods.Length - 1)
            from offset in Gen.Choose(0, 3_000)
            from length in Gen.Choose(0, 3_000)
            from asOf in AsOfAround(periods)
            select (periods, index, offset, length, asOf);
        Properties.ForAll(cases, c =>
        {
            ProfessionPeriod period = c.periods[c.index];
            int room = period.End is LocalDate end ? Period.DaysBetween(period.Start, end) : 3_000;
            LocalDate start = period.Start.PlusDays(c.offset % (room + 1));
            int left = room - Period.DaysBetween(period.Start, start);
            ProfessionPeriod inside = new(start, start.PlusDays(c.length % (left + 1)));
            ProfessionPeriod[] more = [.. c.periods, inside];

            Assert.Equal(new ProfessionalHistory(c.periods).Periods.ToArray(), new ProfessionalHistory(more).Periods.ToArray());
            SameDecision(Decide(SocialSecretary(c.periods), c.asOf), Decide(SocialSecretary(more), c.asOf));
        });
    }

    [Fact]
    [Rule("STEP-3")]
    public void The_days_in_the_profession_are_the_distinct_days_of_the_periods_on_or_before_the_as_of_date()
    {
        var cases =
            from periods in Periods
            from asOf in AsOfAround(periods)
            select (periods, asOf);
        Properties.ForAll(cases, c =>
        {
            var history = new ProfessionalHistory(c.periods);
            (int count, LocalDate? last) = DaysOneByOne(c.periods, c.asOf);
            Assert.Equal(count, history.DaysInProfession(c.asOf));
            Assert.Equal(last, history.LastDayInProfession(c.asOf));
            Assert.Equal(c.periods.Any(p => p.Contains(c.asOf)), history.IsInProfessionOn(c.asOf));
            Assert.Equal(last is null ? null : c.asOf.PlusDays(1 - count), history.EquivalentStart(c.asOf));
        });
    }

    [Fact]
    [Rule("STEP-2")]
    public void Completed_years_agree_with_counting_anniversaries_one_by_one()
    {
        var cases =
            from periods in Periods
            from asOf in AsOfAround(periods)
            select (periods, asOf);
        Properties.ForAll(cases, c =>
        {
            (int count, LocalDate? last) = DaysOneByOne(c.periods, c.asOf);
            int years = 0;
            if (last is not null)
            {
                // STEP-3: count from the as-of date back over the days in the union; STEP-2: anniversaries up to the as-of date.
                LocalDate start = c.asOf.PlusDays(1 - count);
                while (start.PlusYears(years + 1) <= c.asOf)
                {
                    years++;
                }
            }

            Assert.Equal(years, new ProfessionalHistory(c.periods).CompletedYears(c.asOf));
            Assert.Equal(years, Decide(SocialSecretary(c.periods), c.asOf).CompletedYears);
        });
    }

    [Fact]
    [Rule("STEP-7")]
    public void The_next_step_begins_exactly_on_the_next_step_date_for_one_open_period()
    {
        var cases =
            from period in OpenPeriod
            from days in Gen.Choose(0, 2_500)
            select (period, days);
        Properties.ForAll(cases, c => NextStepBeginsOnItsDate([c.period], c.days));
    }

    [Fact]
    [Rule("STEP-7")]
    public void The_next_step_begins_exactly_on_the_next_step_date_for_several_periods_ending_in_an_open_one()
    {
        var cases =
            from periods in PeriodsWithAnOpenOne
            from days in Gen.Choose(0, 2_500)
            select (periods, days);
        Properties.ForAll(cases, c => NextStepBeginsOnItsDate(c.periods, c.days));
    }
}
