using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan step</c>: one person's career step on a day (rules <c>STEP-1</c> to <c>STEP-8</c>),
/// as JSON or a readable summary; bad option values exit 2, a bad region file exits 1, and nothing
/// is printed on standard output on an error. The fixed clock says today is 2024-06-15.
/// </summary>
public sealed class StepCommandTests
{
    private const string Hint = "Run 'yrkesresan step --help' for usage.";

    private static readonly string[] VanSocialSecretary =
        ["step", "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2021-03-01"];

    // ---- the rules, through the tool ----

    [Fact]
    [Rule("STEP-7")]
    public void A_Van_social_secretary_in_Norrbotten_gets_the_step_the_completed_years_and_the_day_Erfaren_begins_as_json()
    {
        CliResult result = Tool.Run([.. VanSocialSecretary, "--as-of", "2024-06-15", "--format", "json"]);

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "Van",
              "completed_years": 3,
              "next_step": "Erfaren",
              "next_step_date": "2026-03-01",
              "open_in_region": true,
              "reasons": [
                {
                  "code": "eligible_by_years",
                  "message": "3 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2026-03-01"
                },
                {
                  "code": "step_open",
                  "message": "Van has been open in the region since 2023-01-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-2")]
    public void A_social_secretary_is_Ny_the_day_before_the_second_anniversary_of_the_start()
    {
        CliResult result = Tool.Run([.. VanSocialSecretary, "--as-of", "2023-02-28", "--format", "json"]);

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "Ny",
              "completed_years": 1,
              "next_step": "Van",
              "next_step_date": "2023-03-01",
              "open_in_region": true,
              "reasons": [
                {
                  "code": "eligible_by_years",
                  "message": "1 completed year in the profession: Ny (0 to 2 years); Van begins on 2023-03-01"
                },
                {
                  "code": "step_open",
                  "message": "Ny has been open in the region since 2022-10-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-2")]
    public void A_social_secretary_is_Van_on_the_second_anniversary_of_the_start()
    {
        CliResult result = Tool.Run([.. VanSocialSecretary, "--as-of", "2023-03-01", "--format", "json"]);

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "Van",
              "completed_years": 2,
              "next_step": "Erfaren",
              "next_step_date": "2026-03-01",
              "open_in_region": true,
              "reasons": [
                {
                  "code": "eligible_by_years",
                  "message": "2 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2026-03-01"
                },
                {
                  "code": "step_open",
                  "message": "Van has been open in the region since 2023-01-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-2")]
    public void A_start_on_29_February_reaches_its_second_anniversary_on_28_February_and_Erfaren_on_28_February_too()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "mottagning", "--period", "2020-02-29", "--as-of", "2022-02-28", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "Van",
              "completed_years": 2,
              "next_step": "Erfaren",
              "next_step_date": "2025-02-28",
              "open_in_region": false,
              "reasons": [
                {
                  "code": "eligible_by_years",
                  "message": "2 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2025-02-28"
                },
                {
                  "code": "step_not_open_yet",
                  "message": "Van is not open in the region on 2022-02-28: it opens on 2023-01-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-3")]
    public void Several_periods_count_as_their_union_so_overlapping_days_count_once()
    {
        // 2019-01-01..2020-06-30 (the two overlapping periods, 547 days) and 2022-01-01..2024-06-15
        // (897 days): 1 444 days, an equivalent start of 2020-07-03. Counted twice, the overlap would
        // move it to 2020-01-01 and Erfaren to 2025-01-01.
        CliResult result = Tool.Run(
            "step", "--role", "socialsekreterare", "--work-area", "mottagning",
            "--period", "2019-01-01..2019-12-31", "--period", "2019-07-01..2020-06-30", "--period", "2022-01-01",
            "--as-of", "2024-06-15", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "Van",
              "completed_years": 3,
              "next_step": "Erfaren",
              "next_step_date": "2025-07-03",
              "open_in_region": true,
              "reasons": [
                {
                  "code": "eligible_by_years",
                  "message": "3 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2025-07-03"
                },
                {
                  "code": "step_open",
                  "message": "Van has been open in the region since 2023-01-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-3")]
    public void The_order_of_the_period_options_makes_no_difference()
    {
        CliResult given = Tool.Run(
            "step", "--role", "socialsekreterare", "--work-area", "mottagning",
            "--period", "2019-01-01..2019-12-31", "--period", "2019-07-01..2020-06-30", "--period", "2022-01-01", "--format", "json");
        CliResult reversed = Tool.Run(
            "step", "--role", "socialsekreterare", "--work-area", "mottagning",
            "--period", "2022-01-01", "--period", "2019-07-01..2020-06-30", "--period", "2019-01-01..2019-12-31", "--format", "json");

        Assert.Equal(0, given.ExitCode);
        Assert.Equal(given, reversed);
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_social_secretary_who_has_left_gets_no_next_step_date_and_is_told_why()
    {
        // 2018-01-01..2021-12-31 is one day short of 4 years.
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2018-01-01..2021-12-31", "--as-of", "2024-06-15", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "Van",
              "completed_years": 3,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": true,
              "reasons": [
                {
                  "code": "eligible_by_years",
                  "message": "3 completed years in the profession: Van (2 to 5 years)"
                },
                {
                  "code": "not_in_profession_on_as_of_date",
                  "message": "Not in the profession on 2024-06-15 (last day in the profession 2021-12-31): the days in the profession are counted back from the as-of date, and the day Erfaren begins is not known until they return"
                },
                {
                  "code": "step_open",
                  "message": "Van has been open in the region since 2023-01-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-3")]
    public void A_period_that_starts_after_the_as_of_date_gives_no_day_in_the_profession()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2024-08-01", "--as-of", "2024-06-15", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": false,
              "step": null,
              "completed_years": 0,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": false,
              "reasons": [
                {
                  "code": "not_yet_in_profession",
                  "message": "No day in the profession on or before 2024-06-15: the first period starts on 2024-08-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-4")]
    public void A_supervisor_two_weeks_into_the_profession_is_in_Arbetsledare_och_chef()
    {
        CliResult result = Tool.Run("step", "--role", "arbetsledare", "--period", "2024-06-01", "--as-of", "2024-06-15", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "ArbetsledareOchChef",
              "completed_years": 0,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": true,
              "reasons": [
                {
                  "code": "eligible_by_role",
                  "message": "Arbetsledare (arbetsledare): supervisors and managers are in Arbetsledare och chef whatever their years in the profession (0 completed years)"
                },
                {
                  "code": "step_open",
                  "message": "Arbetsledare och chef has been open in the region since 2022-09-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_social_secretary_in_foster_care_is_eligible_in_Norrbotten()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "familjehem", "--period", "2015-01-01", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "Erfaren",
              "completed_years": 9,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": true,
              "reasons": [
                {
                  "code": "eligible_by_years",
                  "message": "9 completed years in the profession: Erfaren (5 years or more)"
                },
                {
                  "code": "step_open",
                  "message": "Erfaren has been open in the region since 2023-11-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_social_secretary_in_foster_care_is_not_eligible_under_a_region_file_whose_policy_lacks_it()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "familjehem", "--period", "2015-01-01", "--region", Repository.VasterbottenExample, "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": false,
              "step": null,
              "completed_years": 9,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": false,
              "reasons": [
                {
                  "code": "work_area_outside_target_group",
                  "message": "The work area familjehem is outside the target group, whose work areas are mottagning, utredning, uppfoljning"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_social_secretary_without_a_work_area_is_not_eligible()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--period", "2015-01-01", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": false,
              "step": null,
              "completed_years": 9,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": false,
              "reasons": [
                {
                  "code": "work_area_missing",
                  "message": "No work area was given, and a socialsekreterare must work in one of the target group's work areas: mottagning, utredning, uppfoljning, familjehem"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_work_area_that_is_another_word_is_outside_the_target_group()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "ekonomiskt-bistand", "--period", "2015-01-01", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": false,
              "step": null,
              "completed_years": 9,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": false,
              "reasons": [
                {
                  "code": "work_area_outside_target_group",
                  "message": "The work area ekonomiskt-bistand is outside the target group, whose work areas are mottagning, utredning, uppfoljning, familjehem"
                }
              ]
            }
            """,
            result);
    }

    [Theory]
    [Rule("STEP-6")]
    [InlineData("hogre-chef", "Högre chef")]
    [InlineData("administrativ", "Administrativ personal")]
    [InlineData("politiker", "Politiker")]
    public void Every_excluded_role_is_not_eligible_with_the_reason_and_no_step(string role, string displayName)
    {
        CliResult result = Tool.Run("step", "--role", role, "--work-area", "utredning", "--period", "2015-01-01", "--format", "json");

        AssertSuccess(
            $$"""
            {
              "eligible": false,
              "step": null,
              "completed_years": 9,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": false,
              "reasons": [
                {
                  "code": "role_excluded",
                  "message": "{{displayName}} ({{role}}) is a role the region's policy does not cover"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-6")]
    public void A_social_secretary_of_another_employer_is_not_eligible()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "utredning", "--employer", "annan", "--period", "2015-01-01", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": false,
              "step": null,
              "completed_years": 9,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": false,
              "reasons": [
                {
                  "code": "employer_excluded",
                  "message": "Annan arbetsgivare (annan) is an employer the region's policy does not cover: the journey is for municipal staff"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-8")]
    public void A_Van_social_secretary_before_Norrbotten_opens_Van_gets_the_step_and_the_day_it_opens()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2020-06-01", "--as-of", "2022-12-15", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "Van",
              "completed_years": 2,
              "next_step": "Erfaren",
              "next_step_date": "2025-06-01",
              "open_in_region": false,
              "reasons": [
                {
                  "code": "eligible_by_years",
                  "message": "2 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2025-06-01"
                },
                {
                  "code": "step_not_open_yet",
                  "message": "Van is not open in the region on 2022-12-15: it opens on 2023-01-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Rule("STEP-8")]
    public void Erfaren_under_a_region_file_that_gives_it_no_opening_date_is_not_open()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2015-01-01", "--region", Repository.VasterbottenExample, "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "Erfaren",
              "completed_years": 9,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": false,
              "reasons": [
                {
                  "code": "eligible_by_years",
                  "message": "9 completed years in the profession: Erfaren (5 years or more)"
                },
                {
                  "code": "step_has_no_opening_date",
                  "message": "Erfaren is not open in the region: it has no opening date yet"
                }
              ]
            }
            """,
            result);
    }

    // ---- the table ----

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void The_table_gives_the_region_the_day_every_fact_and_every_reason()
    {
        CliResult result = Tool.Run([.. VanSocialSecretary, "--as-of", "2024-06-15", "--format", "table"]);

        AssertSuccess(
            """
            Norrbotten on 2024-06-15: eligible for Van

              Eligible         yes
              Step             Van
              Completed years  3
              Next step        Erfaren, from 2026-03-01
              Open in region   yes, since 2023-01-01

            Reasons:
              eligible_by_years: 3 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2026-03-01
              step_open: Van has been open in the region since 2023-01-01
            """,
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void The_table_of_a_person_who_is_not_eligible_says_so_and_gives_every_reason()
    {
        CliResult result = Tool.Run("step", "--role", "hogre-chef", "--employer", "annan", "--period", "2015-01-01");

        AssertSuccess(
            """
            Norrbotten on 2024-06-15: not eligible

              Eligible         no
              Step             none
              Completed years  9
              Next step        none
              Open in region   no

            Reasons:
              role_excluded: Högre chef (hogre-chef) is a role the region's policy does not cover
              employer_excluded: Annan arbetsgivare (annan) is an employer the region's policy does not cover: the journey is for municipal staff
            """,
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void The_table_says_when_a_step_that_is_not_open_yet_opens()
    {
        CliResult result = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2020-06-01", "--as-of", "2022-12-15");

        AssertSuccess(
            """
            Norrbotten on 2022-12-15: eligible for Van

              Eligible         yes
              Step             Van
              Completed years  2
              Next step        Erfaren, from 2025-06-01
              Open in region   no, opens on 2023-01-01

            Reasons:
              eligible_by_years: 2 completed years in the profession: Van (2 to 5 years); Erfaren begins on 2025-06-01
              step_not_open_yet: Van is not open in the region on 2022-12-15: it opens on 2023-01-01
            """,
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void The_table_names_the_region_of_a_region_file()
    {
        CliResult result = Tool.Run("step", "--role", "chef", "--period", "2015-01-01", "--region", Repository.VasterbottenExample, "--as-of", "2023-01-15");

        AssertSuccess(
            """
            Västerbotten on 2023-01-15: eligible for Arbetsledare och chef

              Eligible         yes
              Step             Arbetsledare och chef
              Completed years  8
              Next step        none
              Open in region   no, opens on 2023-02-01

            Reasons:
              eligible_by_role: Chef (chef): supervisors and managers are in Arbetsledare och chef whatever their years in the profession (8 completed years)
              step_not_open_yet: Arbetsledare och chef is not open in the region on 2023-01-15: it opens on 2023-02-01
            """,
            result);
    }

    // ---- options ----

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void Without_as_of_the_decision_is_for_today_by_the_clock()
    {
        CliResult today = Tool.Run(VanSocialSecretary);
        CliResult given = Tool.Run([.. VanSocialSecretary, "--as-of", "2024-06-15"]);

        Assert.Equal(0, today.ExitCode);
        Assert.StartsWith("Norrbotten on 2024-06-15: eligible for Van\n", today.Stdout, StringComparison.Ordinal);
        Assert.Equal(given, today);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void Table_is_the_default_format_and_the_format_is_read_in_any_case()
    {
        CliResult table = Tool.Run([.. VanSocialSecretary, "--format", "table"]);
        CliResult byDefault = Tool.Run(VanSocialSecretary);
        CliResult json = Tool.Run([.. VanSocialSecretary, "--format", "json"]);
        CliResult upperCase = Tool.Run([.. VanSocialSecretary, "--format", "JSON"]);

        Assert.Equal(table, byDefault);
        Assert.Equal(json, upperCase);
        Assert.NotEqual(table.Stdout, json.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void An_open_period_may_be_written_with_or_without_the_two_dots()
    {
        CliResult withoutDots = Tool.Run([.. VanSocialSecretary, "--format", "json"]);
        CliResult withDots = Tool.Run("step", "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2021-03-01..", "--format", "json");

        Assert.Equal(0, withDots.ExitCode);
        Assert.Equal(withoutDots, withDots);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void The_employer_is_kommun_unless_given()
    {
        CliResult byDefault = Tool.Run([.. VanSocialSecretary, "--format", "json"]);
        CliResult kommun = Tool.Run([.. VanSocialSecretary, "--employer", "kommun", "--format", "json"]);

        Assert.Equal(0, byDefault.ExitCode);
        Assert.Equal(kommun, byDefault);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void The_first_day_of_Norrbotten_s_policy_has_an_answer()
    {
        CliResult result = Tool.Run("step", "--role", "chef", "--period", "2020-01-01", "--as-of", "2021-07-01", "--format", "json");

        AssertSuccess(
            """
            {
              "eligible": true,
              "step": "ArbetsledareOchChef",
              "completed_years": 1,
              "next_step": null,
              "next_step_date": null,
              "open_in_region": false,
              "reasons": [
                {
                  "code": "eligible_by_role",
                  "message": "Chef (chef): supervisors and managers are in Arbetsledare och chef whatever their years in the profession (1 completed year)"
                },
                {
                  "code": "step_not_open_yet",
                  "message": "Arbetsledare och chef is not open in the region on 2021-07-01: it opens on 2022-09-01"
                }
              ]
            }
            """,
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void An_as_of_date_before_Norrbotten_s_first_policy_is_a_usage_error_naming_the_first_date()
    {
        CliResult result = Tool.Run("step", "--role", "chef", "--period", "2020-01-01", "--as-of", "2021-06-30");

        AssertUsageError(
            "yrkesresan: Norrbotten's eligibility policy starts on 2021-07-01, so it has no answer for 2021-06-30 (--as-of); give --as-of 2021-07-01 or later.",
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void Today_before_Norrbotten_s_first_policy_is_a_usage_error_that_says_it_is_today()
    {
        CliResult result = Tool.RunIn(2021, "step", "--role", "chef", "--period", "2020-01-01");

        AssertUsageError(
            "yrkesresan: Norrbotten's eligibility policy starts on 2021-07-01, so it has no answer for 2021-06-15 (today); give --as-of 2021-07-01 or later.",
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void An_as_of_date_before_a_region_file_s_first_policy_is_a_usage_error_naming_its_first_date()
    {
        CliResult result = Tool.Run("step", "--role", "chef", "--period", "2020-01-01", "--region", Repository.VasterbottenExample, "--as-of", "2022-12-31");

        AssertUsageError(
            "yrkesresan: Västerbotten's eligibility policy starts on 2023-01-01, so it has no answer for 2022-12-31 (--as-of); give --as-of 2023-01-01 or later.",
            result);
    }

    [Theory]
    [Trait("Contract", "yrkesresan step")]
    [InlineData(new[] { "--role", "socionom", "--period", "2020-01-01" }, "--role must be one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker; 'socionom' is not one of them.")]
    [InlineData(new[] { "--role", "Chef", "--period", "2020-01-01" }, "--role must be one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker; 'Chef' is not one of them.")]
    [InlineData(new[] { "--role", "chef", "--employer", "privat", "--period", "2020-01-01" }, "--employer must be one of kommun, annan; 'privat' is not one of them.")]
    [InlineData(new[] { "--role", "chef", "--period", "2020-02-30" }, "--period '2020-02-30' is not a period in the profession: write YYYY-MM-DD (still in the profession) or YYYY-MM-DD..YYYY-MM-DD (both days included).")]
    [InlineData(new[] { "--role", "chef", "--period", "2020-01-01..2020-13-01" }, "--period '2020-01-01..2020-13-01' is not a period in the profession: write YYYY-MM-DD (still in the profession) or YYYY-MM-DD..YYYY-MM-DD (both days included).")]
    [InlineData(new[] { "--role", "chef", "--period", "2020-01-01", "--period", "2021-01-01..2020-12-31" }, "--period '2021-01-01..2020-12-31' is not a period in the profession: it ends (2020-12-31) before it starts (2021-01-01).")]
    [InlineData(new[] { "--role", "chef", "--period", "2020-02-30", "--period", "2020-01-01", "--period", "2021-01-01..2020-01-01" }, "--period '2020-02-30' is not a period in the profession: write YYYY-MM-DD (still in the profession) or YYYY-MM-DD..YYYY-MM-DD (both days included). --period '2021-01-01..2020-01-01' is not a period in the profession: it ends (2020-01-01) before it starts (2021-01-01).")]
    [InlineData(new[] { "--role", "chef", "--period", "2020-01-01", "--as-of", "15/6/2024" }, "--as-of must be a date, YYYY-MM-DD, e.g. 2024-06-15; '15/6/2024' is not one.")]
    [InlineData(new[] { "--role", "chef", "--period", "2020-01-01", "--as-of", "2023-02-29" }, "--as-of must be a date, YYYY-MM-DD, e.g. 2024-06-15; '2023-02-29' is not one.")]
    [InlineData(new[] { "--role", "chef", "--period", "2020-01-01", "--format", "csv" }, "--format must be table or json; 'csv' is not one of them.")]
    [InlineData(new[] { "--period", "2020-01-01" }, "Option '--role' is required.")]
    [InlineData(new[] { "--role", "chef" }, "Option '--period' is required.")]
    public void A_bad_option_value_is_a_usage_error_that_says_what_a_good_value_looks_like(string[] args, string message)
    {
        CliResult result = Tool.Run(["step", .. args]);

        AssertUsageError($"yrkesresan: {message}", result);
    }

    [Theory]
    [Trait("Contract", "yrkesresan step")]
    [InlineData("--role", "chef", "--role", "arbetsledare", "--period", "2020-01-01")]
    [InlineData("--role", "chef", "--period", "2020-01-01", "2021-01-01")]
    [InlineData("--role", "chef", "--period", "2020-01-01", "--bogus")]
    [InlineData("--role", "chef", "--period")]
    public void A_malformed_command_line_exits_with_2_a_one_line_message_and_a_hint_to_help(params string[] args)
    {
        CliResult result = Tool.Run(["step", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(2, result.StderrLines.Length);
        Assert.StartsWith("yrkesresan: ", result.StderrLines[0], StringComparison.Ordinal);
        Assert.Equal(Hint, result.StderrLines[1]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void Step_help_describes_every_option_and_exits_with_0()
    {
        CliResult result = Tool.Run("step", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        foreach (string option in new[] { "--role <ROLE> (REQUIRED)", "--work-area <AREA>", "--employer <kommun|annan>", "--period <P> (REQUIRED)", "--as-of <DATE>", "--region <FILE>", "--format <table|json>" })
        {
            Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        }
    }

    // ---- --region ----

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void A_region_file_with_problems_is_bad_data_with_every_problem_and_nothing_on_standard_output()
    {
        string text = Norrbotten.RegionFileText
            .Replace("\"population\": 6157", "\"population\": 0", StringComparison.Ordinal)
            .Replace("\"Van\": \"2023-01-01\"", "\"Van\": \"2023-13-01\"", StringComparison.Ordinal);
        using var file = TempRegionFile.WithText(text, "region.json");

        CliResult result = Tool.Run([.. VanSocialSecretary, "--region", file.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            [
                $"{file.Path}:6: $.municipalities[0].population: must be at least 1, not 0",
                $"{file.Path}:43: $.eligibility[0].step_openings.Van: must be a real date written YYYY-MM-DD, not \"2023-13-01\"",
            ],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void A_municipality_csv_is_not_a_region_file_for_step_and_is_a_usage_error()
    {
        using var file = TempRegionFile.WithText(TestData.NorrbottenCsv);

        CliResult result = Tool.Run([.. VanSocialSecretary, "--region", file.Path]);

        AssertUsageError(
            $"yrkesresan: --region {file.Path} is not a region file (.json): a municipality CSV has no eligibility policy, so give a region file, or leave --region out for Norrbotten.",
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void A_region_file_that_does_not_exist_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-cli-tests", "no-such-region.json");

        CliResult result = Tool.Run([.. VanSocialSecretary, "--region", missing]);

        AssertUsageError($"yrkesresan: --region {missing}: no such file.", result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan step")]
    public void The_exported_norrbotten_region_file_decides_as_the_built_in_norrbotten()
    {
        using var file = TempRegionFile.WithText(Norrbotten.RegionFileText, "norrbotten.json");

        CliResult fromFile = Tool.Run([.. VanSocialSecretary, "--region", file.Path, "--format", "json"]);
        CliResult builtIn = Tool.Run([.. VanSocialSecretary, "--format", "json"]);

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(builtIn, fromFile);
    }

    private static void AssertSuccess(string expected, CliResult result)
    {
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected + "\n", result.Stdout);
    }

    private static void AssertUsageError(string message, CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(message + "\n" + Hint + "\n", result.Stderr);
    }
}
