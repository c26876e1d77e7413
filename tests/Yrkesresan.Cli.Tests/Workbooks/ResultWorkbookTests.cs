using System.Globalization;
using System.Text.Json;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests.Workbooks;

/// <summary>
/// <c>--format xlsx</c> of <c>allocate</c>, <c>settle</c>, <c>invoice</c>, <c>steps</c> and <c>goals</c>: a workbook in the user's
/// language with a title row naming the region, the year and the rules, frozen headings, amounts as numbers in kronor
/// (<c>#,##0 "kr"</c>), dates as date cells, and totals as <c>SUM</c> formulas whose cached values are the tool's own
/// totals (the same as the CSV output's); only to a file (<c>--output</c>).
/// </summary>
public sealed class ResultWorkbookTests
{
    private const string Kronor = "#,##0 \"kr\"";
    private static readonly string Example = TestLedgers.NorrbottenExample;
    private static readonly string Answers = Repository.PathOf("docs", "examples", "norrbotten-2023-answers.csv");

    [Fact]
    [Trait("Contract", "result workbooks")]
    public void Settle_as_a_workbook_has_the_csv_s_figures_a_net_formula_per_row_and_sum_formulas_whose_values_are_the_totals()
    {
        XlsxWorkbook book = Run("settle", "--ledger", Example, "--year", "2023");
        string[][] csv = Csv("settle", "--ledger", Example, "--year", "2023");

        Assert.Empty(book.SchemaErrors);
        Assert.True(book.RecalculatesOnLoad);
        XlsxSheet sheet = Assert.Single(book.Sheets);
        Assert.Equal("Settlement 2023", sheet.Name);
        Assert.Equal("Norrbotten 2023: year-end settlement of 14 municipalities (rules FEE-1–FEE-3, POT-1–POT-3, ALLOC-1–ALLOC-5)", sheet["A1"].Value);
        Assert.Equal(["Code", "Municipality", "Part. days", "Fees (kr)", "Trainer days", "Pot (kr)", "Fixed (kr)", "Jan–Jun (kr)", "Jul–Dec (kr)", "Net (kr)"], sheet.Row(2));
        Assert.Equal(2, sheet.FrozenRows);
        for (int i = 1; i < csv.Length; i++)
        {
            int row = i + 2;
            Assert.Equal(csv[i], sheet.Row(row));
            Assert.Equal(Kronor, sheet[$"D{row}"].NumberFormat);
            Assert.Equal($"G{row}+D{row}-F{row}", sheet[$"J{row}"].Formula);
            Assert.Equal(sheet[$"J{row}"].Number, sheet.Recompute($"J{row}", book));
        }

        Assert.Equal("Total", sheet["A17"].Value);
        foreach (char column in "CDEFGHIJ")
        {
            XlsxCell total = sheet[$"{column}17"];
            Assert.Equal($"SUM({column}3:{column}16)", total.Formula);
            Assert.Equal(csv.Skip(1).Sum(r => long.Parse(r[column - 'A'], CultureInfo.InvariantCulture)), total.Number);
            Assert.Equal(total.Number, sheet.Recompute($"{column}17", book));
        }

        Assert.Equal(Kronor, sheet["D17"].NumberFormat);
        Assert.Equal("#,##0", sheet["C17"].NumberFormat);
    }

    [Fact]
    [Trait("Contract", "result workbooks")]
    public void Allocate_as_a_workbook_has_the_csv_s_figures_and_sum_formulas_whose_values_are_the_totals()
    {
        XlsxWorkbook book = Run("allocate", "--year", "2026");
        string[][] csv = Csv("allocate", "--year", "2026");

        Assert.Empty(book.SchemaErrors);
        XlsxSheet sheet = Assert.Single(book.Sheets);
        Assert.Equal("Fixed cost 2026", sheet.Name);
        Assert.Equal("Norrbotten 2026: fixed cost 950 000 kr shared among 14 municipalities by population (rules ALLOC-1–ALLOC-5)", sheet["A1"].Value);
        Assert.Equal([.. csv.Skip(1).Select(r => r[4])], Enumerable.Range(3, 14).Select(r => sheet[$"E{r}"].Value));
        foreach (char column in "CDEFG")
        {
            Assert.Equal($"SUM({column}3:{column}16)", sheet[$"{column}17"].Formula);
            Assert.Equal(sheet[$"{column}17"].Number, sheet.Recompute($"{column}17", book));
        }

        Assert.Equal(950_000, sheet["E17"].Number);
        Assert.Equal(Kronor, sheet["E17"].NumberFormat);
    }

    [Fact]
    [Trait("Contract", "result workbooks")]
    public void Invoice_of_a_year_as_a_workbook_has_every_line_with_its_occasion_s_dates_as_date_cells_and_each_municipality_s_sum()
    {
        XlsxWorkbook book = Run("invoice", "--ledger", Example, "--year", "2023");
        string[][] csv = Csv("invoice", "--ledger", Example, "--year", "2023");

        Assert.Empty(book.SchemaErrors);
        Assert.Equal(["Invoice basis", "By municipality"], book.Sheets.Select(s => s.Name));
        XlsxSheet lines = book.Sheet("Invoice basis");
        Assert.Equal("Norrbotten: invoice basis of 6 occasion(s) from 2023-01-01 to 2023-12-31 (rules FEE-1–FEE-3)", lines["A1"].Value);
        Assert.Equal(["Occasion", "Course", "First day", "Last day", "Code", "Municipality", "Component", "Part. days", "Unit (kr)", "Amount (kr)"], lines.Row(2));
        Assert.Equal(new XlsxCell("44964", null, "yyyy-mm-dd"), lines["C3"]);
        int last = csv.Length + 1;
        for (int i = 1; i < csv.Length; i++)
        {
            Assert.Equal(csv[i][0], lines[$"A{i + 2}"].Value);
            Assert.Equal(csv[i][^1], lines[$"J{i + 2}"].Value);
            Assert.Equal(Kronor, lines[$"J{i + 2}"].NumberFormat);
        }

        XlsxCell total = lines[$"J{last + 1}"];
        Assert.Equal($"SUM(J3:J{last})", total.Formula);
        Assert.Equal(csv.Skip(1).Sum(r => long.Parse(r[^1], CultureInfo.InvariantCulture)), total.Number);

        XlsxSheet byMunicipality = book.Sheet("By municipality");
        int rows = byMunicipality.Cells.Keys.Count(k => k.StartsWith('C')) - 2;
        for (int row = 3; row < 3 + rows; row++)
        {
            Assert.StartsWith("SUMIF(", byMunicipality[$"C{row}"].Formula, StringComparison.Ordinal);
            Assert.Equal(byMunicipality[$"C{row}"].Number, byMunicipality.Recompute($"C{row}", book));
        }

        Assert.Equal($"SUM(C3:C{rows + 2})", byMunicipality[$"C{rows + 3}"].Formula);
        Assert.Equal(total.Number, byMunicipality[$"C{rows + 3}"].Number);
    }

    [Fact]
    [Trait("Contract", "result workbooks")]
    public void Invoice_of_one_occasion_as_a_workbook_has_its_lines_and_total()
    {
        XlsxWorkbook book = Run("invoice", "--ledger", Example, "--occasion", "2023-samtal-1");

        XlsxSheet lines = book.Sheet("Invoice basis");
        Assert.Equal("Norrbotten: invoice basis of occasion 2023-samtal-1 (samtal-och-delaktighet) (rules FEE-1–FEE-3)", lines["A1"].Value);
        Assert.All(Enumerable.Range(3, 12), r => Assert.Equal("2023-samtal-1", lines[$"A{r}"].Value));
        Assert.Equal("SUM(J3:J14)", lines["J15"].Formula);
        Assert.Equal(lines["J15"].Number, lines.Recompute("J15", book));
    }

    [Fact]
    [Trait("Contract", "result workbooks")]
    public void Steps_as_a_workbook_has_each_person_with_dates_as_date_cells()
    {
        using TempRegionFile staff = TempRegionFile.WithText("id,role,work_area,employer,periods\ncid,socialsekreterare,utredning,,2023-09-01\nbo,chef,,,2010-01-01\n", "staff.csv");

        XlsxWorkbook book = Run("steps", "--staff", staff.Path, "--as-of", "2024-06-15");

        Assert.Empty(book.SchemaErrors);
        XlsxSheet sheet = Assert.Single(book.Sheets);
        Assert.Equal("Steps 2024-06-15", sheet.Name);
        Assert.Equal(["Id", "Eligible", "Step", "Years", "Next step", "Next step from", "Open in region", "Step opens", "Reasons"], sheet.Row(2));
        Assert.Equal(["cid", "yes", "Ny", "0", "Van"], sheet.Row(3)[..5]);
        Assert.Equal(new XlsxCell("45901", null, "yyyy-mm-dd"), sheet["F3"]);
        Assert.Equal("yyyy-mm-dd", sheet["H3"].NumberFormat);
        Assert.Equal("eligible_by_years; step_open", sheet["I3"].Value);
    }

    [Fact]
    [Trait("Contract", "result workbooks")]
    public void A_Swedish_user_gets_Swedish_sheets_headings_and_title()
    {
        XlsxWorkbook book = Run("settle", "--ledger", Example, "--year", "2023", "--lang", "sv");

        XlsxSheet sheet = Assert.Single(book.Sheets);
        Assert.Equal("Årsavräkning 2023", sheet.Name);
        Assert.Equal("Norrbotten 2023: årsavräkning för 14 kommuner (regler FEE-1–FEE-3, POT-1–POT-3, ALLOC-1–ALLOC-5)", sheet["A1"].Value);
        Assert.Equal(["Kod", "Kommun", "Deltagardagar", "Rörlig avgift (kr)", "Utbildardagar", "Utbildarpott (kr)", "Fast kostnad (kr)", "Jan–jun (kr)", "Jul–dec (kr)", "Netto (kr)"], sheet.Row(2));
        Assert.Equal("Summa", sheet["A17"].Value);
    }

    [Fact]
    [Trait("Contract", "result workbooks")]
    public void Goals_as_a_workbook_has_the_json_s_figures_counts_as_numbers_and_each_share_as_exact_text_and_a_percentage_rounded_down()
    {
        XlsxWorkbook book = Run("goals", "--answers", Answers, "--year", "2023", "--ledger", Example);
        using JsonDocument json = JsonDocument.Parse(Tool.Run("goals", "--answers", Answers, "--year", "2023", "--ledger", Example, "--format", "json").Stdout);
        JsonElement[] goals = [.. json.RootElement.GetProperty("goals").EnumerateArray()];

        Assert.Empty(book.SchemaErrors);
        XlsxSheet sheet = Assert.Single(book.Sheets);
        Assert.Equal("Effect goals 2023", sheet.Name);
        Assert.Equal($"Norrbotten 2023: effect goals from 60 responses in {Answers} (rules GOAL-1–GOAL-6)", sheet["A1"].Value);
        Assert.Equal(
            ["Goal", "Goal text", "Status", "Counted", "Positive", "Share", "Share %", "Threshold", "95 % interval from", "95 % interval to", "Interval says", "Explanation", "Goal in the plan's words"],
            sheet.Row(2));
        Assert.Equal(2, sheet.FrozenRows);
        Assert.Equal(10, goals.Length);
        for (int i = 0; i < goals.Length; i++)
        {
            JsonElement goal = goals[i];
            int row = i + 3;
            Assert.Equal(goal.GetProperty("id").GetString(), sheet[$"A{row}"].Value);
            Assert.Equal(goal.GetProperty("text").GetString(), sheet[$"M{row}"].Value);
            Assert.Equal(goal.GetProperty("status").GetString()!.Replace('_', ' '), sheet[$"C{row}"].Value);
            if (goal.GetProperty("counted").ValueKind == JsonValueKind.Null)
            {
                Assert.All("DEFGHIJK", column => Assert.False(sheet.Cells.ContainsKey($"{column}{row}"), $"{column}{row} of ledger goal {goal.GetProperty("id")}"));
                continue;
            }

            Assert.Equal(new XlsxCell(goal.GetProperty("counted").GetInt64().ToString(CultureInfo.InvariantCulture), null, "#,##0"), sheet[$"D{row}"]);
            Assert.Equal(new XlsxCell(goal.GetProperty("positive").GetInt64().ToString(CultureInfo.InvariantCulture), null, "#,##0"), sheet[$"E{row}"]);
            Assert.Equal(new XlsxCell(goal.GetProperty("share").GetString()!, null, string.Empty), sheet[$"F{row}"]);
            Assert.Equal(new XlsxCell(Proportion(goal.GetProperty("share_percent").GetRawText()), null, "0.0%"), sheet[$"G{row}"]);
            Assert.Equal(new XlsxCell(Proportion(goal.GetProperty("threshold_percent").GetRawText() + ".0"), null, "0.0%"), sheet[$"H{row}"]);
            Assert.Equal(Proportion(Tenths(Math.Floor(goal.GetProperty("interval_low_percent").GetDouble() * 10))), sheet[$"I{row}"].Value);
            Assert.Equal(Proportion(Tenths(Math.Ceiling(goal.GetProperty("interval_high_percent").GetDouble() * 10))), sheet[$"J{row}"].Value);
            Assert.Equal(goal.GetProperty("verdict").GetString() switch { "above" => "above", "below" => "below", _ => "too few answers" }, sheet[$"K{row}"].Value);
        }

        // Goal 2 exactly at 80 % is met; 1b just below shows 79.4 %, never a rounded 80 %.
        Assert.Equal(["2", "Nöjda med kurserna", "met", "50", "40", "40/50", "0.800", "0.800"], sheet.Row(7)[..8]);
        Assert.Equal(["1b", "not met", "31/39", "0.794"], new[] { "A4", "C4", "F4", "G4" }.Select(c => sheet[c].Value));
        Assert.StartsWith("Share % is rounded down to one decimal, for display only", sheet["A14"].Value, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "result workbooks")]
    public void Goals_by_municipality_as_a_workbook_has_a_sheet_with_a_row_per_survey_goal_and_municipality()
    {
        XlsxWorkbook book = Run("goals", "--answers", Answers, "--year", "2023", "--by", "municipality");
        using JsonDocument json = JsonDocument.Parse(Tool.Run("goals", "--answers", Answers, "--year", "2023", "--by", "municipality", "--format", "json").Stdout);
        (string Goal, JsonElement Share)[] expected =
        [
            .. json.RootElement.GetProperty("goals").EnumerateArray()
                .Where(g => g.GetProperty("by_municipality").ValueKind == JsonValueKind.Array)
                .SelectMany(g => g.GetProperty("by_municipality").EnumerateArray().Select(m => (g.GetProperty("id").GetString()!, m))),
        ];

        Assert.Empty(book.SchemaErrors);
        Assert.Equal(["Effect goals 2023", "Goals by municipality"], book.Sheets.Select(s => s.Name));
        XlsxSheet sheet = book.Sheet("Goals by municipality");
        Assert.Equal("Norrbotten 2023: effect goals by municipality (rules GOAL-1–GOAL-6)", sheet["A1"].Value);
        Assert.Equal(["Goal", "Code", "Municipality", "Status", "Counted", "Positive", "Share", "Share %"], sheet.Row(2));
        Assert.Equal(2, sheet.FrozenRows);
        for (int i = 0; i < expected.Length; i++)
        {
            (string goal, JsonElement share) = expected[i];
            int row = i + 3;
            Assert.Equal(goal, sheet[$"A{row}"].Value);
            Assert.Equal(share.GetProperty("code").GetString() ?? string.Empty, sheet.Cells.TryGetValue($"B{row}", out XlsxCell? code) ? code.Value : string.Empty);
            Assert.Equal(share.GetProperty("name").GetString() ?? "(not stated)", sheet[$"C{row}"].Value);
            Assert.Equal(share.GetProperty("counted").GetInt64(), sheet[$"E{row}"].Number);
            Assert.Equal(share.GetProperty("positive").GetInt64(), sheet[$"F{row}"].Number);
            Assert.Equal(share.GetProperty("share").GetString() ?? string.Empty, sheet.Cells.TryGetValue($"G{row}", out XlsxCell? text) ? text.Value : string.Empty);
        }

        Assert.False(sheet.Cells.ContainsKey($"A{expected.Length + 3}"));
    }

    [Fact]
    [Trait("Contract", "result workbooks")]
    public void Goals_as_a_workbook_in_Swedish_has_Swedish_sheets_headings_statuses_and_the_national_plan_s_note()
    {
        using TempRegionFile answers = TempRegionFile.WithText(
            "Svarsnummer,(roll) Vilken roll har du?,(n1) Stöd,(n2) Kurser,(n3) Kompetens,(n4) Introduktion\n" +
            "1,Chef,Instämmer helt,Instämmer till stor del,Instämmer helt,Vet ej\n" +
            "2,Socialsekreterare,Instämmer till viss del,Instämmer helt,,\n",
            "svar.csv");

        XlsxWorkbook book = Run("goals", "--answers", answers.Path, "--year", "2024", "--region", Repository.VasterbottenExample, "--lang", "sv");

        XlsxSheet sheet = Assert.Single(book.Sheets);
        Assert.Equal("Effektmål 2024", sheet.Name);
        Assert.Equal(["Mål", "Målets text", "Bedömning", "Räknade", "Positiva", "Andel", "Andel %", "Gräns"], sheet.Row(2)[..8]);
        Assert.Equal(["1", "2", "3", "4"], Enumerable.Range(3, 4).Select(r => sheet[$"A{r}"].Value));
        Assert.Equal(["inte uppfyllt", "uppfyllt", "uppfyllt", "kan inte bedömas"], Enumerable.Range(3, 4).Select(r => sheet[$"C{r}"].Value));
        Assert.Equal("för få svar", sheet["K6"].Value);
        Assert.Contains(sheet.Cells.Values, c => c.Value == "Regionfilen anger ingen uppföljningsplan: detta är direktivets fyra nationella mål.");
    }

    [Theory]
    [InlineData("allocate")]
    [InlineData("settle --ledger LEDGER --year 2023")]
    [InlineData("invoice --ledger LEDGER --occasion 2023-samtal-1")]
    [InlineData("steps --staff LEDGER")]
    [InlineData("goals --answers ANSWERS --year 2023")]
    [Trait("Contract", "result workbooks")]
    public void A_workbook_without_output_is_a_usage_error(string command)
    {
        CliResult result = Tool.Run([.. command.Replace("LEDGER", Example, StringComparison.Ordinal).Replace("ANSWERS", Answers, StringComparison.Ordinal).Split(' '), "--format", "xlsx"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("yrkesresan: --format xlsx writes a workbook, which cannot go to standard output; give --output FILE.xlsx.\n", result.Stderr, StringComparison.Ordinal);
    }

    private static XlsxWorkbook Run(params string[] args)
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("result.xlsx");
        CliResult result = Tool.Run([.. args, "--format", "xlsx", "--output", file]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return XlsxWorkbook.Open(file);
    }

    /// <summary>A percentage written with one decimal, such as JSON's <c>79.4</c>, as the proportion a percentage cell holds: <c>0.794</c>.</summary>
    private static string Proportion(string percent)
    {
        long tenths = long.Parse(percent.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{tenths / 1000}.{tenths % 1000:000}");
    }

    private static string Tenths(double tenths) => string.Create(CultureInfo.InvariantCulture, $"{(long)tenths / 10}.{(long)tenths % 10}");

    private static string[][] Csv(params string[] args) =>
        [.. Tool.Run([.. args, "--format", "csv"]).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))];
}
