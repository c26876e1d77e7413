using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Tests.Workbooks;

/// <summary>
/// The ledger as a workbook: <c>ledger --template</c> writes an empty workbook for the region in the user's language
/// with drop-down lists of its municipalities by name, its courses, the delivery modes and the occasions' ids; the
/// example ledgers of <c>docs/examples</c> exist as workbooks that are the JSON examples' ledgers exactly; and a
/// workbook in either language is read into the same ledger as its JSON.
/// </summary>
public sealed class LedgerWorkbookTests
{
    public static TheoryData<string, string?> Examples => new()
    {
        { "norrbotten-2023-ledger", null },
        { "vasterbotten-2024-ledger", Repository.VasterbottenExample },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    [Trait("Contract", "ledger workbook")]
    public void Each_example_workbook_converted_to_JSON_is_its_JSON_example_s_ledger_byte_for_byte_in_the_canonical_layout(string example, string? region)
    {
        string json = Repository.PathOf("docs", "examples", example + ".json");
        string workbook = Repository.PathOf("docs", "examples", example + ".xlsx");
        Ledger fromJson = LedgerFile.Read(json, RegionOf(region)).Ledger;

        CliResult converted = Tool.Run([.. "ledger --convert".Split(' '), workbook, .. RegionArgs(region)]);

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(LedgerJsonWriter.Write(fromJson), converted.Stdout);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    [Trait("Contract", "ledger workbook")]
    public void Each_example_workbook_settles_and_invoices_as_its_JSON_example_does(string example, string? region)
    {
        string json = Repository.PathOf("docs", "examples", example + ".json");
        string workbook = Repository.PathOf("docs", "examples", example + ".xlsx");
        int year = example.Contains("2024", StringComparison.Ordinal) ? 2024 : 2023;

        foreach (string command in new[] { $"settle --year {year} --format csv", $"invoice --year {year} --format csv", "check" })
        {
            CliResult fromJson = Tool.Run([.. command.Split(' '), "--ledger", json, .. RegionArgs(region)]);
            CliResult fromWorkbook = Tool.Run([.. command.Split(' '), "--ledger", workbook, .. RegionArgs(region)]);
            Assert.Equal(0, fromWorkbook.ExitCode);
            Assert.Equal(fromJson.Stdout.Replace(json, workbook, StringComparison.Ordinal), fromWorkbook.Stdout);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    [Trait("Contract", "ledger workbook")]
    public void The_example_workbooks_are_what_the_tool_writes_and_a_round_trip_gives_the_same_JSON(string example, string? region)
    {
        using var folder = new TempFolder();
        string json = Repository.PathOf("docs", "examples", example + ".json");
        string written = folder.PathOf(example + ".xlsx");
        string back = folder.PathOf(example + ".json");

        Assert.Equal(0, Tool.Run([.. "ledger --convert".Split(' '), json, "--output", written, .. RegionArgs(region)]).ExitCode);
        Assert.Equal(0, Tool.Run([.. "ledger --convert".Split(' '), written, "--output", back, .. RegionArgs(region)]).ExitCode);

        Assert.Equal(XlsxWorkbook.Parts(File.ReadAllBytes(Repository.PathOf("docs", "examples", example + ".xlsx"))), XlsxWorkbook.Parts(File.ReadAllBytes(written)));
        Assert.Equal(LedgerJsonWriter.Write(LedgerFile.Read(json, RegionOf(region)).Ledger), File.ReadAllText(back));
    }

    [Fact]
    [Trait("Contract", "ledger workbook")]
    public void A_workbook_in_Swedish_with_municipalities_by_code_or_name_is_the_same_ledger_as_in_English()
    {
        LedgerWorkbookResult english = LedgerWorkbookReader.Read(TestLedgerWorkbooks.English.ToBytes(), "a.xlsx", Norrbotten.Region);
        LedgerWorkbookResult swedish = LedgerWorkbookReader.Read(TestLedgerWorkbooks.Swedish.ToBytes(), "b.xlsx", Norrbotten.Region);

        Assert.True(swedish.IsValid, string.Join("\n", swedish.Problems));
        Assert.Equal(LedgerJsonWriter.Write(english.Ledger!), LedgerJsonWriter.Write(swedish.Ledger!));
        Assert.Equal(TestLedgerWorkbooks.Json.ReplaceLineEndings("\n"), LedgerJsonWriter.Write(swedish.Ledger!));
    }

    [Fact]
    [Trait("Contract", "ledger workbook")]
    public void The_template_has_the_four_sheets_with_frozen_headings_and_drop_downs_of_the_region_s_municipalities_courses_modes_and_occasions()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("ledger.xlsx");

        CliResult result = Tool.Run("ledger", "--template", "--output", file);

        Assert.Equal(0, result.ExitCode);
        XlsxWorkbook book = XlsxWorkbook.Open(file);
        Assert.Empty(book.SchemaErrors);
        Assert.Equal(["Instructions", "Occasions", "Course days", "Participants", "Trainers", "Lists"], book.Sheets.Select(s => s.Name));
        Assert.True(book.Sheet("Lists").Hidden);
        Assert.Equal(["Occasion", "Course", "Own venue amount (kr)", "Fee waived"], book.Sheet("Occasions").Row(1));
        Assert.Equal(["Occasion", "Date", "On site or digital"], book.Sheet("Course days").Row(1));
        Assert.Equal(["Occasion", "Municipality", "Count"], book.Sheet("Participants").Row(1));
        Assert.Equal(["Occasion", "Municipality or external", "Dates taught"], book.Sheet("Trainers").Row(1));
        Assert.All(book.Sheets.Skip(1).Take(4), s => Assert.Equal(1, s.FrozenRows));

        Assert.Equal([.. Norrbotten.Region.Municipalities.Select(m => m.Name).Order(StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false))], book.List("Municipalities"));
        Assert.Equal([.. Norrbotten.Region.Catalogue.Courses.Select(c => c.Id)], book.List("Courses"));
        Assert.Equal(["on site", "digital"], book.List("Modes"));
        Assert.Equal(["yes", "no"], book.List("YesNo"));
        Assert.Equal([.. book.List("Municipalities"), "external"], book.List("TrainerMunicipalities"));
        Assert.Equal("Occasions!$A$2:$A$2000", book.Names["Occasions"]);

        Assert.Contains(("B2:B2000", "list", "Municipalities", ""), book.Sheet("Participants").Validations);
        Assert.Contains(("C2:C2000", "whole", "1", "10000"), book.Sheet("Participants").Validations);
        Assert.Contains(("A2:A2000", "list", "Occasions", ""), book.Sheet("Participants").Validations);
        Assert.Contains(("A2:A2000", "list", "Occasions", ""), book.Sheet("Course days").Validations);
        Assert.Contains(("C2:C2000", "list", "Modes", ""), book.Sheet("Course days").Validations);
        Assert.Contains(("B2:B2000", "date", "36526", "73050"), book.Sheet("Course days").Validations);
        Assert.Contains(("B2:B2000", "list", "Courses", ""), book.Sheet("Occasions").Validations);
        Assert.Contains(("D2:D2000", "list", "YesNo", ""), book.Sheet("Occasions").Validations);
        Assert.Contains(("B2:B2000", "list", "TrainerMunicipalities", ""), book.Sheet("Trainers").Validations);
    }

    [Fact]
    [Trait("Contract", "ledger workbook")]
    public void The_template_is_in_the_user_s_language_for_the_region_of_the_region_file_and_reads_as_an_empty_ledger()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("mall.xlsx");

        CliResult result = Tool.Run("ledger", "--template", "--region", Repository.VasterbottenExample, "--output", file, "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"skrev {file}\n", result.Stderr);
        XlsxWorkbook book = XlsxWorkbook.Open(file);
        Assert.Equal(["Instruktioner", "Kurstillfällen", "Kursdagar", "Deltagare", "Utbildare", "Listor"], book.Sheets.Select(s => s.Name));
        Assert.Equal(["Kurstillfälle", "Kommun", "Antal"], book.Sheet("Deltagare").Row(1));
        Assert.Contains("Umeå", book.List("Municipalities"));
        Assert.Equal(15, book.List("Municipalities").Length);
        Assert.Equal(["på plats", "digitalt"], book.List("Modes"));
        Assert.Equal("extern", book.List("TrainerMunicipalities")[^1]);
        Assert.Equal("Kurstillfällen!$A$2:$A$2000", book.Names["Occasions"]);

        CliResult check = Tool.Run("check", "--ledger", file, "--region", Repository.VasterbottenExample);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("occasions:          0", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "ledger workbook")]
    public void Dates_are_date_cells_and_amounts_kronor_in_a_converted_ledger()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("ledger.xlsx");
        Assert.Equal(0, Tool.Run("ledger", "--convert", Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json"), "--output", file).ExitCode);

        XlsxWorkbook book = XlsxWorkbook.Open(file);

        Assert.Empty(book.SchemaErrors);
        Assert.Equal(new XlsxCell("44964", null, "yyyy-mm-dd"), book.Sheet("Course days")["B2"]);
        Assert.Equal(new XlsxCell("600", null, "#,##0 \"kr\""), book.Sheet("Occasions")["C3"]);
        Assert.Equal("yes", book.Sheet("Occasions")["D4"].Value);
        Assert.Equal(["2023-barnet-1", "Luleå", "4"], book.Sheet("Participants").Row(2));
        Assert.Equal(["2023-samtal-1", "external"], book.Sheet("Trainers").Row(5));
    }

    private static Region RegionOf(string? path) => path is null ? Norrbotten.Region : RegionFile.Load(path);

    private static string[] RegionArgs(string? path) => path is null ? [] : ["--region", path];
}
