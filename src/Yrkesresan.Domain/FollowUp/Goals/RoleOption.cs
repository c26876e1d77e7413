using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// One answer to the survey's role question and the role it means (rule <c>GOAL-4</c>), e.g.
/// <c>"Socialsekreterare"</c> means <see cref="Role.Socialsekreterare"/>. An answer that means none of the
/// roles (e.g. <c>"Annan"</c>, other) has a null <see cref="Role"/>: such a respondent counts for no goal.
/// </summary>
/// <param name="Answer">The answer as the survey writes it.</param>
/// <param name="Role">The role it means, or null for none.</param>
public sealed record RoleOption(string Answer, Role? Role);
