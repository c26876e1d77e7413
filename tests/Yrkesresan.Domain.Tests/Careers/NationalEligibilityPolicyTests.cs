using NodaTime;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-5, STEP-6, STEP-8: the built-in national default policy.</summary>
public class NationalEligibilityPolicyTests
{
    private static readonly EligibilityPolicy National = EligibilityPolicy.National;

    [Fact]
    [Rule("STEP-5")]
    public void The_national_default_has_intake_investigation_and_follow_up_as_its_work_areas() =>
        Assert.Equal([WorkArea.Mottagning, WorkArea.Utredning, WorkArea.Uppfoljning], National.WorkAreas.ToArray());

    [Fact]
    [Rule("STEP-6")]
    public void The_national_default_excludes_higher_managers_administrative_staff_politicians_and_other_employers()
    {
        Assert.Equal([Role.HogreChef, Role.Administrativ, Role.Politiker], National.ExcludedRoles.ToArray());
        Assert.Equal([EmployerKind.Annan], National.ExcludedEmployers.ToArray());
    }

    [Fact]
    [Rule("STEP-8")]
    public void The_national_default_opens_every_step_on_the_date_of_SKR_s_project_directive()
    {
        var directive = new LocalDate(2021, 5, 10);
        Assert.Equal(directive, EligibilityPolicy.NationalOpeningDay);
        Assert.Equal(directive, National.TrainerOpening);
        foreach (CareerStep step in CareerStep.List)
        {
            Assert.Equal(directive, National.OpeningOf(step));
            Assert.False(National.IsOpen(step, new LocalDate(2021, 5, 9)));
            Assert.True(National.IsOpen(step, directive));
        }

        Assert.Same(National, EligibilityPolicy.National);
    }
}
