using System.Text.Json;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// <c>yrkesresan invoice --ledger FILE --occasion ID [--region FILE] [--format table|csv|json|xlsx]</c>: the invoice
/// basis of one occasion, one line per municipality and fee component (rules FEE-1..3). The expected lines are
/// worked out by hand from Norrbotten's fee: venue 1 000 kr (on site only), trainer pot 400 kr, course material
/// 100 kr, buffer 50 kr per participant and course day.
/// </summary>
public sealed class InvoiceCommandTests
{
    private const string Hint = "Run 'yrkesresan invoice --help' for usage.";

    private const string CsvHeader = "code,name,component,participant_days,unit_price_sek,amount_sek";

    private static readonly string[] TopKeys = ["occasion", "course", "waive_fee", "venue_fee_sek", "total_sek", "lines"];

    /// <summary>
    /// 'blandad': Luleå 1 and Arjeplog 2, 2023-10-10 on site and 2023-10-11 digital. The venue is charged for the
    /// on-site day only (1 and 2 participant days); the other components for both (2 and 4).
    /// </summary>
    private const string MixedCsv =
        CsvHeader + "\n"
        + "2506,Arjeplog,venue,2,1000,2000\n"
        + "2506,Arjeplog,trainer_pot,4,400,1600\n"
        + "2506,Arjeplog,course_material,4,100,400\n"
        + "2506,Arjeplog,buffer,4,50,200\n"
        + "2580,Luleå,venue,1,1000,1000\n"
        + "2580,Luleå,trainer_pot,2,400,800\n"
        + "2580,Luleå,course_material,2,100,200\n"
        + "2580,Luleå,buffer,2,50,100\n";

    [Fact]
    [Rule("FEE-2")]
    public void A_mixed_occasion_charges_the_venue_only_for_on_site_participant_days()
    {
        CliResult result = Invoice(TestLedgers.Small, "blandad", "--format", "csv");

        AssertSuccess(result);
        Assert.Equal(MixedCsv, result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void Json_gives_the_occasion_its_course_waiver_venue_amount_and_total_then_the_lines_with_the_csv_fields()
    {
        CliResult result = Invoice(TestLedgers.Small, "blandad", "--format", "json");

        AssertSuccess(result);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement root = document.RootElement;
        Assert.Equal(TopKeys, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("blandad", root.GetProperty("occasion").GetString());
        Assert.Equal("fordjupning", root.GetProperty("course").GetString());
        Assert.False(root.GetProperty("waive_fee").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("venue_fee_sek").ValueKind);
        Assert.Equal(4_200 + 2_100, root.GetProperty("total_sek").GetInt64());
        JsonElement[] lines = [.. root.GetProperty("lines").EnumerateArray()];
        Assert.All(lines, l => Assert.Equal(CsvHeader.Split(','), l.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(MixedCsv.Split('\n')[1..^1], lines.Select(CsvLine));
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void Csv_has_the_contract_s_header_LF_endings_and_no_byte_order_mark()
    {
        CliResult result = Invoice(TestLedgers.Small, "vanlig", "--format", "csv");

        AssertSuccess(result);
        Assert.StartsWith(CsvHeader + "\n", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", result.Stdout, StringComparison.Ordinal);
        Assert.False(result.Stdout.StartsWith('\uFEFF'));
    }

    [Fact]
    [Rule("FEE-1")]
    public void An_ordinary_occasion_bills_each_municipality_1_000_400_100_and_50_kr_per_participant_and_day()
    {
        CliResult result = Invoice(TestLedgers.Small, "vanlig", "--format", "csv");

        AssertSuccess(result);
        Assert.Equal(
            CsvHeader + "\n"
            + "2580,Luleå,venue,4,1000,4000\n"
            + "2580,Luleå,trainer_pot,4,400,1600\n"
            + "2580,Luleå,course_material,4,100,400\n"
            + "2580,Luleå,buffer,4,50,200\n"
            + "2582,Boden,venue,1,1000,1000\n"
            + "2582,Boden,trainer_pot,1,400,400\n"
            + "2582,Boden,course_material,1,100,100\n"
            + "2582,Boden,buffer,1,50,50\n",
            result.Stdout);
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_waived_occasion_has_every_line_at_0_kr_with_all_its_participant_days()
    {
        CliResult result = Invoice(TestLedgers.Small, "avgiftsfri", "--format", "csv");
        CliResult json = Invoice(TestLedgers.Small, "avgiftsfri", "--format", "json");

        AssertSuccess(result);
        Assert.Equal(
            CsvHeader + "\n"
            + "2514,Kalix,venue,3,0,0\n"
            + "2514,Kalix,trainer_pot,3,0,0\n"
            + "2514,Kalix,course_material,3,0,0\n"
            + "2514,Kalix,buffer,3,0,0\n",
            result.Stdout);
        using JsonDocument document = JsonDocument.Parse(json.Stdout);
        Assert.True(document.RootElement.GetProperty("waive_fee").GetBoolean());
        Assert.Equal(0, document.RootElement.GetProperty("total_sek").GetInt64());
    }

    [Fact]
    [Rule("FEE-2")]
    public void A_digital_occasion_has_a_venue_line_at_0_kr_and_charges_550_kr_per_participant()
    {
        CliResult result = Invoice(TestLedgers.Small, "digital", "--format", "csv");

        AssertSuccess(result);
        Assert.Equal(
            CsvHeader + "\n"
            + "2560,Älvsbyn,venue,3,0,0\n"
            + "2560,Älvsbyn,trainer_pot,3,400,1200\n"
            + "2560,Älvsbyn,course_material,3,100,300\n"
            + "2560,Älvsbyn,buffer,3,50,150\n",
            result.Stdout);
    }

    [Fact]
    [Rule("FEE-2")]
    public void An_occasion_s_own_venue_amount_is_the_venue_s_unit_price_and_is_named_in_the_json()
    {
        CliResult csv = Invoice(TestLedgers.Small, "egen-lokal", "--format", "csv");
        CliResult json = Invoice(TestLedgers.Small, "egen-lokal", "--format", "json");

        AssertSuccess(csv);
        Assert.Equal(
            CsvHeader + "\n"
            + "2581,Piteå,venue,2,600,1200\n"
            + "2581,Piteå,trainer_pot,2,400,800\n"
            + "2581,Piteå,course_material,2,100,200\n"
            + "2581,Piteå,buffer,2,50,100\n",
            csv.Stdout);
        using JsonDocument document = JsonDocument.Parse(json.Stdout);
        Assert.Equal(600, document.RootElement.GetProperty("venue_fee_sek").GetInt64());
        Assert.Equal(2 * 1_150, document.RootElement.GetProperty("total_sek").GetInt64());
    }

    [Fact]
    [Rule("FEE-1")]
    public void An_occasion_across_New_Year_is_invoiced_whole_for_both_its_days()
    {
        CliResult result = Invoice(TestLedgers.Small, "nyar", "--format", "csv");

        AssertSuccess(result);
        Assert.Equal(
            CsvHeader + "\n"
            + "2584,Kiruna,venue,3,1000,3000\n"
            + "2584,Kiruna,trainer_pot,6,400,2400\n"
            + "2584,Kiruna,course_material,6,100,600\n"
            + "2584,Kiruna,buffer,6,50,300\n",
            result.Stdout);
    }

    [Fact]
    [Rule("FEE-3")]
    public void A_municipality_on_two_registration_lines_has_one_line_per_component_for_all_its_participants()
    {
        CliResult result = Invoice(TestLedgers.TwoLines, "tva-rader", "--format", "csv");

        AssertSuccess(result);
        Assert.Equal(
            CsvHeader + "\n"
            + "2580,Luleå,venue,5,1000,5000\n"
            + "2580,Luleå,trainer_pot,5,400,2000\n"
            + "2580,Luleå,course_material,5,100,500\n"
            + "2580,Luleå,buffer,5,50,250\n"
            + "2582,Boden,venue,1,1000,1000\n"
            + "2582,Boden,trainer_pot,1,400,400\n"
            + "2582,Boden,course_material,1,100,100\n"
            + "2582,Boden,buffer,1,50,50\n",
            result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void The_table_is_the_default_and_ends_with_each_municipality_s_amount()
    {
        CliResult byDefault = Invoice(TestLedgers.Small, "blandad");
        CliResult table = Invoice(TestLedgers.Small, "blandad", "--format", "table");

        AssertSuccess(byDefault);
        Assert.Equal(table.Stdout, byDefault.Stdout);
        string[] lines = byDefault.Stdout.Split('\n');
        Assert.Equal("Norrbotten: invoice basis of occasion blandad (fordjupning)", lines[0]);
        Assert.Equal("Days: 2023-10-10 on site, 2023-10-11 digital", lines[1]);
        Assert.Contains("| 2506  | Arjeplog     | Venue and refreshments |          2 |     1 000 |       2 000 |", lines);
        Assert.Contains("| 2506  | Arjeplog     | Trainer pot            |          4 |       400 |       1 600 |", lines);
        Assert.Contains("| Total |              |                        |            |           |       6 300 |", lines);
        Assert.Equal(["2506 Arjeplog: 4 200 kr", "2580 Luleå: 2 100 kr", string.Empty], lines[^3..]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void A_region_file_gives_its_own_municipalities_and_fee_schedule()
    {
        CliResult result = Invoice(TestLedgers.Vasterbotten, "vb-1", "--region", Repository.VasterbottenExample, "--format", "csv");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            CsvHeader + "\n"
            + "2404,Vindeln,venue,1,1000,1000\n"
            + "2404,Vindeln,trainer_pot,2,400,800\n"
            + "2404,Vindeln,course_material,2,100,200\n"
            + "2404,Vindeln,buffer,2,50,100\n"
            + "2480,Umeå,venue,2,1000,2000\n"
            + "2480,Umeå,trainer_pot,4,400,1600\n"
            + "2480,Umeå,course_material,4,100,400\n"
            + "2480,Umeå,buffer,4,50,200\n",
            result.Stdout);
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void An_unknown_occasion_is_a_usage_error_naming_the_ledger_s_occasions()
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Small);

        CliResult result = Tool.Run("invoice", "--ledger", ledger.Path, "--occasion", "saknas");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"yrkesresan: --occasion saknas: {ledger.Path} has no occasion with that id; "
            + "its occasions are vanlig, egen-lokal, avgiftsfri, blandad, digital, nyar.",
            result.StderrLines[^2]);
        Assert.Equal(Hint, result.StderrLines[^1]);
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void An_invalid_ledger_exits_with_1_every_problem_on_standard_error_and_nothing_on_standard_output()
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Invalid);

        CliResult result = Tool.Run("invoice", "--ledger", ledger.Path, "--occasion", "fel", "--format", "csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            [
                $"{ledger.Path}:6: $.occasions[0].days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)",
                $"{ledger.Path}:7: $.occasions[0].participants[0].municipality: 2480 is not one of Norrbotten's municipalities",
            ],
            result.StderrLines);
    }

    [Theory]
    [Trait("Contract", "yrkesresan invoice")]
    [InlineData(new[] { "--occasion", "vanlig" }, "Option '--ledger' is required.")]
    [InlineData(new[] { "--ledger", "LEDGER" }, "give --occasion ID, --year YYYY, or --from DATE and --to DATE (one of them).")]
    [InlineData(new[] { "--ledger", "LEDGER", "--occasion", "vanlig", "--format", "xml" }, "--format must be table, csv, json or xlsx; 'xml' is not one of them.")]
    [InlineData(new[] { "--ledger", "LEDGER", "--occasion", "vanlig", "--month", "3" }, "Unrecognized command or argument '--month'. Unrecognized command or argument '3'.")]
    public void A_missing_or_unknown_option_is_a_usage_error(string[] args, string message)
    {
        using TempRegionFile ledger = TestLedgers.Write(TestLedgers.Small);

        CliResult result = Tool.Run(["invoice", .. args.Select(a => a == "LEDGER" ? ledger.Path : a)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal($"yrkesresan: {message}\n{Hint}\n", result.Stderr);
    }

    [Fact]
    [Trait("Contract", "yrkesresan invoice")]
    public void Help_lists_invoice_and_invoice_help_describes_every_option()
    {
        CliResult root = Tool.Run("--help");
        CliResult invoice = Tool.Run("invoice", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.Contains("  invoice ", root.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, invoice.ExitCode);
        foreach (string option in new[] { "--ledger <FILE> (REQUIRED)", "--occasion <ID>", "--year <YYYY>", "--from <DATE>", "--to <DATE>", "--region <FILE>", "--format <table|csv|json|xlsx>" })
        {
            Assert.Contains(option, invoice.Stdout, StringComparison.Ordinal);
        }
    }

    private static CliResult Invoice(string ledgerText, string occasion, params string[] args)
    {
        using TempRegionFile ledger = TestLedgers.Write(ledgerText);
        return Tool.Run(["invoice", "--ledger", ledger.Path, "--occasion", occasion, .. args]);
    }

    /// <summary>A line of the JSON output as the CSV line it should match.</summary>
    private static string CsvLine(JsonElement line) =>
        string.Join(
            ",",
            line.GetProperty("code").GetString(),
            line.GetProperty("name").GetString(),
            line.GetProperty("component").GetString(),
            line.GetProperty("participant_days").GetInt64(),
            line.GetProperty("unit_price_sek").GetInt64(),
            line.GetProperty("amount_sek").GetInt64());

    /// <summary>Exit 0, and nothing on standard error but notices.</summary>
    private static void AssertSuccess(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        Assert.All(result.StderrLines, l => Assert.StartsWith("notice: ", l, StringComparison.Ordinal));
    }
}
