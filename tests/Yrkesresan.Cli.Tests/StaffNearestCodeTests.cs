using Yrkesresan.Cli.Staff;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// A staff file's work area or role that is not a known code but near one (<c>utredninng</c>, <c>chief</c>) names the
/// nearest code: a work area is still taken as written, as another work area outside the target group (the decision
/// does not change), with a notice on standard error; an unknown role is still a problem, which names the code. Near
/// is an edit distance (insertions, deletions, substitutions, swaps of neighbours, ignoring case) of at most a third
/// of the code's length, at least 1 and at most 2.
/// </summary>
public sealed class StaffNearestCodeTests
{
    private const string Header = "id,role,work_area,employer,periods";

    [Theory]
    [Trait("Contract", "yrkesresan steps")]
    [InlineData("utredning", "utredninng", 1)]
    [InlineData("utredning", "Utredning", 0)]
    [InlineData("utredning", "utrednign", 1)]
    [InlineData("utredning", "utredn", 3)]
    [InlineData("uppfoljning", "uppföljning", 1)]
    [InlineData("chef", "chief", 1)]
    [InlineData("chef", "", 4)]
    [InlineData("familjehem", "familjehemsvård", 5)]
    public void The_edit_distance_counts_insertions_deletions_substitutions_and_swaps_ignoring_case(string code, string value, int distance)
    {
        Assert.Equal(distance, NearestCode.Distance(value.ToLowerInvariant(), code));
        Assert.Equal(distance, NearestCode.Distance(code, value.ToLowerInvariant()));
    }

    [Theory]
    [Trait("Contract", "yrkesresan steps")]
    [InlineData("motagning", "mottagning")]
    [InlineData("motagnin", "mottagning")]
    [InlineData("motagni", null)]
    [InlineData("utredninng", "utredning")]
    [InlineData("utrdninng", "utredning")]
    [InlineData("utredn", null)]
    [InlineData("utredningarna", null)]
    [InlineData("Familjehem", "familjehem")]
    [InlineData("barnavard", null)]
    public void A_work_area_code_is_near_within_two_edits_for_a_long_code(string value, string? nearest)
    {
        Assert.Equal(nearest, NearestCode.To(value, ["mottagning", "utredning", "uppfoljning", "familjehem"]));
    }

    [Theory]
    [Trait("Contract", "yrkesresan steps")]
    [InlineData("chief", "chef")]
    [InlineData("CHEF", "chef")]
    [InlineData("chiefs", null)]
    [InlineData("hogre chef", "hogre-chef")]
    [InlineData("hogrechf", "hogre-chef")]
    [InlineData("hogrchf", null)]
    [InlineData("politiker", "politiker")]
    [InlineData("boss", null)]
    public void A_short_code_is_near_within_one_edit_for_each_three_letters(string value, string? nearest)
    {
        Assert.Equal(nearest, NearestCode.To(value, ["socialsekreterare", "arbetsledare", "chef", "hogre-chef", "administrativ", "politiker"]));
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void Of_two_near_codes_the_nearer_wins_and_of_two_as_near_the_first()
    {
        Assert.Equal("abcdef", NearestCode.To("abcdeg", ["abcxyz", "abcdef", "abcdeh"]));
        Assert.Equal("abcdez", NearestCode.To("abcdey", ["abcxyz", "abcdez", "abcdex"]));
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_mistyped_work_area_gets_a_notice_naming_the_code_and_is_decided_as_another_word_as_before()
    {
        using var file = TempRegionFile.WithText(
            Header + "\n"
            + "typo,socialsekreterare,utredninng,,2015-01-01\n"
            + "other,socialsekreterare,barnavard,,2015-01-01\n"
            + "case,socialsekreterare,Utredning,,2015-01-01\n"
            + "right,socialsekreterare,utredning,,2015-01-01\n",
            "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--as-of", "2024-06-15", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "id,eligible,step,completed_years,next_step,next_step_date,open_in_region,reasons\n"
            + "typo,false,,9,,,false,work_area_outside_target_group\n"
            + "other,false,,9,,,false,work_area_outside_target_group\n"
            + "case,false,,9,,,false,work_area_outside_target_group\n"
            + "right,true,Erfaren,9,,,true,eligible_by_years;step_open\n",
            result.Stdout);
        Assert.Equal(
            [
                $"notice: {file.Path}:2: work_area: 'utredninng' is not a known work area, so it counts as another work area, outside the target group; did you mean utredning?",
                $"notice: {file.Path}:4: work_area: 'Utredning' is not a known work area, so it counts as another work area, outside the target group; did you mean utredning?",
            ],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void The_notice_is_in_the_user_s_language()
    {
        using var file = TempRegionFile.WithText(Header + "\nx,socialsekreterare,motagning,,2015-01-01\n", "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--as-of", "2024-06-15", "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [$"obs: {file.Path}:2: work_area: 'motagning' är inget känt arbetsområde och räknas därför som ett annat arbetsområde, utanför målgruppen; menade du mottagning?"],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void A_mistyped_role_is_still_a_problem_which_names_the_nearest_role_in_the_user_s_language()
    {
        using var file = TempRegionFile.WithText(Header + "\nx,socialsekreterar,,,2015-01-01\n", "staff.csv");

        CliResult english = Tool.Run("steps", "--staff", file.Path);
        CliResult swedish = Tool.Run("steps", "--staff", file.Path, "--lang", "sv");

        Assert.Equal(1, english.ExitCode);
        Assert.Equal(string.Empty, english.Stdout);
        Assert.Equal(
            [$"{file.Path}:2: role: 'socialsekreterar' is not a role (did you mean socialsekreterare?); use one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker"],
            english.StderrLines);
        Assert.Equal(
            [$"{file.Path}:2: role: 'socialsekreterar' är ingen roll (menade du socialsekreterare?); använd en av socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker"],
            swedish.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan steps")]
    public void A_file_with_problems_reports_only_its_problems()
    {
        using var file = TempRegionFile.WithText(Header + "\nx,socialsekreterare,utredninng,,2015-01-01\ny,boss,,,2015-01-01\n", "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"{file.Path}:3: role: 'boss' is not a role; use one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker"],
            result.StderrLines);
    }
}
