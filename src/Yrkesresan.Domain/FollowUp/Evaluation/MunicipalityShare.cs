using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// A survey goal's counts among the respondents of one municipality, or of those who did not say which
/// (a null <see cref="Municipality"/>): the breakdown by municipality where the survey asks for it. Each
/// line is decided like the goal (rules <c>GOAL-1</c>, <c>GOAL-4</c>), as information.
/// </summary>
/// <remarks>Made only by <see cref="FollowUpEvaluation"/>; immutable and safe to share between threads.</remarks>
public sealed class MunicipalityShare
{
    private readonly SurveyCounts counts;
    private readonly string roles;

    internal MunicipalityShare(Municipality? municipality, SurveyCounts counts, string roles)
    {
        Municipality = municipality;
        this.counts = counts;
        this.roles = roles;
    }

    /// <summary>The municipality, or null for the respondents who did not say.</summary>
    public Municipality? Municipality { get; }

    /// <summary>The counted answers of the municipality's respondents.</summary>
    public long Counted => counts.Counted;

    /// <summary>The positive answers among them.</summary>
    public long Positive => counts.Positive;

    /// <summary>The exact share, or null when nothing was counted.</summary>
    public ExactShare? Share => counts.Share;

    /// <summary>The status at the goal's threshold: not evaluable when nothing was counted.</summary>
    public GoalStatus Status => counts.Status;

    /// <summary>The status in one sentence, as the goal's.</summary>
    /// <returns>The sentence.</returns>
    public string Explain() => counts.Explain(roles);

    /// <summary>The municipality's name (or <c>-</c>) and <see cref="Explain"/>.</summary>
    /// <returns>The line as text.</returns>
    public override string ToString() => $"{Municipality?.Name ?? "-"}: {Explain()}";
}
