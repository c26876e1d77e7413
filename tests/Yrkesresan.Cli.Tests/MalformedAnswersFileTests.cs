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
/// Malformed answers files (rule <c>GOAL-4</c>), each built here from a named export of Norrbotten's survey, whose
/// first columns are each person's name and e-mail address and whose last is a free-text question: each is refused
/// with exactly the problems expected, naming the file, the row and the column, every problem at once and no result
/// (the same export as a workbook is <see cref="MalformedAnswersWorkbookTests"/>);
/// and no output or problem of the tool, in any format or language, ever shows a name, an e-mail address or a
/// free-text answer planted in the files.
/// </summary>
public sealed class MalformedAnswersFileTests
{
    /// <summary>Columns: 1 name, 2 e-mail, 3 roll, 4 kommun, 5 q1a, 6 q1b, 7 q1c, 8 q1d, 9 q2, 10 q3, 11 q4, 12 q5, 13 q6 (free text).</summary>
    private const string Header = "Förnamn och efternamn,E-postadress,(roll) Vilken roll har du?,(kommun) I vilken kommun arbetar du?,(q1a) Stärkt i yrkesrollen,(q1b) Säkrare på information,(q1c) Bättre rustad,(q1d) Enligt regelverket,(q2) Hur nöjd är du med kurserna?,(q3) Stöd i introduktionen,(q4) Underlättar planeringen,(q5) Hur nöjd är du med stödet?,(q6) Övriga synpunkter";

    private const string Row2 = "Kerstin Ödmark,kerstin.odmark@lulea.se,Socialsekreterare,Luleå,Instämmer helt,Instämmer delvis,Vet ej,,Nöjd,,,,\"Bra, men Bertil Nyström pratade för fort\"";

    private const string Row3 = "Anders Pekkari,anders.pekkari@kiruna.se,Chef,Kiruna,,,,,Mycket nöjd,Instämmer helt,Instämmer inte särskilt,Nöjd,Ring mig på 070-123 45 67";

    private const string Row4 = "Sofia Lindqvist,sofia.lindqvist@pitea.se,Annan,Piteå,,,,,Varken eller,,,,Maja Eriksson var en bra utbildare";

    private const string Valid = Header + "\n" + Row2 + "\n" + Row3 + "\n" + Row4 + "\n";

    /// <summary>The personal data planted in the files: none of it may appear in any output or problem (the report's too).</summary>
    internal static readonly string[] Planted =
    [
        "Kerstin", "Ödmark", "kerstin.odmark", "@lulea.se", "Anders", "Pekkari", "anders.pekkari", "@kiruna.se", "Sofia", "Lindqvist",
        "sofia.lindqvist", "@pitea.se", "Bertil", "Nyström", "070-123", "Maja", "Eriksson", "Ganska nöjd", "Enhetschef", "Stockholm", "Kalle Anka",
    ];

    private const string QuestionsOfQ2 = "\"Mycket nöjd\", \"Nöjd\", \"Varken eller\", \"Missnöjd\", \"Mycket missnöjd\", \"Vet ej\"";

    private const string QuestionsOfQ1 = "\"Instämmer helt\", \"Instämmer delvis\", \"Instämmer inte särskilt\", \"Instämmer inte alls\", \"Vet ej\"";

    private const string NotShown = "(the answer is not shown: the file holds personal data)";

    /// <summary>Every case: its file, the exit code, and the problems, with <c>{file}</c> for the file's path; the report reads them too.</summary>
    internal static readonly Dictionary<string, (byte[] File, int ExitCode, string[] Problems)> Cases = new()
    {
        ["an answer that is none of the options"] = Malformed(
            Valid.Replace(",Nöjd,,,,\"Bra", ",\"Ganska nöjd, säger Maja Eriksson\",,,,\"Bra", StringComparison.Ordinal),
            $"{{file}}:2: column 9 (q2): the answer is none of the options of q2: {QuestionsOfQ2} {NotShown}"),
        ["a name as the answer"] = Malformed(
            Valid.Replace("Luleå,Instämmer helt", "Luleå,Kalle Anka", StringComparison.Ordinal),
            $"{{file}}:2: column 5 (q1a): the answer is none of the options of q1a: {QuestionsOfQ1} {NotShown}"),
        ["an unknown answer of a respondent the goal does not count"] = Malformed(
            Valid.Replace("Piteå,,,,,Varken eller", "Piteå,Ganska nöjd,,,,Varken eller", StringComparison.Ordinal),
            $"{{file}}:4: column 5 (q1a): the answer is none of the options of q1a: {QuestionsOfQ1} {NotShown}"),
        ["an unknown role answer"] = Malformed(
            Valid.Replace(",Annan,", ",Enhetschef Sofia,", StringComparison.Ordinal),
            $"{{file}}:4: column 3 (roll): the answer is none of the options of roll: \"Socialsekreterare\", \"Arbetsledare\", \"Chef\", \"Annan\" {NotShown}"),
        ["an unknown municipality answer"] = Malformed(
            Valid.Replace(",Piteå,", ",Stockholm,", StringComparison.Ordinal),
            $"{{file}}:4: column 4 (kommun): the answer to kommun is not the name of a municipality of Norrbotten {NotShown}"),
        ["a missing question column"] = Malformed(
            Valid.Replace("(q3) Stöd", "(q33) Stöd", StringComparison.Ordinal),
            "{file}:1: q3: no column is headed (q3) … or q3: the question of goal 3 is not in the file"),
        ["a missing role column"] = Malformed(
            Valid.Replace("(roll) Vilken", "(role) Vilken", StringComparison.Ordinal),
            "{file}:1: roll: no column is headed (roll) … or roll: the role question is not in the file"),
        ["a missing municipality column"] = Malformed(
            Valid.Replace("(kommun) I vilken", "(kommunen) I vilken", StringComparison.Ordinal),
            "{file}:1: kommun: no column is headed (kommun) … or kommun: the municipality question is not in the file"),
        ["duplicate question labels in the header"] = Malformed(
            Valid.Replace("(q5) Hur nöjd är du med stödet?", "(q2) Hur nöjd är du med stödet?", StringComparison.Ordinal),
            "{file}:1: q2: columns 9, 12 are all headed (q2) … or q2; a question has one column",
            "{file}:1: q5: no column is headed (q5) … or q5: the question of goal 5 is not in the file"),
        ["the role question in two columns"] = Malformed(
            Valid.Replace("(q6) Övriga synpunkter", "roll", StringComparison.Ordinal),
            "{file}:1: roll: columns 3, 13 are all headed (roll) … or roll; a question has one column"),
        ["an empty file"] = Malformed(
            string.Empty,
            "{file}:1: header: the file is empty; an answers file is the survey's export: a header row of the questions, then one row per response"),
        ["a file of blank lines"] = Malformed(
            "\n  \n\n",
            "{file}:1: header: the file is empty; an answers file is the survey's export: a header row of the questions, then one row per response"),
        ["a header only"] = Malformed(
            Header + "\n",
            "{file}:1: header: the file has a header row but no responses; export the survey's answers, not only its questions"),
        ["a row with too many cells"] = Malformed(
            Valid.Replace("Ring mig på", "Ring mig, på", StringComparison.Ordinal),
            "{file}:3: row: the row has 14 cells and the header 13: a cell holding the separator (,) must be in quotes; the row is not read (its cells are not shown: the file holds personal data)"),
        ["a row with too few cells"] = Malformed(
            Valid.Replace(",Maja Eriksson var en bra utbildare", string.Empty, StringComparison.Ordinal),
            "{file}:4: row: the row has 12 cells and the header 13: a cell holding the separator (,) must be in quotes; the row is not read (its cells are not shown: the file holds personal data)"),
        ["an unterminated quote"] = Malformed(
            Valid.Replace(",Maja Eriksson var", ",\"Maja Eriksson var", StringComparison.Ordinal),
            "{file}:4: row: a quoted field starts on this line and is never closed"),
        ["a stray quote"] = Malformed(
            Valid.Replace("Ring mig på", "Ring \"mig\" på", StringComparison.Ordinal),
            "{file}:3: row: a quote character inside an unquoted field; quote the whole field and double the quote inside it, e.g. \"Kommun \"\"A\"\"\""),
        ["a binary file"] = (
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'],
            1,
            ["{file}:3: encoding: the file is not text (byte 0x00 on this line): it may be a binary file or UTF-16; export the answers as CSV in UTF-8"]),
        ["a file that is not UTF-8"] = (
            Encoding.Latin1.GetBytes(Valid),
            1,
            ["{file}:1: encoding: the line is not UTF-8 text; export the answers as CSV in UTF-8 (in a spreadsheet: \"CSV UTF-8\")"]),
        ["UTF-16 with a byte order mark"] = (
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Valid)],
            1,
            ["{file}:1: encoding: the file is not text (byte 0x00 on this line): it may be a binary file or UTF-16; export the answers as CSV in UTF-8"]),
        ["a free-text answer over two lines before a bad answer"] = Malformed(
            Valid.Replace("pratade för fort\"", "pratade\nför fort\"", StringComparison.Ordinal).Replace(",Varken eller,", ",Ganska nöjd,", StringComparison.Ordinal),
            $"{{file}}:5: column 9 (q2): the answer is none of the options of q2: {QuestionsOfQ2} {NotShown}"),
        ["every problem at once"] = Malformed(
            Valid.Replace("(q3) Stöd", "(q33) Stöd", StringComparison.Ordinal)
                .Replace("Luleå,Instämmer helt", "Luleå,Kalle Anka", StringComparison.Ordinal)
                .Replace("Ring mig på", "Ring mig, på", StringComparison.Ordinal)
                .Replace(",Annan,", ",Enhetschef Sofia,", StringComparison.Ordinal)
                .Replace(",Piteå,", ",Stockholm,", StringComparison.Ordinal),
            "{file}:1: q3: no column is headed (q3) … or q3: the question of goal 3 is not in the file",
            $"{{file}}:2: column 5 (q1a): the answer is none of the options of q1a: {QuestionsOfQ1} {NotShown}",
            "{file}:3: row: the row has 14 cells and the header 13: a cell holding the separator (,) must be in quotes; the row is not read (its cells are not shown: the file holds personal data)",
            $"{{file}}:4: column 3 (roll): the answer is none of the options of roll: \"Socialsekreterare\", \"Arbetsledare\", \"Chef\", \"Annan\" {NotShown}",
            $"{{file}}:4: column 4 (kommun): the answer to kommun is not the name of a municipality of Norrbotten {NotShown}"),
        ["a named export with a free-text column full of names"] = (Encoding.UTF8.GetBytes(Valid), 0, []),
        ["a semicolon separated file with a byte order mark"] = (
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid.Replace(",", ";", StringComparison.Ordinal).Replace("\"Bra; men", "\"Bra, men", StringComparison.Ordinal))],
            0,
            []),
        ["answers in another case with spaces around them and labels alone"] = (
            Encoding.UTF8.GetBytes(Valid.Replace("(q2) Hur nöjd är du med kurserna?", " Q2 ", StringComparison.Ordinal).Replace(",Nöjd,", ", nöjd ,", StringComparison.Ordinal).Replace(",Chef,", ",CHEF,", StringComparison.Ordinal)),
            0,
            []),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    [Rule("GOAL-4")]
    public void A_malformed_answers_file_is_refused_with_exactly_its_problems_and_no_result(string name)
    {
        (byte[] content, int exitCode, string[] problems) = Cases[name];
        using TempRegionFile file = TempRegionFile.WithBytes(content, "svar.csv");

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
    public void No_output_or_problem_in_any_format_or_language_shows_a_name_an_e_mail_address_or_a_free_text_answer(string name)
    {
        (byte[] content, _, _) = Cases[name];
        using TempRegionFile file = TempRegionFile.WithBytes(content, "svar.csv");
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
    public void A_valid_named_export_is_read_as_exported_and_counts_its_answers()
    {
        using TempRegionFile comma = TempRegionFile.WithBytes(Cases["a named export with a free-text column full of names"].File, "svar.csv");
        using TempRegionFile semicolon = TempRegionFile.WithBytes(Cases["a semicolon separated file with a byte order mark"].File, "svar.csv");
        using TempRegionFile relaxed = TempRegionFile.WithBytes(Cases["answers in another case with spaces around them and labels alone"].File, "svar.csv");

        string[] results = [.. new[] { comma, semicolon, relaxed }.Select(f => Tool.Run("goals", "--answers", f.Path, "--year", "2023", "--format", "csv").Stdout)];

        List<string[]> rows = PlainCsv.Parse(results[0]);
        Assert.Equal(["1", "1", "1/1"], rows.Single(r => r[0] == "1a")[4..7]);
        Assert.Equal(["0", "0", ""], rows.Single(r => r[0] == "1c")[4..7]);
        Assert.Equal(["2", "2", "2/2"], rows.Single(r => r[0] == "2")[4..7]);
        Assert.Equal(["1", "0", "0/1"], rows.Single(r => r[0] == "4")[4..7]);
        Assert.Equal(results[0], results[1]);
        Assert.Equal(results[0], results[2]);
    }

    [Fact]
    [Rule("GOAL-4")]
    public void The_suite_has_at_least_twenty_malformed_files()
    {
        Assert.True(Cases.Count(c => c.Value.ExitCode != 0) >= 20, $"only {Cases.Count(c => c.Value.ExitCode != 0)} malformed answers files are tested");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    [Trait("Contract", "Swedish and English")]
    public void Every_problem_of_an_answers_file_has_a_code_of_the_texts_and_a_Swedish_message(string name)
    {
        (byte[] content, int exitCode, _) = Cases[name];
        if (exitCode != 1)
        {
            return;
        }

        DataFileProblem[] english = ProblemsOf(content);
        DataFileProblem[] swedish = InSwedish(() => ProblemsOf(content));

        Assert.NotEmpty(english);
        Assert.Equal(english.Select(p => (p.Line, p.Code)), swedish.Select(p => (p.Line, p.Code)));
        Assert.All(english.Zip(swedish), pair =>
        {
            Assert.Contains(pair.First.Code, Keys.Value);
            Assert.NotEqual(pair.First.Message, pair.Second.Message);
        });
    }

    [Theory]
    [Trait("Contract", "Swedish and English")]
    [InlineData("an empty file", "{file}:1: header: filen är tom; en fil med enkätsvar är enkätens export: en rubrikrad med frågorna, sedan en rad per svar")]
    [InlineData("a header only", "{file}:1: header: filen har en rubrikrad men inga svar; exportera enkätens svar, inte bara dess frågor")]
    [InlineData("a row with too few cells", "{file}:4: row: raden har 12 celler och rubrikraden 13: en cell som innehåller avgränsaren (,) måste stå inom citattecken; raden läses inte (dess celler visas inte: filen innehåller personuppgifter)")]
    [InlineData("a binary file", "{file}:3: encoding: filen är inte text (byte 0x00 på den här raden): den kan vara en binärfil eller UTF-16; exportera svaren som CSV i UTF-8")]
    [InlineData("a file that is not UTF-8", "{file}:1: encoding: raden är inte UTF-8-text; exportera svaren som CSV i UTF-8 (i ett kalkylprogram: \"CSV UTF-8\")")]
    public void An_answers_file_s_problem_reads_in_Swedish(string name, string expected)
    {
        (byte[] content, _, _) = Cases[name];
        using TempRegionFile file = TempRegionFile.WithBytes(content, "svar.csv");

        CliResult result = Tool.Run("--lang", "sv", "goals", "--answers", file.Path, "--year", "2023");

        Assert.Equal(expected.Replace("{file}", file.Path, StringComparison.Ordinal), result.StderrLines[0]);
    }

    private static (byte[] File, int ExitCode, string[] Problems) Malformed(string text, params string[] problems) =>
        (Encoding.UTF8.GetBytes(text), 1, problems);

    /// <summary>The problems of a file as the tool finds them: the reader's, then the library's on the rows it could read.</summary>
    private static DataFileProblem[] ProblemsOf(byte[] content)
    {
        AnswersRead read = new CsvAnswersReader().Read(content, "svar.csv");
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

        return [.. problems];
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

    /// <summary>The keys of the texts an answers file's problems come from: the tool's answers and CSV texts, the library's follow-up texts.</summary>
    private static readonly Lazy<HashSet<string>> Keys = new(() =>
    [
        .. new[]
        {
            Repository.PathOf("src", "Yrkesresan.Cli", "Answers", "AnswersTexts.resx"),
            Repository.PathOf("src", "Yrkesresan.Cli", "RegionFiles", "CsvTexts.resx"),
            Repository.PathOf("src", "Yrkesresan.Domain", "FollowUp", "FollowUpTexts.resx"),
        }.SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)),
    ]);
}
