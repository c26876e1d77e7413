using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.FollowUp.Surveys;

namespace Yrkesresan.Domain.Tests.FollowUp;

/// <summary>
/// The follow-up's invariants on random surveys (GOAL-1, GOAL-4, GOAL-6): the counts and the decision
/// equal a reference computed here with BigInteger, whatever the order of the rows or how the file is
/// split; a positive answer more never undoes a met goal; the interval holds the share and narrows as the
/// answers grow.
/// </summary>
public class FollowUpPropertyTests
{
    private static readonly Region Norrbotten = global::Yrkesresan.Domain.Regions.Norrbotten.Region;

    private static readonly string?[] RoleAnswers = ["Socialsekreterare", "Arbetsledare", "Chef", "Annan", null];
    private static readonly string?[] OptionAnswers = ["Mycket nöjd", "Nöjd", "Varken eller", "Missnöjd", "Mycket missnöjd", "Vet ej", null];
    private static readonly string?[] MunicipalityAnswers = ["Luleå", "Piteå", "Kiruna", "Arjeplog", null];

    /// <summary>One response: role, municipality, answer to q2.</summary>
    private static Gen<(string? Role, string? Municipality, string? Answer)> Response =>
        from role in Gen.Elements(RoleAnswers)
        from municipality in Gen.Elements(MunicipalityAnswers)
        from positive in Gen.Choose(0, 100)
        from answer in Gen.Elements(OptionAnswers)
        select (role, municipality, positive < 60 ? Satisfied[positive % 2] : answer);

    /// <summary>A goal on q2: some of the three roles, a threshold from 1 to 100.</summary>
    private static Gen<(Role[] Roles, int Threshold)> Goal =>
        from mask in Gen.Choose(1, 7)
        from threshold in Gen.Frequency((3, Gen.Choose(1, 100)), (2, Gen.Elements(50, 75, 80)))
        select (Staff.Where((_, i) => (mask & (1 << i)) != 0).ToArray(), threshold);

    private static Gen<((Role[] Roles, int Threshold) Goal, (string? Role, string? Municipality, string? Answer)[] Rows)> Surveys =>
        from goal in Goal
        from count in Gen.Choose(0, 120)
        from rows in Gen.ArrayOf(Response, count)
        select (goal, rows);

    private static SurveyGoalResult Evaluate((Role[] Roles, int Threshold) goal, IEnumerable<(string? Role, string? Municipality, string? Answer)> rows) =>
        (SurveyGoalResult)FollowUpEvaluation.Of(
            Norrbotten,
            Plan(true, SatisfactionGoal("2", "q2", goal.Roles, goal.Threshold)),
            2023,
            Csv([RoleHeader, MunicipalityHeader, "(q2) Nöjd?"], [.. rows.Select(r => new[] { r.Role, r.Municipality, r.Answer })])).Goals[0];

    /// <summary>The counts by a route of their own: LINQ over the responses and the options as this test knows them.</summary>
    private static (long Counted, long Positive) Reference(Role[] roles, IEnumerable<(string? Role, string? Municipality, string? Answer)> rows)
    {
        (string? Role, string? Municipality, string? Answer)[] counted =
            [.. rows.Where(r => roles.Any(x => x.DisplayName == r.Role) && (Satisfied.Contains(r.Answer) || NotSatisfied.Contains(r.Answer)))];
        return (counted.Length, counted.Count(r => Satisfied.Contains(r.Answer)));
    }

    /// <summary>A positive count at the threshold's edge: ⌊counted × threshold ÷ 100⌋ + delta, within 0 to counted.</summary>
    private static long Near(long counted, int threshold, int delta) =>
        (long)BigInteger.Clamp((new BigInteger(counted) * threshold / 100) + delta, 0, counted);

    private static GoalStatus ReferenceStatus(long counted, long positive, int threshold) =>
        counted == 0 ? GoalStatus.NotEvaluable
        : new BigInteger(positive) * 100 >= new BigInteger(threshold) * counted ? GoalStatus.Met
        : GoalStatus.NotMet;

    [Fact]
    [Rule("GOAL-1")]
    public void The_counts_and_the_status_equal_a_BigInteger_reference_and_the_breakdown_adds_up()
    {
        Properties.ForAll(Surveys, s =>
        {
            SurveyGoalResult result = Evaluate(s.Goal, s.Rows);
            (long counted, long positive) = Reference(s.Goal.Roles, s.Rows);
            Assert.Equal((counted, positive), (result.Counted, result.Positive));
            Assert.Equal(ReferenceStatus(counted, positive, s.Goal.Threshold), result.Status);
            Assert.Equal(counted, result.ByMunicipality.Sum(m => m.Counted));
            Assert.Equal(positive, result.ByMunicipality.Sum(m => m.Positive));
        });
    }

    [Fact]
    [Rule("GOAL-1")]
    public void The_decision_equals_positive_times_100_at_least_threshold_times_counted_in_BigInteger()
    {
        Gen<(long Positive, long Counted, int Threshold)> shares =
            from counted in Generators.NonNegativeLong().Where(c => c > 0)
            from positive in Generators.NonNegativeLong(counted)
            from nearThreshold in Gen.Choose(0, 1)
            from delta in Gen.Choose(-1, 1)
            from threshold in Gen.Choose(1, 100)
            select (nearThreshold == 1 ? Near(counted, threshold, delta) : positive, counted, threshold);
        Properties.ForAll(shares, s =>
            Assert.Equal(
                new BigInteger(s.Positive) * 100 >= new BigInteger(s.Threshold) * s.Counted,
                new ExactShare(s.Positive, s.Counted).Reaches(s.Threshold)));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void The_status_never_depends_on_the_order_of_the_rows()
    {
        Gen<(((Role[] Roles, int Threshold) Goal, (string?, string?, string?)[] Rows) Survey, (string? Role, string? Municipality, string? Answer)[] Shuffled)> shuffled =
            from survey in Surveys
            from rows in Gen.Shuffle(survey.Rows)
            select (survey, rows);
        Properties.ForAll(shuffled, s =>
        {
            SurveyGoalResult before = Evaluate(s.Survey.Goal, s.Survey.Rows);
            SurveyGoalResult after = Evaluate(s.Survey.Goal, s.Shuffled);
            Assert.Equal((before.Counted, before.Positive, before.NotCounted, before.Status, before.Interval), (after.Counted, after.Positive, after.NotCounted, after.Status, after.Interval));
            Assert.Equal(before.ByMunicipality.Select(m => (m.Counted, m.Positive)), after.ByMunicipality.Select(m => (m.Counted, m.Positive)));
        });
    }

    [Fact]
    [Rule("GOAL-1")]
    public void Adding_a_positive_answer_never_turns_a_met_goal_into_not_met()
    {
        Properties.ForAll(Surveys, s =>
        {
            SurveyGoalResult before = Evaluate(s.Goal, s.Rows);
            SurveyGoalResult after = Evaluate(s.Goal, [.. s.Rows, (s.Goal.Roles[0].DisplayName, "Luleå", "Nöjd")]);
            Assert.Equal(before.Counted + 1, after.Counted);
            Assert.Equal(before.Positive + 1, after.Positive);
            Assert.True(before.Status != GoalStatus.Met || after.Status == GoalStatus.Met);
            Assert.NotEqual(GoalStatus.NotEvaluable, after.Status);
        });
    }

    [Fact]
    [Rule("GOAL-4")]
    public void Splitting_the_answers_in_two_and_adding_the_counts_gives_the_same_counts_and_status()
    {
        Gen<(((Role[] Roles, int Threshold) Goal, (string?, string?, string?)[] Rows) Survey, int At)> split =
            from survey in Surveys
            from at in Gen.Choose(0, survey.Rows.Length)
            select (survey, at);
        Properties.ForAll(split, s =>
        {
            SurveyGoalResult whole = Evaluate(s.Survey.Goal, s.Survey.Rows);
            SurveyGoalResult first = Evaluate(s.Survey.Goal, s.Survey.Rows[..s.At]);
            SurveyGoalResult second = Evaluate(s.Survey.Goal, s.Survey.Rows[s.At..]);
            long counted = first.Counted + second.Counted;
            long positive = first.Positive + second.Positive;
            Assert.Equal((whole.Counted, whole.Positive, whole.NotCounted), (counted, positive, first.NotCounted + second.NotCounted));
            Assert.Equal(ReferenceStatus(counted, positive, s.Survey.Goal.Threshold), whole.Status);
        });
    }

    [Fact]
    [Rule("GOAL-6")]
    public void The_interval_always_holds_the_share_and_narrows_as_the_answers_grow_at_the_same_share()
    {
        Gen<(long Positive, long Counted, int Times)> shares =
            from counted in Gen.Frequency((3, Gen.Choose(1, 100)), (1, Gen.Choose(1, 1_000_000)))
            from positive in Gen.Choose(0, counted)
            from times in Gen.Choose(2, 50)
            select ((long)positive, (long)counted, times);
        Properties.ForAll(shares, s =>
        {
            WilsonInterval interval = WilsonInterval.Of(new ExactShare(s.Positive, s.Counted));
            WilsonInterval larger = WilsonInterval.Of(new ExactShare(s.Positive * s.Times, s.Counted * s.Times));
            double share = (double)s.Positive / s.Counted;
            Assert.InRange(share, interval.Low, interval.High);
            Assert.InRange(interval.Low, 0.0, 1.0);
            Assert.InRange(interval.High, 0.0, 1.0);
            Assert.True(larger.High - larger.Low < interval.High - interval.Low, $"{s}: {larger} is not narrower than {interval}");
            (double low, double high) = WilsonIntervalTests.Independent(s.Positive, s.Counted);
            Assert.InRange(interval.Low, low - 1e-9, low + 1e-9);
            Assert.InRange(interval.High, high - 1e-9, high + 1e-9);
        });
    }
}
