using System.Text.Json.Nodes;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// The worked example's answers as a workbook (<c>docs/examples/norrbotten-2023-answers.xlsx</c>): the same responses as
/// the CSV example, written by the tool's workbook layer from the CSV (<see cref="ExampleAnswersWorkbook"/>), and
/// evaluated by <c>goals</c> to exactly the same result.
/// </summary>
public sealed class AnswersWorkbookExampleTests
{
    [Fact]
    [Rule("GOAL-4")]
    public void The_example_answers_workbook_is_the_example_CSV_written_by_the_tool_s_workbook_layer()
    {
        byte[] expected = ExampleAnswersWorkbook.From(File.ReadAllText(ExampleAnswersWorkbook.CsvPath));
        if (Environment.GetEnvironmentVariable("YRKESRESAN_WRITE_EXAMPLES") == "1")
        {
            File.WriteAllBytes(ExampleAnswersWorkbook.WorkbookPath, expected);
        }

        Assert.True(File.Exists(ExampleAnswersWorkbook.WorkbookPath), "write it with YRKESRESAN_WRITE_EXAMPLES=1");
        Assert.Equal(XlsxWorkbook.Parts(expected), XlsxWorkbook.Parts(File.ReadAllBytes(ExampleAnswersWorkbook.WorkbookPath)));

        XlsxWorkbook book = XlsxWorkbook.Open(ExampleAnswersWorkbook.WorkbookPath);
        Assert.Empty(book.SchemaErrors);
        XlsxSheet sheet = Assert.Single(book.Sheets);
        Assert.Equal(ExampleAnswersWorkbook.Sheet, sheet.Name);
        Assert.Equal(1, sheet.FrozenRows);
        Assert.Equal(["Svarsnummer", "(roll) Vilken roll har du?", "(kommun) I vilken kommun arbetar du?"], sheet.Row(1)[..3]);
        Assert.Equal(new XlsxCell("60", null, string.Empty), sheet["A61"]);
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--format", "json", "--by", "municipality", "--ledger", "LEDGER")]
    [Rule("GOAL-4")]
    public void Goals_gives_the_same_json_for_the_example_as_CSV_and_as_workbook(params string[] options)
    {
        string[] rest = [.. options.Select(o => o == "LEDGER" ? TestLedgers.NorrbottenExample : o)];

        CliResult csv = Tool.Run(["goals", "--answers", ExampleAnswersWorkbook.CsvPath, "--year", "2023", .. rest]);
        CliResult workbook = Tool.Run(["goals", "--answers", ExampleAnswersWorkbook.WorkbookPath, "--year", "2023", .. rest]);

        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(0, workbook.ExitCode);
        Assert.Equal(csv.Stderr, workbook.Stderr);
        JsonObject fromCsv = JsonNode.Parse(csv.Stdout)!.AsObject();
        JsonObject fromWorkbook = JsonNode.Parse(workbook.Stdout)!.AsObject();
        Assert.Equal(ExampleAnswersWorkbook.CsvPath, (string?)fromCsv["answers_file"]);
        Assert.Equal(ExampleAnswersWorkbook.WorkbookPath, (string?)fromWorkbook["answers_file"]);
        fromCsv.Remove("answers_file");
        fromWorkbook.Remove("answers_file");
        Assert.Equal(fromCsv.ToJsonString(), fromWorkbook.ToJsonString());
        Assert.Equal(60, fromWorkbook["responses"]!.GetValue<int>());
    }
}
