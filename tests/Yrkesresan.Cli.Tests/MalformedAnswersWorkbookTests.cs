using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Yrkesresan.Cli.Answers;
using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// Answers exported as a workbook (rule <c>GOAL-4</c>): a named export of Norrbotten's survey on the first sheet,
/// <c>Svar</c>, whose first columns are each person's name and e-mail address and whose last is a free-text question,
/// built with the Open XML SDK directly (<see cref="TestWorkbook"/>), and malformed in the ways a workbook can be:
/// each is refused with exactly the problems expected, naming the file, the sheet and the cell
/// (<c>svar.xlsx: Svar!I2 (q2): …</c>), every problem at once and no result; and no output or problem, in any format
/// or language, ever shows a name, an e-mail address, a free-text answer or a formula planted in the workbooks.
/// </summary>
public sealed class MalformedAnswersWorkbookTests
{
    private static readonly TestCell?[] Header =
    [
        "Förnamn och efternamn", "E-postadress", "(roll) Vilken roll har du?", "(kommun) I vilken kommun arbetar du?", "(q1a) Stärkt i yrkesrollen",
        "(q1b) Säkrare på information", "(q1c) Bättre rustad", "(q1d) Enligt regelverket", "(q2) Hur nöjd är du med kurserna?", "(q3) Stöd i introduktionen",
        "(q4) Underlättar planeringen", "(q5) Hur nöjd är du med stödet?", "(q6) Övriga synpunkter",
    ];

    private static readonly TestCell?[] Row2 =
        ["Kerstin Ödmark", "kerstin.odmark@lulea.se", "Socialsekreterare", "Luleå", "Instämmer helt", "Instämmer delvis", "Vet ej", null, "Nöjd", null, null, null, "Bra, men Bertil Nyström pratade för fort"];

    private static readonly TestCell?[] Row3 =
        ["Anders Pekkari", "anders.pekkari@kiruna.se", "Chef", "Kiruna", null, null, null, null, "Mycket nöjd", "Instämmer helt", "Instämmer inte särskilt", "Nöjd", "Ring mig på 070-123 45 67"];

    private static readonly TestCell?[] Row4 =
        ["Sofia Lindqvist", "sofia.lindqvist@pitea.se", "Annan", "Piteå", null, null, null, null, "Varken eller", null, null, null, "Maja Eriksson var en bra utbildare"];

    private static readonly TestWorkbook Valid = new TestWorkbook().Sheet("Svar", Header, Row2, Row3, Row4);

    /// <summary>The personal data planted in the workbooks: none of it may appear in any output or problem.</summary>
    private static readonly string[] Planted =
    [
        "Kerstin", "Ödmark", "kerstin.odmark", "@lulea.se", "Anders", "Pekkari", "anders.pekkari", "@kiruna.se", "Sofia", "Lindqvist",
        "sofia.lindqvist", "@pitea.se", "Bertil", "Nyström", "070-123", "Maja", "Eriksson", "Ganska nöjd", "Stockholm", "Kalle Anka", "VLOOKUP",
    ];

    private const string OptionsOfQ2 = "\"Mycket nöjd\", \"Nöjd\", \"Varken eller\", \"Missnöjd\", \"Mycket missnöjd\", \"Vet ej\"";

    private const string OptionsOfQ1 = "\"Instämmer helt\", \"Instämmer delvis\", \"Instämmer inte särskilt\", \"Instämmer inte alls\", \"Vet ej\"";

    private const string NotShown = "(the answer is not shown: the file holds personal data)";

    private const string Formula = "a formula, where an export has a value; replace it with its value (the formula is not shown: the file holds personal data)";

    /// <summary>Every case: its file's bytes and name, the exit code, and the problems, with <c>{file}</c> for the file's path.</summary>
    private static readonly Dictionary<string, (Func<byte[]> File, string Name, int ExitCode, string[] Problems)> Cases = new()
    {
        ["an answer that is none of the options"] = Malformed(
            Valid.With("Svar", "I2", "Ganska nöjd, säger Maja Eriksson"),
            $"{{file}}: Svar!I2 (q2): the answer is none of the options of q2: {OptionsOfQ2} {NotShown}"),
        ["numbers as answers"] = Malformed(
            Valid.With("Svar", "I2", 4).With("Svar", "I3", 5),
            $"{{file}}: Svar!I2 (q2): the answer is none of the options of q2: {OptionsOfQ2} {NotShown}",
            $"{{file}}: Svar!I3 (q2): the answer is none of the options of q2: {OptionsOfQ2} {NotShown}"),
        ["a truth value as an answer"] = Malformed(
            Valid.With("Svar", "E2", new TestCell.Boolean(true)),
            $"{{file}}: Svar!E2 (q1a): the answer is none of the options of q1a: {OptionsOfQ1} {NotShown}"),
        ["a formula as an answer"] = Malformed(
            Valid.With("Svar", "I3", new TestCell.Formula("VLOOKUP(A3,Blad2!A:B,2,FALSE)", 0)),
            $"{{file}}: Svar!I3: {Formula}"),
        ["a formula holding a name"] = Malformed(
            Valid.With("Svar", "A2", new TestCell.Formula("\"Kerstin \"&\"Ödmark\"", 0)),
            $"{{file}}: Svar!A2: {Formula}"),
        ["an error value"] = Malformed(
            Valid.With("Svar", "J3", new TestCell.Error("#N/A")),
            "{file}: Svar!J3: an error value (#N/A), where an export has a value; type the answer, or leave the cell empty"),
        ["merged cells"] = Malformed(
            Valid.Merged("Svar", "D3:D4"),
            "{file}: Svar!D3:D4: merged cells; unmerge them, so that each response has its own row and each question its own column"),
        ["an empty file"] = Refused(
            () => [],
            "{file}: workbook: the file is empty; an answers workbook is the survey's export saved as an Excel workbook (.xlsx), its answers on the first sheet"),
        ["a workbook without sheets"] = Refused(
            () => new TestWorkbook().ToBytes(),
            "{file}: workbook: the workbook has no sheets; the answers are read from its first sheet"),
        ["an empty first sheet"] = Malformed(
            new TestWorkbook().Sheet("Svar").Sheet("Blad2", Header, Row2),
            "{file}: Svar: the first sheet is empty; the answers are read from the workbook's first sheet: a header row of the questions, then one row per response"),
        ["a header only"] = Malformed(
            new TestWorkbook().Sheet("Svar", Header),
            "{file}: Svar: the sheet has a header row (row 1) but no responses; export the survey's answers, not only its questions"),
        ["the answers on the second sheet"] = Malformed(
            new TestWorkbook().Sheet("Översikt", ["Uppföljning 2023"]).Sheet("Svar", Header, Row2, Row3, Row4),
            "{file}: Översikt: the sheet has a header row (row 1) but no responses; export the survey's answers, not only its questions"),
        ["a CSV named .xlsx"] = Refused(
            () => Encoding.UTF8.GetBytes("Svarsnummer,(roll) Vilken roll har du?,(q2) Nöjd?\n1,Chef,Nöjd\n"),
            "{file}: workbook: the file is text, not a workbook: a CSV export named .xlsx? Name it .csv and it is read as CSV"),
        ["a workbook saved with a password"] = Refused(
            () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]],
            "{file}: workbook: the file is a workbook saved with a password (or an old Excel 97-2003 .xls), which cannot be read; save it without a password as an Excel workbook (.xlsx), or export the answers as CSV"),
        ["a zip file that is not a workbook"] = Refused(
            () => [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, .. Encoding.UTF8.GetBytes("xl/worksheets/sheet1.xml Kerstin Ödmark")],
            "{file}: workbook: the file is a zip file but not a workbook that can be read; save it as an Excel workbook (.xlsx), or export the answers as CSV"),
        ["a missing question column"] = Malformed(
            Valid.With("Svar", "J1", "(q33) Stöd i introduktionen"),
            "{file}: Svar!A1:M1 (q3): no column is headed (q3) … or q3: the question of goal 3 is not in the file"),
        ["an unknown municipality"] = Malformed(
            Valid.With("Svar", "D4", "Stockholm"),
            $"{{file}}: Svar!D4 (kommun): the answer to kommun is not the name of a municipality of Norrbotten {NotShown}"),
        ["every problem at once"] = Malformed(
            Valid.With("Svar", "J1", "(q33) Stöd i introduktionen")
                .With("Svar", "E2", "Kalle Anka")
                .With("Svar", "J3", new TestCell.Error("#N/A"))
                .Merged("Svar", "A4:B4")
                .With("Svar", "D4", "Stockholm"),
            "{file}: Svar!A1:M1 (q3): no column is headed (q3) … or q3: the question of goal 3 is not in the file",
            $"{{file}}: Svar!E2 (q1a): the answer is none of the options of q1a: {OptionsOfQ1} {NotShown}",
            "{file}: Svar!J3: an error value (#N/A), where an export has a value; type the answer, or leave the cell empty",
            "{file}: Svar!A4:B4: merged cells; unmerge them, so that each response has its own row and each question its own column",
            $"{{file}}: Svar!D4 (kommun): the answer to kommun is not the name of a municipality of Norrbotten {NotShown}"),
        ["a valid named export"] = (() => Valid.ToBytes(), "svar.xlsx", 0, []),
        ["a valid export below blank rows with response numbers as numbers"] = (
            () => new TestWorkbook().Sheet("Svar", [], [], ["Svarsnummer", .. Header[2..]], [1, .. Row2[2..]], [2, .. Row3[2..]], [3, .. Row4[2..]]).ToBytes(),
            "svar.xlsx",
            0,
            []),
        ["a valid export with a note right of the table"] = (() => Valid.With("Svar", "O3", "Kerstin Ödmark ringer").ToBytes(), "svar.xlsx", 0, []),
        ["a valid workbook named .csv"] = (() => Valid.ToBytes(), "svar.csv", 0, []),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    [Rule("GOAL-4")]
    public void A_malformed_answers_workbook_is_refused_with_exactly_its_problems_at_sheet_and_cell_and_no_result(string name)
    {
        (Func<byte[]> content, string fileName, int exitCode, string[] problems) = Cases[name];
        using TempRegionFile file = TempRegionFile.WithBytes(content(), fileName);

        CliResult result = Tool.Run("goals", "--answers", file.Path, "--year", "2023", "--format", "json");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal([.. problems.Select(p => p.Replace("{file}", file.Path, StringComparison.Ordinal))], result.StderrLines);
        if (exitCode == 0)
        {
            Assert.StartsWith("{", result.Stdout, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(string.Empty, result.Stdout);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    [Rule("GOAL-4")]
    public void No_output_or_problem_of_a_workbook_in_any_format_or_language_shows_a_name_an_e_mail_address_a_free_text_answer_or_a_formula(string name)
    {
        (Func<byte[]> content, string fileName, _, _) = Cases[name];
        using TempRegionFile file = TempRegionFile.WithBytes(content(), fileName);
        string[][] runs =
        [
            ["goals", "--answers", file.Path, "--year", "2023"],
            ["goals", "--answers", file.Path, "--year", "2023", "--format", "csv", "--by", "municipality"],
            ["goals", "--answers", file.Path, "--year", "2023", "--format", "json", "--by", "municipality", "--ledger", TestLedgers.NorrbottenExample],
            ["--lang", "sv", "goals", "--answers", file.Path, "--year", "2023", "--by", "municipality"],
            ["--lang", "sv", "goals", "--answers", file.Path, "--year", "2023", "--format", "json"],
        ];

        foreach (string[] args in runs)
        {
            CliResult result = Tool.Run(args);
            string everything = result.Stdout + result.Stderr;
            Assert.All(Planted, planted => Assert.DoesNotContain(planted, everything, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_workbook_gives_the_same_counts_as_the_same_export_as_CSV()
    {
        string csv = string.Join('\n', new[] { Header, Row2, Row3, Row4 }.Select(r => string.Join(',', r.Select(c => c is TestCell.Text t ? $"\"{t.Value}\"" : string.Empty)))) + "\n";
        using TempRegionFile asCsv = TempRegionFile.WithText(csv, "svar.csv");
        string[] workbooks = [.. Cases.Where(c => c.Value.ExitCode == 0).Select(c => c.Key)];

        string expected = Tool.Run("goals", "--answers", asCsv.Path, "--year", "2023", "--format", "csv", "--by", "municipality").Stdout;

        Assert.Contains("2,2,2/2", expected, StringComparison.Ordinal);
        Assert.All(workbooks, name =>
        {
            using TempRegionFile file = TempRegionFile.WithBytes(Cases[name].File(), Cases[name].Name);
            Assert.Equal(expected, Tool.Run("goals", "--answers", file.Path, "--year", "2023", "--format", "csv", "--by", "municipality").Stdout);
        });
    }

    [Fact]
    [Rule("GOAL-4")]
    public void The_workbook_suite_has_at_least_fifteen_malformed_workbooks()
    {
        Assert.True(Cases.Count(c => c.Value.ExitCode != 0) >= 15, $"only {Cases.Count(c => c.Value.ExitCode != 0)} malformed answers workbooks are tested");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    [Trait("Contract", "Swedish and English")]
    public void Every_problem_of_an_answers_workbook_has_a_code_of_the_texts_and_a_Swedish_message(string name)
    {
        (Func<byte[]> content, _, int exitCode, _) = Cases[name];
        if (exitCode != 1)
        {
            return;
        }

        byte[] bytes = content();
        DataFileProblem[] english = ProblemsOf(bytes);
        DataFileProblem[] swedish = InSwedish(() => ProblemsOf(bytes));

        Assert.NotEmpty(english);
        Assert.Equal(english.Select(p => (p.Path, p.Code)), swedish.Select(p => (p.Path, p.Code)));
        Assert.All(english.Zip(swedish), pair =>
        {
            Assert.Contains(pair.First.Code, Keys.Value);
            Assert.NotEqual(pair.First.Message, pair.Second.Message);
        });
    }

    [Theory]
    [Trait("Contract", "Swedish and English")]
    [InlineData("an empty file", "{file}: workbook: filen är tom; en arbetsbok med enkätsvar är enkätens export sparad som Excel-arbetsbok (.xlsx), med svaren på första bladet")]
    [InlineData("a CSV named .xlsx", "{file}: workbook: filen är text, inte en arbetsbok: en CSV-export med namnet .xlsx? Ge den namnet .csv så läses den som CSV")]
    [InlineData("a formula as an answer", "{file}: Svar!I3: en formel, där en export har ett värde; ersätt den med dess värde (formeln visas inte: filen innehåller personuppgifter)")]
    [InlineData("merged cells", "{file}: Svar!D3:D4: sammanfogade celler; dela upp dem, så att varje svar har en egen rad och varje fråga en egen kolumn")]
    [InlineData("a header only", "{file}: Svar: bladet har en rubrikrad (rad 1) men inga svar; exportera enkätens svar, inte bara dess frågor")]
    public void An_answers_workbook_s_problem_reads_in_Swedish(string name, string expected)
    {
        (Func<byte[]> content, string fileName, _, _) = Cases[name];
        using TempRegionFile file = TempRegionFile.WithBytes(content(), fileName);

        CliResult result = Tool.Run("--lang", "sv", "goals", "--answers", file.Path, "--year", "2023");

        Assert.Equal(expected.Replace("{file}", file.Path, StringComparison.Ordinal), result.StderrLines[0]);
    }

    private static (Func<byte[]> File, string Name, int ExitCode, string[] Problems) Malformed(TestWorkbook workbook, params string[] problems) =>
        (workbook.ToBytes, "svar.xlsx", 1, problems);

    private static (Func<byte[]> File, string Name, int ExitCode, string[] Problems) Refused(Func<byte[]> content, params string[] problems) =>
        (content, "svar.xlsx", 1, problems);

    /// <summary>The problems of a workbook as the tool finds them: the reader's and the library's on the rows it could read, in the order of the file.</summary>
    private static DataFileProblem[] ProblemsOf(byte[] content)
    {
        AnswersRead read = new XlsxAnswersReader().Read(content, "svar.xlsx");
        var problems = new List<DataFileProblem>(read.Problems);
        if (read.Answers is { } answers)
        {
            try
            {
                FollowUpEvaluation.Of(Norrbotten.Region, Norrbotten.Region.FollowUpPlanIn(2023), 2023, answers);
            }
            catch (DataFileException exception)
            {
                problems.AddRange(exception.Problems);
            }
        }

        return [.. AnswerProblemOrder.Of(problems)];
    }

    private static T InSwedish<T>(Func<T> run)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The keys of the texts an answers workbook's problems come from: the tool's answers texts, the library's follow-up texts.</summary>
    private static readonly Lazy<HashSet<string>> Keys = new(() =>
    [
        .. new[]
        {
            Repository.PathOf("src", "Yrkesresan.Cli", "Answers", "AnswersTexts.resx"),
            Repository.PathOf("src", "Yrkesresan.Domain", "FollowUp", "FollowUpTexts.resx"),
        }.SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)),
    ]);
}
