using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// A region's follow-up plan (rule <c>GOAL-3</c>; PP §2.4, §3): how its survey says who answered (the
/// role question and, where asked, the municipality question), and its effect goals, each with its
/// measure.
/// </summary>
/// <remarks>
/// <para>
/// A plan is validated as a whole when it is created: every problem of every part is reported at once
/// in a <see cref="RegionDataException"/>, with paths in the region file's spelling relative to the plan
/// (<c>role_question.options[2].answer</c>, <c>goals[3].survey.threshold_percent</c>), and no partly valid
/// plan ever exists. A goal's roles must each be the meaning of some answer to the role question, and
/// no goal reads the role or municipality question.
/// </para>
/// <para>
/// <see cref="National"/> is the plan of the directive's four goals (PD §2.4), the default of a new region.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class FollowUpPlan
{
    /// <summary>Creates and validates a plan.</summary>
    /// <param name="roleQuestion">The survey's question of who answered, and which answer means which role.</param>
    /// <param name="goals">The effect goals, in the plan's order; at least one, each id once.</param>
    /// <param name="municipalityQuestion">The survey's question of the respondent's municipality, or null (the default) when the survey does not ask it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roleQuestion"/> or <paramref name="goals"/> is null, or a goal is.</exception>
    /// <exception cref="RegionDataException">The plan breaks a rule; every problem is listed.</exception>
    public FollowUpPlan(RoleQuestion roleQuestion, IEnumerable<EffectGoal> goals, MunicipalityQuestion? municipalityQuestion = null)
    {
        Guard.Against.Null(roleQuestion);
        ImmutableArray<EffectGoal> given = Lists.NoNulls(goals, nameof(goals));
        List<DataProblem> problems = FollowUpPlanValidator.Check(roleQuestion, municipalityQuestion, given);
        if (problems.Count > 0)
        {
            throw new RegionDataException("follow-up plan", problems);
        }

        RoleQuestion = roleQuestion;
        MunicipalityQuestion = municipalityQuestion;
        Goals = given;
    }

    /// <summary>
    /// The plan of the directive's four national goals (PD §2.4), the default of a new region:
    /// <see cref="NationalGoals"/>, with the role question <see cref="NationalRoleQuestion"/> and no
    /// municipality question.
    /// </summary>
    public static FollowUpPlan National => NationalFollowUp.Plan;

    /// <summary>
    /// The directive's four effect goals (PD §2.4), in its words: ids <c>1</c> to <c>4</c>, each a survey
    /// measure at 80 % on the questions labelled <c>n1</c> to <c>n4</c>, answered on the agreement scale
    /// <i>Instämmer helt</i>, <i>Instämmer till stor del</i> (positive), <i>Instämmer till viss del</i>,
    /// <i>Instämmer inte alls</i> (not positive) and <i>Vet ej</i> (not counted). Goals 1 and 2 count the
    /// staff concerned (<c>socialsekreterare</c>, <c>arbetsledare</c>, <c>chef</c>), goals 3 and 4
    /// supervisors and managers.
    /// </summary>
    /// <remarks>
    /// <b>Decision:</b> the directive gives the goals but not the survey: the labels and the scale are a
    /// default for a region to change in its own file.
    /// </remarks>
    public static ImmutableArray<EffectGoal> NationalGoals => NationalFollowUp.Goals;

    /// <summary>
    /// The role question of the national default: labelled <c>roll</c> (<i>Vilken roll har du?</i>), with
    /// the answers <i>Socialsekreterare</i>, <i>Arbetsledare</i>, <i>Chef</i> and <i>Annan</i> (another role, counted in no goal).
    /// </summary>
    public static RoleQuestion NationalRoleQuestion => NationalFollowUp.RoleQuestion;

    /// <summary>The survey's question of who answered.</summary>
    public RoleQuestion RoleQuestion { get; }

    /// <summary>The survey's question of the respondent's municipality, or null when the survey does not ask it.</summary>
    public MunicipalityQuestion? MunicipalityQuestion { get; }

    /// <summary>The effect goals, in the plan's order.</summary>
    public ImmutableArray<EffectGoal> Goals { get; }

    /// <summary>The goal with an id; the comparison ignores case.</summary>
    /// <param name="id">The id, e.g. <c>1a</c>.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no goal with that id.</exception>
    public EffectGoal GoalWith(string id) =>
        TryGetGoal(id, out EffectGoal? goal) ? goal : throw new KeyNotFoundException($"The follow-up plan has no goal '{id}'.");

    /// <summary>Finds the goal with an id; the comparison ignores case.</summary>
    /// <param name="id">The id.</param>
    /// <param name="goal">The goal, when found.</param>
    /// <returns>Whether the plan has a goal with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetGoal(string id, [NotNullWhen(true)] out EffectGoal? goal)
    {
        Guard.Against.Null(id);
        goal = Goals.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
        return goal is not null;
    }

    /// <summary>The goals' ids, e.g. <c>"follow-up plan: 1a, 1b, 1c, 1d, 2, 3, 4, 5, 6, 7"</c>.</summary>
    /// <returns>The plan as text.</returns>
    public override string ToString() => $"follow-up plan: {string.Join(", ", Goals.Select(g => g.Id))}";
}
