using System.Text;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// A region file with bad data: every problem reported at once as <c>FILE:LINE: FIELD: message</c>
/// on standard error, exit code 1, nothing on standard output.
/// </summary>
public sealed class RegionFileValidationTests
{
    [Fact]
    [Rule("ALLOC-1")]
    public void Every_problem_of_a_region_file_is_reported_at_once_with_its_line_and_column_and_nothing_is_printed()
    {
        const string text =
            "code,name,population\n"          // 1
            + "2505,Arvidsjaur,6157\n"        // 2
            + "25O5,,12.5\n"                  // 3: bad code, blank name, not a whole number
            + "\n"                            // 4: empty, skipped
            + "2505,Arvidsjaur igen,0\n"      // 5: duplicate of line 2, zero population
            + "2506,Arjeplog\n"               // 6: a field short
            + "2510,Jokkmokk,-4806\n"         // 7: negative
            + "2513,Överkalix,12345678901\n"  // 8: too large
            + "2514,Kalix,15793\n";           // 9: fine
        using var file = TempRegionFile.WithText(text);

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "950000");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        string f = file.Path;
        Assert.Equal(
            [
                $"{f}:3: code: '25O5' is not a municipality code: a code is exactly four digits, e.g. 2580 or 0114, and not 0000",
                $"{f}:3: name: blank; every municipality needs a name",
                $"{f}:3: population: '12.5' is not a whole number of inhabitants, e.g. 78346 or 78 346",
                $"{f}:5: code: 2505 appears again; it is first on line 2, and each municipality may appear once",
                $"{f}:5: population: must be at least 1, not 0; a municipality that does not take part is left out of the file",
                $"{f}:6: row: the line has 2 fields but the header has 3; every line needs a field for each column, empty or not",
                $"{f}:7: population: must be at least 1, not -4806; a municipality that does not take part is left out of the file",
                $"{f}:8: population: 12 345 678 901 is too large; the most a municipality may have here is 1 000 000 000",
            ],
            result.StderrLines);
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("2505,Arvidsjaur,6157", 2, "", "")]
    [InlineData("250,Arvidsjaur,6157", 2, "code", "'250' is not a municipality code")]
    [InlineData("25055,Arvidsjaur,6157", 2, "code", "'25055' is not a municipality code")]
    [InlineData("0000,Arvidsjaur,6157", 2, "code", "'0000' is not a municipality code")]
    [InlineData("abcd,Arvidsjaur,6157", 2, "code", "'abcd' is not a municipality code")]
    [InlineData(",Arvidsjaur,6157", 2, "code", "blank")]
    [InlineData("2505,  ,6157", 2, "name", "blank")]
    [InlineData("2505,Arvidsjaur,", 2, "population", "blank")]
    [InlineData("2505,Arvidsjaur,6157.0", 2, "population", "'6157.0' is not a whole number")]
    [InlineData("2505,Arvidsjaur,6 15 7", 2, "population", "'6 15 7' is not a whole number")]
    [InlineData("2505,Arvidsjaur,sex tusen", 2, "population", "'sex tusen' is not a whole number")]
    [InlineData("2505,Arvidsjaur,\"61\n57\"", 2, "population", "'61\\n57' is not a whole number")]
    [InlineData("2505,Arvidsjaur,1234567890123456789012345678901234567890123456789", 2, "population", "1234567890123456789012345678901234567890… is too large")]
    [InlineData("2505,Arvidsjaur,0", 2, "population", "must be at least 1, not 0")]
    [InlineData("2505,Arvidsjaur,-1", 2, "population", "must be at least 1, not -1")]
    [InlineData("2505,Arvidsjaur,1000000001", 2, "population", "1 000 000 001 is too large")]
    [InlineData("2505,Arvidsjaur,99999999999999999999", 2, "population", "99999999999999999999 is too large")]
    [InlineData("2505,Arvidsjaur,6157,extra", 2, "row", "the line has 4 fields but the header has 3")]
    [InlineData("2505,Arvids\"jaur,6157", 2, "row", "a quote character inside an unquoted field")]
    [InlineData("2505,\"Arvids\"jaur,6157", 2, "row", "text after the closing quote")]
    [InlineData("2505,\"Arvidsjaur,6157", 2, "row", "a quoted field starts on this line and is never closed")]
    [InlineData("2505,\"Arvids\njaur\",6157", 2, "name", "holds a line break or another control character; is a closing quote missing?")]
    public void Each_kind_of_bad_row_is_reported_at_its_line_and_column(string row, int line, string field, string message)
    {
        using var file = TempRegionFile.WithText($"code,name,population\n{row}\n2506,Arjeplog,2697\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100");

        if (field.Length == 0)
        {
            Assert.Equal(0, result.ExitCode);
            return;
        }

        AssertOneProblem(result, $"{file.Path}:{line}: {field}: ", message);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Line_numbers_are_physical_lines_counting_empty_lines_and_line_breaks_inside_quoted_fields()
    {
        using var file = TempRegionFile.WithText("code,name,population,note\r\n\r\n2505,Arvidsjaur,6157,\"two\r\nlines\"\r\n\r\n2506,Arjeplog,x,\r\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{file.Path}:6: population: 'x' is not a whole number of inhabitants, e.g. 78346 or 78 346"], result.StderrLines);
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_reported_at_line_1_as_a_header_problem(string text)
    {
        using var file = TempRegionFile.WithText(text);

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            [$"{file.Path}:1: header: the file is empty; it needs a header line naming the columns code, name and population, then one line per municipality"],
            result.StderrLines);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_file_with_a_header_but_no_municipalities_is_bad_data()
    {
        using var file = TempRegionFile.WithText("code;name;population\n\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"{file.Path}:1: header: the file has a header but no municipalities; add one line per municipality after it, e.g. 2580;Luleå;78346"],
            result.StderrLines);
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("code,name\n2505,Arvidsjaur\n", "missing column population:")]
    [InlineData("kod,namn,folkmängd\n2505,Arvidsjaur,6157\n", "missing columns code, name, population:")]
    [InlineData("2505,Arvidsjaur,6157\n2506,Arjeplog,2697\n", "the first line looks like a municipality, but it must be the header")]
    [InlineData("code,name,population,code\n2505,Arvidsjaur,6157,2505\n", "the column code appears twice (columns 1 and 4)")]
    public void A_header_without_the_required_columns_is_reported_and_no_row_is_checked(string text, string message)
    {
        using var file = TempRegionFile.WithText(text);

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100");

        AssertOneProblem(result, $"{file.Path}:1: header: ", message);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_file_that_is_not_UTF_8_is_reported_once_at_its_first_bad_line()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes("code,name,population\n2505,Arvidsjaur,6157\n2580,Luleå,78346\n2581,Piteå,42294\n");
        using var file = TempRegionFile.WithBytes(latin1);

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100");

        AssertOneProblem(result, $"{file.Path}:3: encoding: the line is not UTF-8 text", string.Empty);
    }

    /// <summary>Bad data: exit 1, nothing on stdout, and exactly one problem line that starts with <paramref name="location"/> and contains <paramref name="message"/>.</summary>
    private static void AssertOneProblem(CliResult result, string location, string message)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        string problem = Assert.Single(result.StderrLines);
        Assert.StartsWith(location, problem, StringComparison.Ordinal);
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Problems_name_the_file_exactly_as_the_user_gave_it()
    {
        using var file = TempRegionFile.WithText("code,name,population\n2505,Arvidsjaur,0\n");
        string folder = Path.GetDirectoryName(file.Path)!;
        string asGiven = Path.Combine(folder, ".", "..", Path.GetFileName(folder), Path.GetFileName(file.Path));

        CliResult result = Tool.Run("allocate", "--region", asGiven, "--total", "100");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{asGiven}:2: population: ", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Theory]
    [Rule("ALLOC-1")]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("table")]
    public void Bad_data_prints_nothing_on_standard_output_whatever_the_format(string format)
    {
        using var file = TempRegionFile.WithText("code,name,population\n2505,Arvidsjaur,6157\n2505,Arvidsjaur,6157\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100", "--format", format);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Single(result.StderrLines);
    }
}
