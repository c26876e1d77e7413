using System.Diagnostics;
using System.Text;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>The built tool run as a process, through its real entry point and console.</summary>
public sealed class EntryPointTests
{
    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void The_built_tool_run_as_a_process_prints_Norrbotten_as_csv_and_exits_with_0()
    {
        (int exitCode, string stdout, string stderr) = RunBuiltTool("allocate", "--format", "csv");

        Assert.Equal(string.Empty, stderr);
        Assert.Equal(0, exitCode);
        Assert.StartsWith("code,name,population,share_percent,amount_sek,first_half_sek,second_half_sek\n", stdout, StringComparison.Ordinal);
        Assert.Equal(TestData.NorrbottenExpectedCsv, stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan allocate")]
    public void The_built_tool_run_as_a_process_exits_with_2_on_a_bad_option_and_prints_nothing_on_standard_output()
    {
        (int exitCode, string stdout, string stderr) = RunBuiltTool("allocate", "--format", "xml");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("yrkesresan: --format must be table, csv, json or xlsx", stderr, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "YRKESRESAN_REGION")]
    public void The_built_tool_run_as_a_process_reads_YRKESRESAN_REGION_from_its_environment()
    {
        (int exitCode, string stdout, string stderr) = RunBuiltTool(
            new Dictionary<string, string> { ["YRKESRESAN_REGION"] = Repository.VasterbottenExample },
            "allocate", "--year", "2024", "--format", "csv", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Equal($"using the region file {Repository.VasterbottenExample} (YRKESRESAN_REGION)\n", stderr.ReplaceLineEndings("\n"));
        Assert.Contains("\n2480,Umeå,", stdout, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Stdout, string Stderr) RunBuiltTool(params string[] args) =>
        RunBuiltTool(new Dictionary<string, string>(), args);

    private static (int ExitCode, string Stdout, string Stderr) RunBuiltTool(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "yrkesresan.dll");
        Assert.True(File.Exists(tool), $"the built tool is next to the tests: {tool}");

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment.Remove("YRKESRESAN_REGION"); // perhaps set for the conformance suite: only as a test says
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the tool finished within two minutes");
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
