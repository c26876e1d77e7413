using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Specification.Support;

/// <summary>The evaluation or the plan of the scenario, shared by the steps that make and read them.</summary>
public sealed class GoalResults
{
    public FollowUpEvaluation? Evaluation { get; set; }

    public FollowUpPlan? Plan { get; set; }
}
