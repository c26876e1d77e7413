using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.FollowUp.Surveys;

namespace Yrkesresan.Domain.Tests.FollowUp;

/// <summary>
/// GOAL-6: beside the exact share, each survey goal gives the 95 % Wilson score interval, checked against
/// published values and an independent computation, and says when the answers are too few for it to lie
/// wholly above or below the threshold. The interval informs; the decision is GOAL-1's.
/// </summary>
public class WilsonIntervalTests
{
    private const double Tolerance = 1e-9;

    /// <summary>The interval by an independent route: the roots of (n + z²)p² − (2k + z²)p + k²/n = 0, in decimal arithmetic with a Newton square root.</summary>
    internal static (double Low, double High) Independent(long k, long n)
    {
        decimal z = 1.959963984540054m;
        decimal z2 = z * z;
        decimal kk = k;
        decimal nn = n;
        decimal discriminant = z2 * ((4 * kk * (nn - kk) / nn) + z2);
        decimal root = SquareRoot(discriminant);
        decimal denominator = 2 * (nn + z2);
        return ((double)(((2 * kk) + z2 - root) / denominator), (double)(((2 * kk) + z2 + root) / denominator));
    }

    private static decimal SquareRoot(decimal x)
    {
        if (x == 0)
        {
            return 0;
        }

        decimal guess = (decimal)Math.Sqrt((double)x);
        for (int i = 0; i < 8; i++)
        {
            guess = (guess + (x / guess)) / 2;
        }

        return guess;
    }

    /// <summary>
    /// 8 of 10 is the example; 0 of 10 and 10 of 10 are Wilson's closed forms [0, z²/(n + z²)] and
    /// [n/(n + z²), 1]; 81/263, 15/148, 0/20 and 1/29 are in Newcombe (1998), Statistics in Medicine
    /// 17:857-872, Table I, method 3 (the score interval without continuity correction), to four places.
    /// </summary>
    [Theory]
    [Rule("GOAL-6")]
    [InlineData(8, 10, 0.490, 0.943, 3)]
    [InlineData(0, 10, 0.000, 0.278, 3)]
    [InlineData(10, 10, 0.722, 1.000, 3)]
    [InlineData(81, 263, 0.2553, 0.3662, 4)]
    [InlineData(15, 148, 0.0624, 0.1605, 4)]
    [InlineData(0, 20, 0.0000, 0.1611, 4)]
    [InlineData(1, 29, 0.0061, 0.1718, 4)]
    public void The_interval_is_the_published_one(long positive, long counted, double low, double high, int places)
    {
        WilsonInterval interval = WilsonInterval.Of(new ExactShare(positive, counted));
        double half = 0.5 * Math.Pow(10, -places);
        Assert.InRange(interval.Low, low - half, low + half);
        Assert.InRange(interval.High, high - half, high + half);
    }

    [Theory]
    [Rule("GOAL-6")]
    [InlineData(8, 10)]
    [InlineData(53, 60)]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(79_999, 100_000)]
    [InlineData(1, 1_000_000_000)]
    [InlineData(999_999_999, 1_000_000_000)]
    public void The_interval_equals_an_independent_computation_to_1e_9(long positive, long counted)
    {
        WilsonInterval interval = WilsonInterval.Of(new ExactShare(positive, counted));
        (double low, double high) = Independent(positive, counted);
        Assert.InRange(interval.Low, low - Tolerance, low + Tolerance);
        Assert.InRange(interval.High, high - Tolerance, high + Tolerance);
    }

    [Fact]
    [Rule("GOAL-6")]
    public void The_interval_of_all_or_none_positive_reaches_exactly_1_or_0()
    {
        Assert.Equal(1.0, WilsonInterval.Of(new ExactShare(10, 10)).High);
        Assert.Equal(0.0, WilsonInterval.Of(new ExactShare(0, 10)).Low);
    }

    [Theory]
    [Rule("GOAL-6")]
    [InlineData(100, 100, "above")]
    [InlineData(95, 100, "above")]
    [InlineData(10, 100, "below")]
    [InlineData(60, 100, "below")]
    [InlineData(53, 60, "too_few_answers")]
    [InlineData(4, 5, "too_few_answers")]
    [InlineData(80_000, 100_000, "too_few_answers")]
    [InlineData(79_999, 100_000, "too_few_answers")]
    public void The_verdict_says_whether_the_interval_lies_wholly_above_or_below_the_threshold(long positive, long counted, string verdict)
    {
        Assert.Equal(verdict, WilsonInterval.Of(new ExactShare(positive, counted)).AgainstThreshold(80).Code);
    }

    [Fact]
    [Rule("GOAL-6")]
    public void Each_survey_goal_explains_its_interval_in_English_and_Swedish()
    {
        Region norrbotten = global::Yrkesresan.Domain.Regions.Norrbotten.Region;
        SurveyGoalResult Result(int positive, int notPositive) => (SurveyGoalResult)FollowUpEvaluation.Of(
            norrbotten,
            Plan(false, SatisfactionGoal("2", "q2")),
            2023,
            Answers([.. Times(positive, "Chef", "Nöjd"), .. Times(notPositive, "Chef", "Missnöjd")])).Goals[0];

        SurveyGoalResult tooFew = Result(53, 7);
        Assert.Equal(IntervalVerdict.TooFewAnswers, tooFew.Verdict);
        Assert.Equal("95 % interval 77.8–94.3 %: too few answers to tell whether the share is above or below 80 %", tooFew.ExplainInterval());
        Assert.Equal("95 %-intervall 77,8–94,3 %: för få svar för att avgöra om andelen ligger över eller under 80 %", Culture.InSwedish(tooFew.ExplainInterval));
        Assert.Equal("77.8–94.3 %", tooFew.Interval.ToString());
        Assert.Equal((778, 943), (tooFew.Interval!.Value.LowPercentTenths, tooFew.Interval.Value.HighPercentTenths));

        Assert.Equal("95 % interval 96.3–100.0 %: wholly above 80 %", Result(100, 0).ExplainInterval());
        Assert.Equal("95 %-intervall 96,3–100,0 %: helt över 80 %", Culture.InSwedish(Result(100, 0).ExplainInterval));
        Assert.Equal("95 % interval 5.5–17.5 %: wholly below 80 %", Result(10, 90).ExplainInterval());
        Assert.Equal("95 %-intervall 5,5–17,5 %: helt under 80 %", Culture.InSwedish(Result(10, 90).ExplainInterval));
        Assert.Equal("no 95 % interval: no counted answers, too few to tell against 80 %", Result(0, 0).ExplainInterval());
        Assert.Equal("inget 95 %-intervall: inga räknade svar, för få för att avgöra mot 80 %", Culture.InSwedish(Result(0, 0).ExplainInterval));
    }

    [Fact]
    [Rule("GOAL-6")]
    public void The_interval_informs_and_never_decides()
    {
        // 80 of 100 is met though its interval reaches below 80 %; 79 of 100 is not met though it reaches above.
        WilsonInterval met = WilsonInterval.Of(new ExactShare(80, 100));
        Assert.True(new ExactShare(80, 100).Reaches(80));
        Assert.True(met.Low < 0.8);
        Assert.False(new ExactShare(79, 100).Reaches(80));
        Assert.True(WilsonInterval.Of(new ExactShare(79, 100)).High > 0.8);
    }

    [Fact]
    [Rule("GOAL-1")]
    public void An_exact_share_shows_as_its_fraction_and_its_percentage_rounded_down()
    {
        var share = new ExactShare(53, 60);
        Assert.Equal("53/60", share.ToString());
        Assert.Equal(883, share.PercentTenths);
        Assert.Equal("88.3", share.FormatPercent());
        Assert.Equal("88,3", Culture.InSwedish(share.FormatPercent));
        Assert.Equal("100.0", new ExactShare(7, 7).FormatPercent());
        Assert.Equal("0.0", new ExactShare(0, 7).FormatPercent());
        Assert.Equal(999, new ExactShare(long.MaxValue - 1, long.MaxValue).PercentTenths);
        Assert.NotEqual(new ExactShare(4, 5), new ExactShare(8, 10));
        Assert.Equal(new ExactShare(4, 5), new ExactShare(4, 5));
    }

    [Fact]
    [Rule("GOAL-1")]
    public void The_default_share_is_not_a_share()
    {
        ExactShare none = default;
        Assert.Throws<InvalidOperationException>(() => none.Reaches(80));
        Assert.Throws<InvalidOperationException>(() => none.PercentTenths);
        Assert.Throws<InvalidOperationException>(() => WilsonInterval.Of(none));
    }
}
