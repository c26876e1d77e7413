using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-4, STEP-5, STEP-6: the roles eligibility knows, which are in the target group and which are in step 4.</summary>
public class RoleTests
{
    [Fact]
    [Rule("STEP-6")]
    public void There_are_six_roles_with_the_target_group_first()
    {
        Assert.Equal(
            [Role.Socialsekreterare, Role.Arbetsledare, Role.Chef, Role.HogreChef, Role.Administrativ, Role.Politiker],
            Role.List.OrderBy(r => r.Value));
        Assert.Equal([1, 2, 3, 4, 5, 6], Role.List.OrderBy(r => r.Value).Select(r => r.Value));
    }

    [Theory]
    [Rule("STEP-6")]
    [InlineData("socialsekreterare", "Socialsekreterare", "Socialsekreterare")]
    [InlineData("arbetsledare", "Arbetsledare", "Arbetsledare")]
    [InlineData("chef", "Chef", "Chef")]
    [InlineData("hogre-chef", "HogreChef", "Högre chef")]
    [InlineData("administrativ", "Administrativ", "Administrativ personal")]
    [InlineData("politiker", "Politiker", "Politiker")]
    public void A_role_is_spelt_by_its_code_and_read_in_Swedish(string code, string name, string displayName)
    {
        Role role = Role.FromCode(code);
        Assert.Equal(name, role.Name);
        Assert.Equal(code, role.Code);
        Assert.Equal(displayName, role.DisplayName);
        Assert.Same(role, Role.FromName(name));
    }

    [Theory]
    [Rule("STEP-5")]
    [InlineData("socialsekreterare", true)]
    [InlineData("arbetsledare", true)]
    [InlineData("chef", true)]
    [InlineData("hogre-chef", false)]
    [InlineData("administrativ", false)]
    [InlineData("politiker", false)]
    public void Social_secretaries_supervisors_and_managers_are_the_target_group_and_no_one_else(string code, bool inTargetGroup) =>
        Assert.Equal(inTargetGroup, Role.FromCode(code).IsInTargetGroup);

    [Theory]
    [Rule("STEP-4")]
    [InlineData("socialsekreterare", false)]
    [InlineData("arbetsledare", true)]
    [InlineData("chef", true)]
    [InlineData("hogre-chef", false)]
    [InlineData("administrativ", false)]
    [InlineData("politiker", false)]
    public void Only_supervisors_and_managers_count_as_supervisors_or_managers_for_step_four(string code, bool supervisorOrManager) =>
        Assert.Equal(supervisorOrManager, Role.FromCode(code).IsSupervisorOrManager);

    [Fact]
    [Rule("STEP-6")]
    public void An_unknown_role_is_refused_with_the_roles_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => Role.FromCode("hogre_chef"));
        Assert.Equal("'hogre_chef' is not a known Role; use one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker. (Parameter 'code')", error.Message);
    }
}
