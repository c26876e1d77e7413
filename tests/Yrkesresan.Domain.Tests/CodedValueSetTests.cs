using System.Globalization;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Calendar;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Domain.Tests;

/// <summary>
/// Every value of every closed set, as files, the tool's JSON and people read it: its order, its code, its Swedish
/// name and what it carries. The codes are a machine format that region files and other systems rely on, so a change
/// here is a breaking change. (These declarations are also left out of mutation testing, which could only test them
/// by running the whole suite for each mutant; this test is what pins them.)
/// </summary>
public sealed class CodedValueSetTests
{
    [Fact]
    [Rule("STEP-1")]
    public void The_four_career_steps_are_Ny_Van_Erfaren_and_Arbetsledare_och_chef_with_their_completed_years() =>
        Assert.Equal(
            ["1 Ny Ny 0 2", "2 Van Van 2 5", "3 Erfaren Erfaren 5 -", "4 ArbetsledareOchChef Arbetsledare och chef - -"],
            CareerStep.List.OrderBy(s => s.Value).Select(s => $"{s.Value} {s.Code} {s.DisplayName} {s.MinCompletedYears?.ToString(CultureInfo.InvariantCulture) ?? "-"} {s.MaxCompletedYearsExclusive?.ToString(CultureInfo.InvariantCulture) ?? "-"}"));

    [Fact]
    [Rule("STEP-5")]
    public void The_roles_are_the_three_of_the_target_group_and_three_outside_it() =>
        Assert.Equal(
            [
                "1 socialsekreterare Socialsekreterare True False", "2 arbetsledare Arbetsledare True True", "3 chef Chef True True",
                "4 hogre-chef Högre chef False False", "5 administrativ Administrativ personal False False", "6 politiker Politiker False False",
            ],
            Role.List.OrderBy(r => r.Value).Select(r => $"{r.Value} {r.Code} {r.DisplayName} {r.IsInTargetGroup} {r.IsSupervisorOrManager}"));

    [Fact]
    [Rule("STEP-5")]
    public void The_work_areas_and_employers_have_their_codes_and_Swedish_names()
    {
        Assert.Equal(["1 mottagning Mottagning", "2 utredning Utredning", "3 uppfoljning Uppföljning", "4 familjehem Familjehem"], Listed(WorkArea.List));
        Assert.Equal(["1 kommun Kommun", "2 annan Annan arbetsgivare"], Listed(EmployerKind.List));
    }

    [Fact]
    [Rule("STEP-7")]
    public void The_eligibility_reasons_have_their_codes_and_the_refusals_are_the_last_six() =>
        Assert.Equal(
            [
                "1 eligible_by_years Behörig efter år i yrket False", "2 eligible_by_role Behörig efter roll False",
                "3 not_in_profession_on_as_of_date Inte i yrket på dagen False", "4 step_open Steget är öppet False",
                "5 step_not_open_yet Steget är inte öppet än False", "6 step_has_no_opening_date Steget har inget startdatum False",
                "7 role_excluded Rollen omfattas inte True", "8 role_outside_target_group Rollen är utanför målgruppen True",
                "9 employer_excluded Arbetsgivaren omfattas inte True", "10 work_area_missing Arbetsområde saknas True",
                "11 work_area_outside_target_group Arbetsområdet är utanför målgruppen True", "12 not_yet_in_profession Ännu inte i yrket True",
            ],
            EligibilityReasonCode.List.OrderBy(r => r.Value).Select(r => $"{r.Value} {r.Code} {r.DisplayName} {r.IsRefusal}"));

    [Fact]
    [Rule("COURSE-7")]
    public void The_named_days_are_thirteen_public_holidays_and_three_eves_by_their_Swedish_names() =>
        Assert.Equal(
            [
                "1 nyarsdagen Nyårsdagen holiday", "2 trettondedag-jul Trettondedag jul holiday", "3 langfredagen Långfredagen holiday",
                "4 paskdagen Påskdagen holiday", "5 annandag-pask Annandag påsk holiday", "6 forsta-maj Första maj holiday",
                "7 kristi-himmelsfardsdag Kristi himmelsfärdsdag holiday", "8 pingstdagen Pingstdagen holiday",
                "9 annandag-pingst Annandag pingst holiday", "10 nationaldagen Sveriges nationaldag holiday",
                "11 midsommarafton Midsommarafton eve", "12 midsommardagen Midsommardagen holiday", "13 alla-helgons-dag Alla helgons dag holiday",
                "14 julafton Julafton eve", "15 juldagen Juldagen holiday", "16 annandag-jul Annandag jul holiday", "17 nyarsafton Nyårsafton eve",
            ],
            SwedishHoliday.List.OrderBy(h => h.Value).Select(h => $"{h.Value} {h.Code} {h.DisplayName} {h.Kind.Code}"));

    [Fact]
    [Rule("COURSE-7")]
    public void The_kinds_of_named_day_are_public_holiday_and_eve() =>
        Assert.Equal(["1 holiday Allmän helgdag", "2 eve Afton"], Listed(SwedishHolidayKind.List));

    [Fact]
    [Rule("FEE-2")]
    public void A_course_day_is_on_site_or_digital() =>
        Assert.Equal(["1 onsite På plats", "2 digital Digitalt"], Listed(DeliveryMode.List));

    [Fact]
    [Rule("COURSE-2")]
    public void The_knowledge_levels_are_fakta_forstaelse_fardighet_and_fortrogenhet() =>
        Assert.Equal(["1 fakta Fakta", "2 forstaelse Förståelse", "3 fardighet Färdighet", "4 fortrogenhet Förtrogenhet"], Listed(KnowledgeLevel.List));

    [Fact]
    [Rule("FEE-1")]
    public void The_fee_components_are_venue_trainer_pot_course_material_and_buffer() =>
        Assert.Equal(["1 venue Lokal och fika", "2 trainer_pot Utbildarpott", "3 course_material Kursmaterial", "4 buffer Buffert"], Listed(FeeComponent.List));

    [Fact]
    [Rule("GOAL-1")]
    public void A_goal_is_met_not_met_or_not_evaluable_and_its_interval_above_below_or_too_wide_to_tell()
    {
        Assert.Equal(["1 met Uppfyllt", "2 not_met Inte uppfyllt", "3 not_evaluable Kan inte bedömas"], Listed(GoalStatus.List));
        Assert.Equal(["1 above Helt över gränsen", "2 below Helt under gränsen", "3 too_few_answers För få svar för att avgöra"], Listed(IntervalVerdict.List));
    }

    private static IEnumerable<string> Listed<T>(IEnumerable<CodedValue<T>> values)
        where T : CodedValue<T> =>
        values.OrderBy(v => v.Value).Select(v => $"{v.Value} {v.Code} {v.DisplayName}");
}
