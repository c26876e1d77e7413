using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-5, STEP-6, STEP-8: a region's eligibility policy is validated as a whole and answers what is covered and what is open when.</summary>
public class EligibilityPolicyTests
{
    private static readonly LocalDate NyOpens = new(2022, 10, 1);
    private static readonly LocalDate VanOpens = new(2023, 1, 1);
    private static readonly LocalDate ErfarenOpens = new(2023, 11, 1);
    private static readonly LocalDate ChefOpens = new(2022, 9, 1);

    private static Dictionary<CareerStep, LocalDate?> Openings(LocalDate? ny = null, LocalDate? van = null, LocalDate? erfaren = null, LocalDate? chef = null) => new()
    {
        [CareerStep.Ny] = ny,
        [CareerStep.Van] = van,
        [CareerStep.Erfaren] = erfaren,
        [CareerStep.ArbetsledareOchChef] = chef,
    };

    private static Dictionary<CareerStep, LocalDate?> NorrbottenOpenings() => Openings(NyOpens, VanOpens, ErfarenOpens, ChefOpens);

    private static EligibilityPolicy Policy(
        WorkArea[]? areas = null,
        Role[]? roles = null,
        EmployerKind[]? employers = null,
        IReadOnlyDictionary<CareerStep, LocalDate?>? openings = null) =>
        new(
            areas ?? [WorkArea.Mottagning, WorkArea.Utredning, WorkArea.Uppfoljning],
            roles ?? [],
            employers ?? [],
            openings ?? NorrbottenOpenings());

    private static string[] ProblemsOf(Action create) =>
        [.. Assert.Throws<RegionDataException>(create).Problems.Select(p => p.ToString())];

    [Fact]
    [Rule("STEP-5")]
    public void A_policy_keeps_its_work_areas_in_the_order_of_the_set_not_the_order_given()
    {
        EligibilityPolicy policy = Policy(areas: [WorkArea.Familjehem, WorkArea.Uppfoljning, WorkArea.Mottagning, WorkArea.Utredning]);
        Assert.Equal([WorkArea.Mottagning, WorkArea.Utredning, WorkArea.Uppfoljning, WorkArea.Familjehem], policy.WorkAreas.ToArray());
    }

    [Fact]
    [Rule("STEP-6")]
    public void A_policy_keeps_its_excluded_roles_and_employers_in_the_order_of_their_sets_not_the_order_given()
    {
        EligibilityPolicy policy = Policy(roles: [Role.Politiker, Role.HogreChef, Role.Administrativ], employers: [EmployerKind.Annan]);
        Assert.Equal([Role.HogreChef, Role.Administrativ, Role.Politiker], policy.ExcludedRoles.ToArray());
        Assert.Equal([EmployerKind.Annan], policy.ExcludedEmployers.ToArray());
    }

    [Theory]
    [Rule("STEP-5")]
    [InlineData("mottagning", true)]
    [InlineData("utredning", true)]
    [InlineData("uppfoljning", true)]
    [InlineData("familjehem", false)]
    public void Under_the_national_default_foster_care_is_outside_the_target_group(string code, bool inTargetGroup) =>
        Assert.Equal(inTargetGroup, Policy().IsInTargetGroup(WorkArea.FromCode(code)));

    [Theory]
    [Rule("STEP-5")]
    [InlineData("mottagning", false)]
    [InlineData("utredning", false)]
    [InlineData("uppfoljning", false)]
    [InlineData("familjehem", true)]
    public void A_policy_with_only_foster_care_has_only_foster_care_in_the_target_group(string code, bool inTargetGroup) =>
        Assert.Equal(inTargetGroup, Policy(areas: [WorkArea.Familjehem]).IsInTargetGroup(WorkArea.FromCode(code)));

    [Theory]
    [Rule("STEP-6")]
    [InlineData("socialsekreterare", false)]
    [InlineData("arbetsledare", false)]
    [InlineData("chef", false)]
    [InlineData("hogre-chef", true)]
    [InlineData("administrativ", false)]
    [InlineData("politiker", true)]
    public void A_policy_excludes_exactly_the_roles_it_lists(string code, bool excluded) =>
        Assert.Equal(excluded, Policy(roles: [Role.Politiker, Role.HogreChef]).Excludes(Role.FromCode(code)));

    [Fact]
    [Rule("STEP-6")]
    public void A_policy_excludes_other_employers_only_when_it_lists_them()
    {
        EligibilityPolicy excluding = Policy(employers: [EmployerKind.Annan]);
        Assert.True(excluding.Excludes(EmployerKind.Annan));
        Assert.False(excluding.Excludes(EmployerKind.Kommun));

        EligibilityPolicy open = Policy();
        Assert.False(open.Excludes(EmployerKind.Annan));
        Assert.False(open.Excludes(EmployerKind.Kommun));
        Assert.False(open.Excludes(Role.Politiker));
        Assert.True(open.ExcludedRoles.IsEmpty);
        Assert.True(open.ExcludedEmployers.IsEmpty);
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_policy_needs_at_least_one_work_area_in_the_target_group() =>
        Assert.Equal(
            ["work_areas: at least one work area must be in the target group"],
            ProblemsOf(() => Policy(areas: [])));

    [Fact]
    [Rule("STEP-5")]
    public void A_single_work_area_is_enough() =>
        Assert.Equal([WorkArea.Utredning], Policy(areas: [WorkArea.Utredning]).WorkAreas.ToArray());

    [Fact]
    [Rule("STEP-5")]
    public void A_work_area_given_twice_or_missing_is_reported_where_it_is()
    {
        Assert.Equal(
            ["work_areas[2]: mottagning appears more than once", "work_areas[3]: is missing"],
            ProblemsOf(() => Policy(areas: [WorkArea.Mottagning, WorkArea.Utredning, WorkArea.Mottagning, null!])));
        Assert.Equal(["work_areas[0]: is missing"], ProblemsOf(() => Policy(areas: [null!])));
    }

    [Theory]
    [Rule("STEP-5")]
    [InlineData("socialsekreterare")]
    [InlineData("arbetsledare")]
    [InlineData("chef")]
    public void A_target_group_role_cannot_be_excluded(string code) =>
        Assert.Equal(
            [$"excluded_roles[1]: {code} is in the target group (STEP-5) and cannot be excluded"],
            ProblemsOf(() => Policy(roles: [Role.Politiker, Role.FromCode(code)])));

    [Fact]
    [Rule("STEP-6")]
    public void Every_role_outside_the_target_group_can_be_excluded()
    {
        EligibilityPolicy policy = Policy(roles: [Role.Administrativ, Role.Politiker, Role.HogreChef]);
        Assert.Equal([Role.HogreChef, Role.Administrativ, Role.Politiker], policy.ExcludedRoles.ToArray());
    }

    [Fact]
    [Rule("STEP-6")]
    public void An_excluded_role_given_twice_or_missing_is_reported_where_it_is() =>
        Assert.Equal(
            ["excluded_roles[1]: is missing", "excluded_roles[2]: politiker appears more than once"],
            ProblemsOf(() => Policy(roles: [Role.Politiker, null!, Role.Politiker])));

    [Fact]
    [Rule("STEP-6")]
    public void Kommun_cannot_be_excluded_because_the_journey_is_for_municipal_staff() =>
        Assert.Equal(
            ["excluded_employers[0]: kommun cannot be excluded: the journey is for municipal staff (STEP-6)"],
            ProblemsOf(() => Policy(employers: [EmployerKind.Kommun, EmployerKind.Annan])));

    [Fact]
    [Rule("STEP-6")]
    public void An_excluded_employer_given_twice_or_missing_is_reported_where_it_is() =>
        Assert.Equal(
            ["excluded_employers[1]: annan appears more than once", "excluded_employers[2]: is missing"],
            ProblemsOf(() => Policy(employers: [EmployerKind.Annan, EmployerKind.Annan, null!])));

    [Fact]
    [Rule("STEP-8")]
    public void A_step_left_out_of_the_openings_is_reported_by_its_name()
    {
        var openings = NorrbottenOpenings();
        openings.Remove(CareerStep.Van);
        Assert.Equal(
            ["step_openings.Van: missing; give the date the step opens, or null if it has no date yet"],
            ProblemsOf(() => Policy(openings: openings)));
    }

    [Fact]
    [Rule("STEP-8")]
    public void With_no_openings_at_all_every_step_is_reported_in_step_order() =>
        Assert.Equal(
            [
                "step_openings.Ny: missing; give the date the step opens, or null if it has no date yet",
                "step_openings.Van: missing; give the date the step opens, or null if it has no date yet",
                "step_openings.Erfaren: missing; give the date the step opens, or null if it has no date yet",
                "step_openings.ArbetsledareOchChef: missing; give the date the step opens, or null if it has no date yet",
            ],
            ProblemsOf(() => Policy(openings: new Dictionary<CareerStep, LocalDate?>())));

    [Fact]
    [Rule("STEP-5")]
    public void Every_problem_of_a_policy_is_reported_at_once()
    {
        var error = Assert.Throws<RegionDataException>(() => new EligibilityPolicy(
            [],
            [Role.Chef, Role.Chef, Role.HogreChef, Role.HogreChef],
            [EmployerKind.Kommun, EmployerKind.Annan, EmployerKind.Annan],
            new Dictionary<CareerStep, LocalDate?> { [CareerStep.Van] = VanOpens, [CareerStep.ArbetsledareOchChef] = null }));

        string[] expected =
        [
            "work_areas: at least one work area must be in the target group",
            "excluded_roles[0]: chef is in the target group (STEP-5) and cannot be excluded",
            "excluded_roles[1]: chef is in the target group (STEP-5) and cannot be excluded",
            "excluded_roles[3]: hogre-chef appears more than once",
            "excluded_employers[0]: kommun cannot be excluded: the journey is for municipal staff (STEP-6)",
            "excluded_employers[2]: annan appears more than once",
            "step_openings.Ny: missing; give the date the step opens, or null if it has no date yet",
            "step_openings.Erfaren: missing; give the date the step opens, or null if it has no date yet",
        ];
        Assert.Equal(expected, error.Problems.Select(p => p.ToString()).ToArray());
        Assert.Equal("eligibility policy", error.Subject);
        Assert.Equal("The eligibility policy has 8 problem(s):\n" + string.Join("\n", expected.Select(p => "  - " + p)), error.Message);
    }

    [Fact]
    [Rule("STEP-8")]
    public void A_step_opens_on_its_opening_day_and_not_the_day_before()
    {
        EligibilityPolicy policy = Policy();
        Assert.False(policy.IsOpen(CareerStep.Van, new LocalDate(2022, 12, 31)));
        Assert.True(policy.IsOpen(CareerStep.Van, new LocalDate(2023, 1, 1)));
        Assert.True(policy.IsOpen(CareerStep.Van, new LocalDate(2023, 1, 2)));
        Assert.False(policy.IsOpen(CareerStep.Ny, new LocalDate(2022, 9, 30)));
        Assert.True(policy.IsOpen(CareerStep.Ny, new LocalDate(2022, 10, 1)));
    }

    [Fact]
    [Rule("STEP-8")]
    public void Each_step_opens_on_its_own_date()
    {
        EligibilityPolicy policy = Policy();
        Assert.Equal(NyOpens, policy.OpeningOf(CareerStep.Ny));
        Assert.Equal(VanOpens, policy.OpeningOf(CareerStep.Van));
        Assert.Equal(ErfarenOpens, policy.OpeningOf(CareerStep.Erfaren));
        Assert.Equal(ChefOpens, policy.OpeningOf(CareerStep.ArbetsledareOchChef));

        LocalDate day = new(2022, 11, 15);
        Assert.True(policy.IsOpen(CareerStep.ArbetsledareOchChef, day));
        Assert.True(policy.IsOpen(CareerStep.Ny, day));
        Assert.False(policy.IsOpen(CareerStep.Van, day));
        Assert.False(policy.IsOpen(CareerStep.Erfaren, day));
    }

    [Fact]
    [Rule("STEP-8")]
    public void A_step_with_no_opening_date_is_never_open()
    {
        EligibilityPolicy policy = Policy(openings: Openings(ny: NyOpens, erfaren: null));
        Assert.Null(policy.OpeningOf(CareerStep.Erfaren));
        Assert.False(policy.IsOpen(CareerStep.Erfaren, LocalDate.MinIsoValue));
        Assert.False(policy.IsOpen(CareerStep.Erfaren, LocalDate.MaxIsoValue));
        Assert.True(policy.IsOpen(CareerStep.Ny, LocalDate.MaxIsoValue));
    }

    [Fact]
    [Rule("STEP-8")]
    public void The_step_openings_are_kept_in_step_order_whatever_the_order_given()
    {
        var openings = new Dictionary<CareerStep, LocalDate?>
        {
            [CareerStep.ArbetsledareOchChef] = ChefOpens,
            [CareerStep.Erfaren] = null,
            [CareerStep.Van] = VanOpens,
            [CareerStep.Ny] = NyOpens,
        };
        EligibilityPolicy policy = Policy(openings: openings);
        Assert.Equal([CareerStep.Ny, CareerStep.Van, CareerStep.Erfaren, CareerStep.ArbetsledareOchChef], policy.StepOpenings.Keys);
        Assert.Equal([NyOpens, VanOpens, null, ChefOpens], policy.StepOpenings.Values);
    }

    [Fact]
    [Rule("STEP-8")]
    public void The_trainer_opening_is_kept_and_has_no_date_unless_given()
    {
        Assert.Null(Policy().TrainerOpening);
        EligibilityPolicy policy = new([WorkArea.Mottagning], [], [], NorrbottenOpenings(), ChefOpens);
        Assert.Equal(ChefOpens, policy.TrainerOpening);
    }

    [Fact]
    [Rule("STEP-8")]
    public void Changing_the_data_a_policy_was_made_from_does_not_change_the_policy()
    {
        var openings = NorrbottenOpenings();
        WorkArea[] areas = [WorkArea.Mottagning];
        Role[] roles = [Role.Politiker];
        EmployerKind[] employers = [EmployerKind.Annan];
        EligibilityPolicy policy = new(areas, roles, employers, openings);

        openings[CareerStep.Ny] = null;
        areas[0] = WorkArea.Familjehem;
        roles[0] = Role.HogreChef;
        employers[0] = EmployerKind.Kommun;

        Assert.Equal(NyOpens, policy.OpeningOf(CareerStep.Ny));
        Assert.Equal([WorkArea.Mottagning], policy.WorkAreas.ToArray());
        Assert.Equal([Role.Politiker], policy.ExcludedRoles.ToArray());
        Assert.Equal([EmployerKind.Annan], policy.ExcludedEmployers.ToArray());
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_policy_cannot_be_made_from_or_asked_about_nothing()
    {
        Assert.Equal("workAreas", Assert.Throws<ArgumentNullException>(() => new EligibilityPolicy(null!, [], [], NorrbottenOpenings())).ParamName);
        Assert.Equal("excludedRoles", Assert.Throws<ArgumentNullException>(() => new EligibilityPolicy([WorkArea.Mottagning], null!, [], NorrbottenOpenings())).ParamName);
        Assert.Equal("excludedEmployers", Assert.Throws<ArgumentNullException>(() => new EligibilityPolicy([WorkArea.Mottagning], [], null!, NorrbottenOpenings())).ParamName);
        Assert.Equal("stepOpenings", Assert.Throws<ArgumentNullException>(() => new EligibilityPolicy([WorkArea.Mottagning], [], [], null!)).ParamName);

        EligibilityPolicy policy = Policy();
        Assert.Equal("step", Assert.Throws<ArgumentNullException>(() => policy.OpeningOf(null!)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentNullException>(() => policy.IsOpen(null!, NyOpens)).ParamName);
        Assert.Equal("area", Assert.Throws<ArgumentNullException>(() => policy.IsInTargetGroup(null!)).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentNullException>(() => policy.Excludes((Role)null!)).ParamName);
        Assert.Equal("employer", Assert.Throws<ArgumentNullException>(() => policy.Excludes((EmployerKind)null!)).ParamName);
    }

    [Fact]
    [Rule("STEP-8")]
    public void A_policy_prints_its_areas_exclusions_and_openings_in_the_region_file_s_codes()
    {
        EligibilityPolicy norrbotten = new(
            [WorkArea.Familjehem, WorkArea.Mottagning, WorkArea.Utredning, WorkArea.Uppfoljning],
            [Role.Politiker, Role.HogreChef, Role.Administrativ],
            [EmployerKind.Annan],
            NorrbottenOpenings(),
            ChefOpens);
        Assert.Equal(
            "work areas mottagning, utredning, uppfoljning, familjehem; excluded roles hogre-chef, administrativ, politiker; excluded employers annan; "
            + "step openings Ny 2022-10-01, Van 2023-01-01, Erfaren 2023-11-01, ArbetsledareOchChef 2022-09-01; trainer opening 2022-09-01",
            norrbotten.ToString());
        Assert.Equal(
            "work areas utredning; excluded roles none; excluded employers none; "
            + "step openings Ny none, Van 2023-01-01, Erfaren none, ArbetsledareOchChef none; trainer opening none",
            Policy(areas: [WorkArea.Utredning], openings: Openings(van: VanOpens)).ToString());
    }
}
