using BenchmarkDotNet.Attributes;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Benchmarks;

/// <summary>
/// A national survey (<see cref="NationalSurvey"/>): 100 000 responses of 30 questions, evaluated for 11
/// survey goals (rules GOAL-1, GOAL-4, GOAL-6), with and without the breakdown by the 290 municipalities.
/// Target: well under a second; stated as under 200 ms and under 100 MB allocated per evaluation.
/// </summary>
[MemoryDiagnoser]
public class EvaluateNationalSurvey
{
    private Region region = null!;
    private SurveyAnswers answers = null!;
    private FollowUpPlan byMunicipality = null!;
    private FollowUpPlan withoutMunicipality = null!;

    [GlobalSetup]
    public void Setup()
    {
        region = NationalLedger.Region();
        answers = NationalSurvey.Answers(region);
        byMunicipality = NationalSurvey.Plan(byMunicipality: true);
        withoutMunicipality = NationalSurvey.Plan(byMunicipality: false);
        FollowUpEvaluation evaluation = FollowUpEvaluation.Of(region, byMunicipality, NationalSurvey.Year, answers);
        if (evaluation.Goals.Length != 11
            || evaluation.Respondents != NationalSurvey.Responses
            || answers.Columns.Length != 33
            || evaluation.Goals.OfType<SurveyGoalResult>().Any(g => g.ByMunicipality.Length < 290))
        {
            throw new InvalidOperationException("The national survey is not what the benchmark expects.");
        }

        Console.WriteLine($"// {answers}; {evaluation.RespondentsWithoutRole} without role");
        foreach (GoalResult goal in evaluation.Goals)
        {
            Console.WriteLine($"// {goal}; {((SurveyGoalResult)goal).ExplainInterval()}");
        }
    }

    [Benchmark(Description = "FollowUpEvaluation.Of (100 000 responses, 11 goals, by 290 municipalities)")]
    public FollowUpEvaluation ByMunicipality() => FollowUpEvaluation.Of(region, byMunicipality, NationalSurvey.Year, answers);

    [Benchmark(Description = "FollowUpEvaluation.Of (100 000 responses, 11 goals)")]
    public FollowUpEvaluation WithoutMunicipality() => FollowUpEvaluation.Of(region, withoutMunicipality, NationalSurvey.Year, answers);
}
