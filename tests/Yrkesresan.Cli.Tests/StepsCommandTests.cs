using System.Text;
using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan steps</c>: the career step of everyone on a staff list (a CSV file with the header
/// <c>id,role,work_area,employer,periods</c>), one decision per person in the order of the file, as a
/// table, CSV or JSON. A staff file with problems exits 1 with every problem at once as
/// <c>FILE:LINE: FIELD: message</c> and nothing on standard output; a file that cannot be read
/// exits 2. The fixed clock says today is 2024-06-15.
/// </summary>
public sealed class StepsCommandTests
{
    private const string Hint = "Run 'yrkesresan steps --help' for usage.";

    private const string Header = "id,role,work_area,employer,periods";

    private const string RoleCodes = "socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker";

    private const string NotAPeriod = "is not a period in the profession: write YYYY-MM-DD (still in the profession) or YYYY-MM-DD..YYYY-MM-DD (both days included)";

    /// <summary>Five people, not in id order: a Van, a manager with a gap, an excluded role and employer, a Ny with overlapping and touching periods, a social secretary without a work area.</summary>
    private const string Staff =
        Header + "\n"
        + "s-17,socialsekreterare,utredning,,2021-03-01\n"
        + "a-02,chef,,kommun,2015-01-01..2019-12-31;2022-01-01\n"
        + "m-09,hogre-chef,,annan,2010-01-01\n"
        + "b-11,socialsekreterare,familjehem,,2023-01-01..2023-12-31;2023-06-01..2024-03-01;2024-03-02\n"
        + "e-05,socialsekreterare,,,2019-03-01\n";

    private const string StaffCsvOutput =
        "id,eligible,step,completed_years,next_step,next_step_date,open_in_region,reasons\n"
        + "s-17,true,Van,3,Erfaren,2026-03-01,true,eligible_by_years;step_open\n"
        + "a-02,true,ArbetsledareOchChef,7,,,true,eligible_by_role;step_open\n"
        + "m-09,false,,14,,,false,role_excluded;employer_excluded\n"
        + "b-11,true,Ny,1,Van,2025-01-01,true,eligible_by_years;step_open\n"
        + "e-05,false,,5,,,false,work_area_missing\n";

    // ---- output ----

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Csv_output_has_one_line_per_person_in_the_order_of_the_staff_file()
    {
        using var file = TempRegionFile.WithText(Staff, "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--as-of", "2024-06-15", "--format", "csv");

        AssertSuccess(StaffCsvOutput, result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Json_output_is_an_array_of_the_step_objects_in_the_order_of_the_staff_file_each_with_its_id_first()
    {
        using var file = TempRegionFile.WithText(
            Header + "\n"
            + "s-17,socialsekreterare,utredning,,2021-03-01\n"
            + "m-09,hogre-chef,,annan,2010-01-01\n",
            "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--as-of", "2024-06-15", "--format", "json");

        AssertSuccess(
            """
            [
              {
                "id": "s-17",
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
              },
              {
                "id": "m-09",
                "eligible": false,
                "step": null,
                "completed_years": 14,
                "next_step": null,
                "next_step_date": null,
                "open_in_region": false,
                "reasons": [
                  {
                    "code": "role_excluded",
                    "message": "Högre chef (hogre-chef) is a role the region's policy does not cover"
                  },
                  {
                    "code": "employer_excluded",
                    "message": "Annan arbetsgivare (annan) is an employer the region's policy does not cover: the journey is for municipal staff"
                  }
                ]
              }
            ]

            """,
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Table_output_has_a_heading_and_one_row_per_person_in_the_order_of_the_staff_file()
    {
        using var file = TempRegionFile.WithText(Staff, "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--as-of", "2024-06-15", "--format", "table");

        AssertSuccess(
            """
            Norrbotten on 2024-06-15: 5 people, 3 eligible

            +-------------------------------------------------------------------------------------------------+
            | Id   | Step                  | Years | Next step          | Open in region  | Reasons           |
            |------+-----------------------+-------+--------------------+-----------------+-------------------|
            | s-17 | Van                   |     3 | Erfaren 2026-03-01 | yes, 2023-01-01 | eligible_by_years |
            |      |                       |       |                    |                 | step_open         |
            |------+-----------------------+-------+--------------------+-----------------+-------------------|
            | a-02 | Arbetsledare och chef |     7 | -                  | yes, 2022-09-01 | eligible_by_role  |
            |      |                       |       |                    |                 | step_open         |
            |------+-----------------------+-------+--------------------+-----------------+-------------------|
            | m-09 | not eligible          |    14 | -                  | -               | role_excluded     |
            |      |                       |       |                    |                 | employer_excluded |
            |------+-----------------------+-------+--------------------+-----------------+-------------------|
            | b-11 | Ny                    |     1 | Van 2025-01-01     | yes, 2022-10-01 | eligible_by_years |
            |      |                       |       |                    |                 | step_open         |
            |------+-----------------------+-------+--------------------+-----------------+-------------------|
            | e-05 | not eligible          |     5 | -                  | -               | work_area_missing |
            +-------------------------------------------------------------------------------------------------+

            """,
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void The_table_says_when_a_step_opens_and_that_a_step_has_no_opening_date()
    {
        using var file = TempRegionFile.WithText(
            Header + "\n"
            + "ny,socialsekreterare,utredning,,2023-01-01\n"
            + "erfaren,socialsekreterare,utredning,,2015-01-01\n",
            "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--region", Repository.VasterbottenExample, "--as-of", "2023-02-15");

        AssertSuccess(
            """
            Västerbotten on 2023-02-15: 2 people, 2 eligible

            +----------------------------------------------------------------------------------------------+
            | Id      | Step    | Years | Next step      | Open in region       | Reasons                  |
            |---------+---------+-------+----------------+----------------------+--------------------------|
            | ny      | Ny      |     0 | Van 2025-01-01 | no, opens 2023-03-01 | eligible_by_years        |
            |         |         |       |                |                      | step_not_open_yet        |
            |---------+---------+-------+----------------+----------------------+--------------------------|
            | erfaren | Erfaren |     8 | -              | no, no date yet      | eligible_by_years        |
            |         |         |       |                |                      | step_has_no_opening_date |
            +----------------------------------------------------------------------------------------------+

            """,
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Table_is_the_default_format_and_a_single_person_is_one_person()
    {
        using var file = TempRegionFile.WithText(Header + "\nx,chef,,,2020-01-01\n", "staff.csv");

        CliResult byDefault = Tool.Run("steps", "--staff", file.Path);
        CliResult table = Tool.Run("steps", "--staff", file.Path, "--format", "TABLE");

        Assert.Equal(0, byDefault.ExitCode);
        Assert.StartsWith("Norrbotten on 2024-06-15: 1 person, 1 eligible\n", byDefault.Stdout, StringComparison.Ordinal);
        Assert.Equal(table, byDefault);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Without_as_of_the_decisions_are_for_today_by_the_clock()
    {
        using var file = TempRegionFile.WithText(Staff, "staff.csv");

        CliResult today = Tool.Run("steps", "--staff", file.Path, "--format", "csv");

        AssertSuccess(StaffCsvOutput, today);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void A_byte_order_mark_and_CRLF_line_endings_are_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(Staff.Replace("\n", "\r\n", StringComparison.Ordinal))];
        using var file = TempRegionFile.WithBytes(bytes, "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--format", "csv");

        AssertSuccess(StaffCsvOutput, result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void The_columns_may_come_in_any_order_and_case_with_other_columns_ignored_and_values_trimmed()
    {
        using var file = TempRegionFile.WithText(
            "Periods, ID ,Employer,note,Role,WORK_AREA\n"
            + "\" 2021-03-01 \",s-17,,\"a note, with a comma\",socialsekreterare, utredning \n"
            + "2015-01-01..2019-12-31 ; 2022-01-01, a-02 , kommun ,,chef,\n",
            "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--format", "csv");

        AssertSuccess(
            "id,eligible,step,completed_years,next_step,next_step_date,open_in_region,reasons\n"
            + "s-17,true,Van,3,Erfaren,2026-03-01,true,eligible_by_years;step_open\n"
            + "a-02,true,ArbetsledareOchChef,7,,,true,eligible_by_role;step_open\n",
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void An_id_with_a_comma_or_a_quote_is_quoted_in_the_csv_output_and_kept_as_it_is_in_json()
    {
        using var file = TempRegionFile.WithText(Header + "\n\"Berg, \"\"Bo\"\"\",chef,,,2020-01-01\n", "staff.csv");

        CliResult csv = Tool.Run("steps", "--staff", file.Path, "--format", "csv");
        CliResult json = Tool.Run("steps", "--staff", file.Path, "--format", "json");

        Assert.Equal(
            "id,eligible,step,completed_years,next_step,next_step_date,open_in_region,reasons\n"
            + "\"Berg, \"\"Bo\"\"\",true,ArbetsledareOchChef,4,,,true,eligible_by_role;step_open\n",
            csv.Stdout);
        Assert.Contains("\"id\": \"Berg, \\\"Bo\\\"\",", json.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("STEP-3")]
    public void The_periods_of_one_person_in_the_staff_file_count_as_their_union()
    {
        // The same history as StepCommandTests' overlapping periods: 1 444 days, Erfaren on 2025-07-03.
        using var file = TempRegionFile.WithText(
            Header + "\n"
            + "overlapping,socialsekreterare,mottagning,,2019-01-01..2019-12-31;2019-07-01..2020-06-30;2022-01-01\n"
            + "disjoint,socialsekreterare,mottagning,,2019-01-01..2020-06-30;2022-01-01\n"
            + "touching,socialsekreterare,mottagning,,2022-01-01..2023-01-01;2019-01-01..2019-12-31;2020-01-01..2020-06-30;2023-01-02\n",
            "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--as-of", "2024-06-15", "--format", "csv");

        AssertSuccess(
            "id,eligible,step,completed_years,next_step,next_step_date,open_in_region,reasons\n"
            + "overlapping,true,Van,3,Erfaren,2025-07-03,true,eligible_by_years;step_open\n"
            + "disjoint,true,Van,3,Erfaren,2025-07-03,true,eligible_by_years;step_open\n"
            + "touching,true,Van,3,Erfaren,2025-07-03,true,eligible_by_years;step_open\n",
            result);
    }

    [Fact]
    [Rule("STEP-5")]
    public void An_empty_work_area_is_none_and_an_empty_employer_is_kommun()
    {
        using var file = TempRegionFile.WithText(
            Header + "\n"
            + "no-area,socialsekreterare,,kommun,2015-01-01\n"
            + "no-employer,socialsekreterare,utredning,,2015-01-01\n"
            + "annan,socialsekreterare,utredning,annan,2015-01-01\n",
            "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--format", "csv");

        AssertSuccess(
            "id,eligible,step,completed_years,next_step,next_step_date,open_in_region,reasons\n"
            + "no-area,false,,9,,,false,work_area_missing\n"
            + "no-employer,true,Erfaren,9,,,true,eligible_by_years;step_open\n"
            + "annan,false,,9,,,false,employer_excluded\n",
            result);
    }

    // ---- bad data: exit 1, every problem at once ----

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Every_problem_of_the_staff_file_is_reported_at_once_and_nothing_is_decided()
    {
        using var file = TempRegionFile.WithText(
            Header + "\n"
            + "anna,socialsekreterare,utredning,,2021-03-01\n"
            + "bo,chief,,,2015-01-01\n"
            + "carl,chef,,,2010-01-01\n"
            + "dana,socialsekreterare,mottagning,,2020-01-01;2021-02-30\n"
            + "anna,arbetsledare,,,2018-01-01\n",
            "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--format", "csv");

        AssertBadData(
            [
                $"{file.Path}:3: role: 'chief' is not a role (did you mean chef?); use one of {RoleCodes}",
                $"{file.Path}:5: periods: '2021-02-30' {NotAPeriod}",
                $"{file.Path}:6: id: 'anna' appears again; it is first on line 2, and each id may appear once",
            ],
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Every_problem_of_a_row_is_reported_not_only_the_first()
    {
        using var file = TempRegionFile.WithText(Header + "\n,,,privat,\n", "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path);

        AssertBadData(
            [
                $"{file.Path}:2: id: blank; every person needs an id",
                $"{file.Path}:2: role: blank; give one of {RoleCodes}",
                $"{file.Path}:2: employer: 'privat' is not a kind of employer; use one of kommun, annan, or leave it empty for kommun",
                $"{file.Path}:2: periods: blank; give at least one period in the profession, e.g. 2019-03-01 or 2015-01-01..2017-12-31;2019-03-01",
            ],
            result);
    }

    [Theory]
    [Trait("Contract", "yrkesresan steps")]
    [InlineData("x,chef,,,2021-01-01,extra", "row", "the line has 6 fields but the header has 5; every line needs a field for each column, empty or not, and a value with a ',' in it must be quoted")]
    [InlineData("x,chef,,2021-01-01", "row", "the line has 4 fields but the header has 5; every line needs a field for each column, empty or not, and a value with a ',' in it must be quoted")]
    [InlineData("x,ch\"ef,,,2021-01-01", "row", "a quote character inside an unquoted field; quote the whole field and double the quote inside it, e.g. \"Kommun \"\"A\"\"\"")]
    [InlineData("x,\"chef\"s,,,2021-01-01", "row", "text after the closing quote of a field; the quote must end the field")]
    [InlineData("  ,chef,,,2021-01-01", "id", "blank; every person needs an id")]
    [InlineData("\"x\ny\",chef,,,2021-01-01", "id", "holds a line break or another control character; is a closing quote missing?")]
    [InlineData("x,Chef,,,2021-01-01", "role", "'Chef' is not a role (did you mean chef?); use one of " + RoleCodes)]
    [InlineData("x,boss,,,2021-01-01", "role", "'boss' is not a role; use one of " + RoleCodes)]
    [InlineData("x,chef,,KOMMUN,2021-01-01", "employer", "'KOMMUN' is not a kind of employer; use one of kommun, annan, or leave it empty for kommun")]
    [InlineData("x,chef,,,  ", "periods", "blank; give at least one period in the profession, e.g. 2019-03-01 or 2015-01-01..2017-12-31;2019-03-01")]
    [InlineData("x,chef,,,2020-01-01;;2021-01-01", "periods", "an empty period between ';'s; separate the periods by one ';', e.g. 2019-03-01 or 2015-01-01..2017-12-31;2019-03-01")]
    [InlineData("x,chef,,,2020-01-01;", "periods", "an empty period between ';'s; separate the periods by one ';', e.g. 2019-03-01 or 2015-01-01..2017-12-31;2019-03-01")]
    [InlineData("x,chef,,,2021-01-01..2020-12-31", "periods", "'2021-01-01..2020-12-31' is not a period in the profession: it ends (2020-12-31) before it starts (2021-01-01)")]
    [InlineData("x,chef,,,2021-1-1", "periods", "'2021-1-1' " + NotAPeriod)]
    [InlineData("x,chef,,,2020-01-01 2021-01-01", "periods", "'2020-01-01 2021-01-01' " + NotAPeriod)]
    [InlineData("x,chef,,,\"2020-01-01\n2021-01-01\"", "periods", "'2020-01-01\\n2021-01-01' " + NotAPeriod)]
    [InlineData("x,chef,,,2020-01-01..2021-01-01..2022-01-01..2023-01-01", "periods", "'2020-01-01..2021-01-01..2022-01-01..2023…' " + NotAPeriod)]
    public void Each_kind_of_bad_row_is_reported_at_its_line_and_column(string row, string field, string message)
    {
        using var file = TempRegionFile.WithText($"{Header}\n{row}\nok,chef,,,2020-01-01\n", "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path);

        AssertBadData([$"{file.Path}:2: {field}: {message}"], result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void A_quoted_field_that_is_never_closed_is_reported_at_the_line_it_starts_on()
    {
        using var file = TempRegionFile.WithText($"{Header}\nok,chef,,,2020-01-01\nx,\"chef,,,2021-01-01\nz,chef,,,2020-01-01\n", "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path);

        AssertBadData([$"{file.Path}:3: row: a quoted field starts on this line and is never closed"], result);
    }

    [Theory]
    [Trait("Contract", "yrkesresan steps")]
    [InlineData("", "the file is empty; it needs a header line naming the columns id, role, work_area, employer and periods, then one line per person")]
    [InlineData("\uFEFF\n\n", "the file is empty; it needs a header line naming the columns id, role, work_area, employer and periods, then one line per person")]
    [InlineData(Header + "\n\n", "the file has a header but no people; add one line per person after it, e.g. anna,socialsekreterare,utredning,kommun,2019-03-01")]
    [InlineData("id,role,periods\nx,chef,2020-01-01\n", "missing columns work_area, employer: the header must name the columns id, role, work_area, employer and periods, in any order")]
    [InlineData("x,chef,,,2020-01-01\n", "missing columns id, role, work_area, employer, periods: the header must name the columns id, role, work_area, employer and periods, in any order")]
    [InlineData("id;role;work_area;employer;periods\nx;chef;;;2020-01-01\n", "missing columns id, role, work_area, employer, periods: the header must name the columns id, role, work_area, employer and periods, in any order; the header looks semicolon separated, but a staff file is comma separated (a ';' separates the periods of one person)")]
    [InlineData("id,role,work_area,employer,periods,Role\nx,chef,,,2020-01-01,chef\n", "the column role appears twice (columns 2 and 6); each column may appear once")]
    public void A_header_problem_is_reported_at_line_1_and_no_row_is_checked(string text, string message)
    {
        using var file = TempRegionFile.WithText(text, "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path);

        AssertBadData([$"{file.Path}:1: header: {message}"], result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void A_staff_file_that_is_not_UTF_8_is_reported_at_its_first_bad_line()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes(Header + "\nx,chef,,,2020-01-01\nK"), 0xE5, .. Encoding.ASCII.GetBytes("re,chef,,,2020-01-01\n")];
        using var file = TempRegionFile.WithBytes(bytes, "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path);

        AssertBadData([$"{file.Path}:3: encoding: the line is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")"], result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void The_problems_of_the_region_file_and_of_the_staff_file_are_reported_together()
    {
        using var region = TempRegionFile.WithText(
            Norrbotten.RegionFileText.Replace("\"population\": 6157", "\"population\": 0", StringComparison.Ordinal),
            "region.json");
        using var staff = TempRegionFile.WithText(Header + "\nx,chief,,,2020-01-01\n", "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", staff.Path, "--region", region.Path);

        AssertBadData(
            [
                $"{region.Path}:6: $.municipalities[0].population: must be at least 1, not 0",
                $"{staff.Path}:2: role: 'chief' is not a role (did you mean chef?); use one of {RoleCodes}",
            ],
            result);
    }

    // ---- bad usage: exit 2 ----

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void A_staff_file_that_does_not_exist_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-cli-tests", "no-such-staff.csv");

        CliResult result = Tool.Run("steps", "--staff", missing);

        AssertUsageError($"yrkesresan: --staff {missing}: no such file.", result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void A_staff_file_that_is_a_directory_is_a_usage_error()
    {
        string folder = Path.GetTempPath();

        CliResult result = Tool.Run("steps", "--staff", folder);

        AssertUsageError($"yrkesresan: --staff {folder} is a directory; give a file.", result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void A_municipality_csv_as_the_region_is_a_usage_error_whatever_the_staff_file_holds()
    {
        using var region = TempRegionFile.WithText(TestData.NorrbottenCsv);
        using var staff = TempRegionFile.WithText(Header + "\nx,chief,,,2020-01-01\n", "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", staff.Path, "--region", region.Path);

        AssertUsageError(
            $"yrkesresan: --region {region.Path} is not a region file (.json): a municipality CSV has no eligibility policy, so give a region file, or leave --region out for Norrbotten.",
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void An_as_of_date_before_the_region_s_first_policy_is_a_usage_error_naming_the_first_date()
    {
        using var staff = TempRegionFile.WithText(Staff, "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", staff.Path, "--region", Repository.VasterbottenExample, "--as-of", "2022-12-31");

        AssertUsageError(
            "yrkesresan: Västerbotten's eligibility policy starts on 2023-01-01, so it has no answer for 2022-12-31 (--as-of); give --as-of 2023-01-01 or later.",
            result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Today_before_Norrbotten_s_first_policy_is_a_usage_error_that_says_it_is_today()
    {
        using var staff = TempRegionFile.WithText(Staff, "staff.csv");

        CliResult result = Tool.RunIn(2021, "steps", "--staff", staff.Path);

        AssertUsageError(
            "yrkesresan: Norrbotten's eligibility policy starts on 2021-07-01, so it has no answer for 2021-06-15 (today); give --as-of 2021-07-01 or later.",
            result);
    }

    [Theory]
    [Trait("Contract", "yrkesresan steps")]
    [InlineData(new string[0], "Option '--staff' is required.")]
    [InlineData(new[] { "--staff", "staff.csv", "--format", "xml" }, "--format must be table, csv, json or xlsx; 'xml' is not one of them.")]
    [InlineData(new[] { "--staff", "staff.csv", "--as-of", "2024-06-31" }, "--as-of must be a date, YYYY-MM-DD, e.g. 2024-06-15; '2024-06-31' is not one.")]
    [InlineData(new[] { "--staff", "staff.csv", "--role", "chef" }, "Unrecognized command or argument '--role'. Unrecognized command or argument 'chef'.")]
    public void A_bad_command_line_is_a_usage_error(string[] args, string message)
    {
        CliResult result = Tool.Run(["steps", .. args]);

        AssertUsageError($"yrkesresan: {message}", result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Help_lists_step_and_steps_and_steps_help_describes_every_option()
    {
        CliResult root = Tool.Run("--help");
        CliResult steps = Tool.Run("steps", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.Contains("  step ", root.Stdout, StringComparison.Ordinal);
        Assert.Contains("  steps ", root.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, steps.ExitCode);
        foreach (string option in new[] { "--staff <FILE> (REQUIRED)", "--as-of <DATE>", "--region <FILE>", "--format <table|csv|json|xlsx>" })
        {
            Assert.Contains(option, steps.Stdout, StringComparison.Ordinal);
        }
    }

    private static void AssertSuccess(string expected, CliResult result)
    {
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Stdout);
    }

    private static void AssertBadData(string[] problems, CliResult result)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(problems, result.StderrLines);
    }

    private static void AssertUsageError(string message, CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(message + "\n" + Hint + "\n", result.Stderr);
    }
}
