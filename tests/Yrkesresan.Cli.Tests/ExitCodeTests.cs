using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// The exit codes of the tool: 0 success, 1 bad data, 2 bad usage; on any error nothing on
/// standard output, and a usage error is one line plus a hint to <c>--help</c>.
/// </summary>
public sealed class ExitCodeTests
{
    [Theory]
    [Trait("Contract", "yrkesresan allocate")]
    [InlineData("allocate")]
    [InlineData("allocate", "--format", "table")]
    [InlineData("allocate", "--format", "csv")]
    [InlineData("allocate", "--format", "json")]
    [InlineData("allocate", "--total", "0")]
    [InlineData("allocate", "--total", "1 000 000")]
    [InlineData("allocate", "--year", "2021")]
    [InlineData("allocate", "--explain")]
    public void A_good_command_line_exits_with_0_and_writes_nothing_on_standard_error(params string[] args)
    {
        CliResult result = Tool.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.NotEqual(string.Empty, result.Stdout);
    }

    [Theory]
    [Trait("Contract", "yrkesresan allocate")]
    [InlineData("yrkesresan", new string[0])]
    [InlineData("yrkesresan", new[] { "frobnicate" })]
    [InlineData("yrkesresan", new[] { "--bogus" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--bogus" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "extra" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--format" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--format", "xml" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--total" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--total", "-5" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--total", "12.5" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--total", "12,5" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--total", "abc" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--total", "99999999999999999999" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--total", "5", "--total", "6" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--year", "twenty" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--year", "24" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--year", "2020" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--format", "csv", "--explain" })]
    [InlineData("yrkesresan allocate", new[] { "allocate", "--format", "json", "--explain" })]
    public void A_bad_command_line_exits_with_2_a_one_line_message_and_a_hint_to_help(string helpCommand, string[] args)
    {
        CliResult result = Tool.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(2, result.StderrLines.Length);
        Assert.StartsWith("yrkesresan: ", result.StderrLines[0], StringComparison.Ordinal);
        Assert.Equal($"Run '{helpCommand} --help' for usage.", result.StderrLines[1]);
    }

    [Theory]
    [Trait("Contract", "yrkesresan allocate")]
    [InlineData("--format", "xml", "--format must be table, csv, json or xlsx; 'xml' is not one of them.")]
    [InlineData("--total", "-5", "--total must be zero or more kronor; -5 is negative.")]
    [InlineData("--total", "12.5", "--total must be a whole number of kronor, e.g. 950000; '12.5' is not one.")]
    [InlineData("--year", "24", "--year must be a calendar year of four digits, e.g. 2025; '24' is not one.")]
    public void A_malformed_option_value_says_what_a_good_value_looks_like(string option, string value, string message)
    {
        CliResult result = Tool.Run("allocate", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"yrkesresan: {message}", result.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void Total_is_required_with_a_municipality_csv_and_its_absence_is_a_usage_error()
    {
        CliResult result = Tool.Run("allocate", "--region", TestData.ScbNational);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            [
                "yrkesresan: --total is required with a municipality CSV: it has no fixed cost, so give the kronor to share, e.g. --total 950000 (or give a region file, .json).",
                "Run 'yrkesresan allocate --help' for usage.",
            ],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void Year_with_a_municipality_csv_is_a_usage_error()
    {
        CliResult result = Tool.Run("allocate", "--region", TestData.ScbNational, "--total", "100", "--year", "2022");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            "yrkesresan: --year picks a year of a region's schedule; a municipality CSV has no schedule, so leave --year out (or give a region file, .json).",
            result.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void A_region_file_that_does_not_exist_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "yrkesresan-cli-tests", "no-such-region.csv");

        CliResult result = Tool.Run("allocate", "--region", missing, "--total", "100");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal($"yrkesresan: --region {missing}: no such file.", result.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void A_region_that_is_a_directory_is_a_usage_error()
    {
        string folder = Path.GetTempPath();

        CliResult result = Tool.Run("allocate", "--region", folder, "--total", "100");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal($"yrkesresan: --region {folder} is a directory; give a file.", result.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void The_usage_checks_of_a_region_file_come_before_its_data_so_a_bad_file_without_total_exits_2()
    {
        using var file = TempRegionFile.WithText("code,name,population\n2505,,0\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path);

        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [Trait("Contract", "yrkesresan allocate")]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_lists_the_allocate_command_and_exits_with_0(string help)
    {
        CliResult result = Tool.Run(help);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("allocate", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void Allocate_help_describes_every_option_and_exits_with_0()
    {
        CliResult result = Tool.Run("allocate", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (string option in new[] { "--region <FILE>", "--total <KRONOR>", "--year <YYYY>", "--format <table|csv|json|xlsx>", "--explain" })
        {
            Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void Help_wins_over_other_errors_on_the_same_command_line()
    {
        CliResult result = Tool.Run("allocate", "--help", "--bogus", "--format", "xml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("yrkesresan allocate [options]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void Version_prints_the_tool_s_version_and_exits_with_0()
    {
        CliResult result = Tool.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }
}
