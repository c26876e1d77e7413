using System.Text;
using Yrkesresan.Cli.Results;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>--output FILE</c>, which every command takes: the result goes to the file (UTF-8 without a byte order mark)
/// instead of standard output, and <c>wrote FILE</c> (<c>skrev FILE</c>) to standard error. The file is written only
/// when the command succeeds: after bad data (exit 1) or bad usage (exit 2) it is neither created nor changed. A file
/// that cannot be written is a usage error naming it.
/// </summary>
public sealed class OutputOptionTests
{
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>A command line of each command that prints data, and of both kinds of <c>region</c>.</summary>
    public static TheoryData<string[]> CommandsThatPrintData() => new()
    {
        new[] { "allocate", "--format", "csv" },
        new[] { "allocate", "--explain" },
        new[] { "check", "--ledger", TestLedgers.NorrbottenExample },
        new[] { "holidays", "--year", "2024", "--format", "json" },
        new[] { "invoice", "--ledger", TestLedgers.NorrbottenExample, "--occasion", "2023-barnet-1", "--format", "csv" },
        new[] { "settle", "--ledger", TestLedgers.NorrbottenExample, "--year", "2023" },
        new[] { "step", "--role", "socialsekreterare", "--work-area", "utredning", "--period", "2019-03-01", "--as-of", "2024-06-15" },
        new[] { "steps", "--staff", "STAFF", "--as-of", "2024-06-15", "--format", "csv" },
        new[] { "region", "--export", "norrbotten" },
        new[] { "region", "--validate", Repository.VasterbottenExample },
    };

    private const string Staff = "id,role,work_area,employer,periods\nanna,socialsekreterare,utredning,,2019-03-01\nbo,chef,,,2010-01-01\n";

    [Theory]
    [MemberData(nameof(CommandsThatPrintData))]
    [Trait("Contract", "yrkesresan --output")]
    public void The_result_goes_to_the_file_as_UTF_8_without_a_byte_order_mark_exactly_as_standard_output_would_have_it(string[] command)
    {
        using TempRegionFile staff = TempRegionFile.WithText(Staff, "staff.csv");
        string[] args = [.. command.Select(a => a == "STAFF" ? staff.Path : a)];
        CliResult printed = Tool.Run(args);
        using var folder = new TempFolder();
        string file = folder.PathOf("result.txt");

        CliResult written = Tool.Run([.. args, "--output", file]);

        Assert.Equal(0, printed.ExitCode);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(string.Empty, written.Stdout);
        Assert.Equal(printed.Stderr + $"wrote {file}\n", written.Stderr);
        byte[] bytes = File.ReadAllBytes(file);
        Assert.False(bytes.AsSpan().StartsWith(Utf8ByteOrderMark), "no byte order mark");
        Assert.Equal(new UTF8Encoding(false).GetBytes(printed.Stdout), bytes);
    }

    [Fact]
    [Trait("Contract", "yrkesresan --output")]
    public void The_confirmation_names_the_file_as_the_user_gave_it_in_the_user_s_language()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("avräkning.csv");

        CliResult result = Tool.Run("settle", "--ledger", TestLedgers.NorrbottenExample, "--year", "2023", "--format", "csv", "--output", file, "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"skrev {file}", result.StderrLines[^1]);
        Assert.Contains("2580,Luleå,", File.ReadAllText(file, Encoding.UTF8), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan --output")]
    public void An_existing_file_is_replaced_whole_by_the_result()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("holidays.csv");
        File.WriteAllText(file, new string('x', 100_000));

        CliResult result = Tool.Run("holidays", "--year", "2024", "--format", "csv", "--output", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Tool.Run("holidays", "--year", "2024", "--format", "csv").Stdout, File.ReadAllText(file));
    }

    [Theory]
    [Trait("Contract", "yrkesresan --output")]
    [InlineData(1, new[] { "settle", "--ledger", "INVALID", "--year", "2023" })]
    [InlineData(1, new[] { "allocate", "--region", "BAD_CSV", "--total", "100" })]
    [InlineData(1, new[] { "steps", "--staff", "BAD_CSV" })]
    [InlineData(2, new[] { "settle", "--ledger", "VALID", "--year", "2020" })]
    [InlineData(2, new[] { "check", "--ledger", "MISSING" })]
    [InlineData(2, new[] { "invoice", "--ledger", "VALID", "--occasion", "no-such-occasion" })]
    [InlineData(2, new[] { "holidays", "--year", "1900" })]
    [InlineData(2, new[] { "allocate", "--format", "xml" })]
    [InlineData(2, new[] { "region" })]
    public void After_bad_data_or_bad_usage_the_file_is_neither_created_nor_changed(int exitCode, string[] args)
    {
        using var folder = new TempFolder();
        using TempRegionFile invalid = TestLedgers.Write(TestLedgers.Invalid);
        using TempRegionFile badCsv = TempRegionFile.WithText("id,role\nx\n");
        string[] resolved =
        [
            .. args.Select(a => a switch
            {
                "INVALID" => invalid.Path,
                "VALID" => TestLedgers.NorrbottenExample,
                "BAD_CSV" => badCsv.Path,
                "MISSING" => folder.PathOf("missing.json"),
                _ => a,
            }),
        ];
        string created = folder.PathOf("new.txt");
        string existing = folder.PathOf("existing.txt");
        File.WriteAllText(existing, "last year's result\n");
        DateTime written = File.GetLastWriteTimeUtc(existing);

        CliResult toNew = Tool.Run([.. resolved, "--output", created]);
        CliResult toExisting = Tool.Run([.. resolved, "--output", existing]);

        Assert.Equal(exitCode, toNew.ExitCode);
        Assert.Equal(exitCode, toExisting.ExitCode);
        Assert.Equal(["existing.txt"], folder.Names());
        Assert.Equal("last year's result\n", File.ReadAllText(existing));
        Assert.Equal(written, File.GetLastWriteTimeUtc(existing));
        Assert.DoesNotContain(toExisting.StderrLines, l => l.StartsWith("wrote ", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "yrkesresan --output")]
    public void A_file_in_a_folder_that_does_not_exist_is_a_usage_error_naming_the_file_and_the_folder()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("no-such-folder", "settlement.csv");

        CliResult result = Tool.Run("settle", "--ledger", TestLedgers.NorrbottenExample, "--year", "2023", "--output", file);
        CliResult swedish = Tool.Run("settle", "--ledger", TestLedgers.NorrbottenExample, "--year", "2023", "--output", file, "--lang", "sv");

        AssertUsageError($"yrkesresan: --output {file} cannot be written: the folder {folder.PathOf("no-such-folder")} does not exist.", "settle", result);
        Assert.Equal($"yrkesresan: --output {file} kan inte skrivas: mappen {folder.PathOf("no-such-folder")} finns inte.", swedish.StderrLines[0]);
        Assert.Empty(folder.Names());
    }

    [Fact]
    [Trait("Contract", "yrkesresan --output")]
    public void A_directory_is_a_usage_error()
    {
        using var folder = new TempFolder();

        CliResult result = Tool.Run("holidays", "--year", "2024", "--output", folder.Path);

        AssertUsageError($"yrkesresan: --output {folder.Path} is a directory; give a file.", "holidays", result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan --output")]
    public void A_file_the_command_reads_is_a_usage_error_and_is_left_as_it_is()
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Small);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, ledger.Path);

        CliResult result = Tool.Run("settle", "--ledger", ledger.Path, "--year", "2023", "--output", relative);

        AssertUsageError($"yrkesresan: --output {relative} is the --ledger file too; the result would replace it, so give another file.", "settle", result);
        Assert.Equal(TestLedgers.Small, File.ReadAllText(ledger.Path));
    }

    [Fact]
    [Trait("Contract", "yrkesresan --output")]
    public void A_blank_file_name_is_a_usage_error()
    {
        CliResult result = Tool.Run("holidays", "--year", "2024", "--output", " ");

        AssertUsageError("yrkesresan: --output needs a file name.", "holidays", result);
    }

    [Fact]
    [Trait("Contract", "yrkesresan --output")]
    public void Help_goes_to_standard_output_and_writes_no_file()
    {
        using var folder = new TempFolder();

        CliResult result = Tool.Run("settle", "--help", "--output", folder.PathOf("help.txt"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--output <FILE>", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(folder.Names());
    }

    [Theory]
    [Trait("Contract", "yrkesresan --output")]
    [InlineData("allocate")]
    [InlineData("check")]
    [InlineData("holidays")]
    [InlineData("invoice")]
    [InlineData("region")]
    [InlineData("settle")]
    [InlineData("step")]
    [InlineData("steps")]
    public void Every_command_s_help_describes_output(string command)
    {
        CliResult result = Tool.Run(command, "--help");

        Assert.Contains("--output <FILE>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("only when the command succeeds", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "yrkesresan --output")]
    public void A_binary_result_is_written_to_the_file_byte_for_byte()
    {
        using var folder = new TempFolder();
        var target = new OutputFileTarget(folder.PathOf("book.xlsx"), []);
        using var result = new ResultBuffer(goesToFile: true);
        byte[] workbook = [0x50, 0x4B, 0x03, 0x04, 0xEF, 0xBB, 0xBF, 0x00, 0xFF];
        result.WriteBytes(workbook.AsSpan(0, 4));
        result.WriteBytes(workbook.AsSpan(4));

        Assert.True(target.TryPrepare(out string? problem), problem);
        Assert.True(target.TryWrite(result, out problem), problem);

        Assert.Equal(workbook, File.ReadAllBytes(folder.PathOf("book.xlsx")));
    }

    [Fact]
    [Trait("Contract", "yrkesresan --output")]
    public void A_binary_result_needs_a_file_and_is_never_mixed_with_text()
    {
        using var toStandardOutput = new ResultBuffer(goesToFile: false);
        using var mixed = new ResultBuffer(goesToFile: true);
        mixed.Write("text");

        Assert.Throws<InvalidOperationException>(() => toStandardOutput.WriteBytes([1]));
        Assert.Throws<InvalidOperationException>(() => mixed.WriteBytes([1]));
        Assert.Same(mixed, ResultBuffer.Of(mixed));
    }

    private static void AssertUsageError(string message, string command, CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal([message, $"Run 'yrkesresan {command} --help' for usage."], result.StderrLines);
    }
}
