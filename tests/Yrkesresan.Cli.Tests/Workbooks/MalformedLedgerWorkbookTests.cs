using System.Globalization;
using System.Resources;
using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Tests.Workbooks;

/// <summary>
/// Malformed ledger workbooks, each built with the Open XML SDK in the test (<see cref="MalformedLedgerWorkbookCases"/>),
/// and the exact problems the reader gives for each: every problem at once, with the sheet and the cell, and never a
/// ledger. The occasion's own rules and the region's are the library's, their problems placed at the cells.
/// </summary>
public sealed class MalformedLedgerWorkbookTests
{
    public static TheoryData<string> Cases() => [.. MalformedLedgerWorkbookCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Contract", "ledger workbook")]
    public void A_malformed_workbook_is_refused_with_exactly_the_problems_expected(string name)
    {
        MalformedWorkbook workbook = MalformedLedgerWorkbookCases.All.Single(c => c.Name == name);

        LedgerWorkbookResult result = LedgerWorkbookReader.Read(workbook.Content(), "ledger.xlsx", Norrbotten.Region);

        Assert.False(result.IsValid);
        Assert.Null(result.Ledger);
        Assert.Equal(workbook.Problems, result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    [Trait("Contract", "ledger workbook")]
    public void The_reader_is_tested_on_at_least_thirty_distinct_malformed_workbooks()
    {
        IReadOnlyList<MalformedWorkbook> all = MalformedLedgerWorkbookCases.All;
        Assert.True(all.Count >= 30, $"{all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.Name).Distinct().Count());
        Assert.Equal(all.Count, all.Select(c => Convert.ToBase64String(c.Content())).Distinct().Count());
    }

    [Fact]
    [Trait("Contract", "ledger workbook")]
    public void The_valid_workbook_the_cases_start_from_is_a_ledger_with_a_notice()
    {
        LedgerWorkbookResult result = LedgerWorkbookReader.Read(TestLedgerWorkbooks.English.ToBytes(), "ledger.xlsx", Norrbotten.Region);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(
            ["ledger.xlsx: Occasions!B3: 'fordjupning' is not a course of Norrbotten's catalogue; the occasion is accepted, but check the id"],
            result.Notices.Select(n => n.ToString()));
        Assert.Equal(TestLedgerWorkbooks.Json.ReplaceLineEndings("\n"), LedgerJsonWriter.Write(result.Ledger!));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void Every_problem_has_a_code_of_the_tool_s_or_the_library_s_texts_and_a_Swedish_message_of_its_own()
    {
        foreach (MalformedWorkbook workbook in MalformedLedgerWorkbookCases.All)
        {
            byte[] content = workbook.Content();
            IReadOnlyList<WorkbookProblem> english = LedgerWorkbookReader.Read(content, "ledger.xlsx", Norrbotten.Region).Problems;
            IReadOnlyList<WorkbookProblem> swedish = InSwedish(() => LedgerWorkbookReader.Read(content, "ledger.xlsx", Norrbotten.Region).Problems);

            Assert.Equal(english.Count, swedish.Count);
            for (int i = 0; i < english.Count; i++)
            {
                Assert.True(IsTextKey(english[i].Code), $"{workbook.Name}: code '{english[i].Code}'");
                Assert.Equal(english[i].Code, swedish[i].Code);
                Assert.NotEqual(english[i].Message, swedish[i].Message);
            }
        }
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_Swedish_user_reads_the_problems_of_a_Swedish_workbook_in_Swedish()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("liggare.xlsx");
        File.WriteAllBytes(file, TestLedgerWorkbooks.Swedish
            .With("Deltagare", "C4", "fyra")
            .With("Kursdagar", "B2", TestCell.On("2023-06-23"))
            .With("Utbildare", "B4", "Stockholm")
            .With("Kurstillfällen", "D3", "kanske")
            .ToBytes());

        CliResult result = Tool.Run("check", "--ledger", file, "--lang", "sv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            [
                $"{file}: Kurstillfällen!D3: \"kanske\" är varken ja eller nej; lämna den tom för nej",
                $"{file}: Kursdagar!B2: 2023-06-23 är Midsommarafton, inte en arbetsdag (COURSE-7)",
                $"{file}: Deltagare!C4: \"fyra\" är text, inte ett heltal",
                $"{file}: Utbildare!B4: \"Stockholm\" är inte en av kommunerna i Norrbotten",
            ],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_missing_sheet_is_named_in_Swedish_and_in_English()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("liggare.xlsx");
        File.WriteAllBytes(file, TestLedgerWorkbooks.Swedish.Without("Utbildare").ToBytes());

        CliResult result = Tool.Run("check", "--ledger", file, "--lang", "sv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"{file}: bladet Utbildare saknas (på det andra språket: Trainers); arbetsbokens blad är Instruktioner, Kurstillfällen, Kursdagar, Deltagare"],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "ledger workbook")]
    public void Check_settle_and_invoice_refuse_a_malformed_workbook_with_its_problems_and_nothing_on_standard_output()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("ledger.xlsx");
        File.WriteAllBytes(file, TestLedgerWorkbooks.English.With("Participants", "C2", "fyra").With("Course days", "B2", "7/2").ToBytes());
        string[] expected =
        [
            $"{file}: 'Course days'!B2: \"7/2\" is not a date; pick a date, or type it YYYY-MM-DD (a date is not guessed)",
            $"{file}: Participants!C2: \"fyra\" is text, not a whole number",
        ];

        foreach (string[] command in new[]
        {
            new[] { "check", "--ledger", file },
            new[] { "settle", "--ledger", file, "--year", "2023" },
            new[] { "invoice", "--ledger", file, "--occasion", "vanlig" },
        })
        {
            CliResult result = Tool.Run(command);
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Equal(expected, result.StderrLines);
        }
    }

    private static T InSwedish<T>(Func<T> read)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static bool IsTextKey(string code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        foreach (var assembly in new[] { typeof(LedgerWorkbookReader).Assembly, typeof(Ledger).Assembly })
        {
            foreach (string resource in assembly.GetManifestResourceNames().Where(r => r.EndsWith("Texts.resources", StringComparison.Ordinal)))
            {
                var manager = new ResourceManager(resource[..^".resources".Length], assembly);
                if (manager.GetString(code, CultureInfo.InvariantCulture) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
