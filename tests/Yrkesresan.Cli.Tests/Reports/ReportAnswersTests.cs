using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Yrkesresan.Cli.Reports;
using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Reporting;
using static Yrkesresan.Cli.Tests.Reports.PrintedReportChecks;

namespace Yrkesresan.Cli.Tests.Reports;

/// <summary>
/// REPORT-1 with the survey's answers: <c>report --answers FILE</c> reads the answers file as <c>goals</c> reads it (the
/// same reader, the same follow-up plan, the same evaluation), so the report's goals are the library's follow-up and
/// every problem of the file is reported exactly as <c>goals</c> reports it, all at once, with no personal data, and no
/// report written.
/// </summary>
public sealed class ReportAnswersTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> AnswersCases => [.. MalformedAnswersFileTests.Cases.Keys];

    [Fact]
    [Rule("REPORT-1")]
    public void The_example_year_s_report_with_the_survey_s_answers_shows_each_goal_as_the_follow_up_evaluates_it()
    {
        string file = folder.PathOf("rapport.html");
        CliResult result = Tool.Run("report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--answers", ReportData.ExampleAnswersPath, "--output", file);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith($"wrote {file}\n", result.Stderr, StringComparison.Ordinal);
        IHtmlDocument document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(File.ReadAllText(file));
        FollowUpEvaluation followUp = ReportData.ExampleFollowUp(ReportData.ExampleLedger());
        IElement[] rows = [.. document.QuerySelectorAll("#goals-table tbody tr")];
        Assert.Equal(followUp.Goals.Length, rows.Length);
        Assert.Null(document.QuerySelector("#goals p.missing"));
        foreach ((IElement row, GoalResult goal) in rows.Zip(followUp.Goals))
        {
            var survey = goal as SurveyGoalResult;
            ExactShare? share = goal switch
            {
                SurveyGoalResult surveyGoal => surveyGoal.Share,
                AvailabilityGoalResult availability => availability.Share,
                _ => null,
            };
            string[] cells = [.. row.Children.Select(c => c.TextContent)];
            Assert.Equal($"{goal.Goal.Id} {goal.Goal.ShortText}", cells[0]);
            Assert.Equal(Status(goal.Status) + (survey is null ? string.Empty : $" minst {survey.ThresholdPercent} %"), cells[1]);
            Assert.Equal(share is { } fraction ? $"{InSwedish(fraction.FormatPercent)} % {fraction}" : "–", cells[2]);
            Assert.Equal(survey is null ? "–" : Number(survey.Counted), cells[3]);
            Assert.Equal(survey?.Interval is { } interval ? $"{InSwedish(interval.ToString)} {Verdict(survey.Verdict)}" : "–", cells[4]);
        }

        Assert.Equal(
            followUp.Goals.Select(g => g.Goal.Id),
            document.QuerySelectorAll("dl.goal-texts dt").Select(dt => dt.TextContent));
        Assert.Contains("Enkät: norrbotten-2023-answers.csv, 60 svar.", document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_example_s_goals_in_the_report_are_those_the_worked_example_counts_from_the_file()
    {
        // docs/worked-example-goals.md, counted from docs/examples/norrbotten-2023-answers.csv by its own script.
        string file = folder.PathOf("rapport.md");
        Assert.Equal(0, Tool.Run("report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--answers", ReportData.ExampleAnswersPath, "--output", file, "--format", "md").ExitCode);

        string md = File.ReadAllText(file);
        foreach (string row in new[]
        {
            "| **1a** Stärkt i yrkesrollen | uppfyllt (minst 80 %) | 86,1 % (31/36) | 36 | 71,3–94,0 % (för få svar) |",
            "| **1b** Säkrare på att hitta information | inte uppfyllt (minst 80 %) | 79,4 % (31/39) | 39 | 64,4–89,3 % (för få svar) |",
            "| **2** Nöjda med kurserna | uppfyllt (minst 80 %) | 80,0 % (40/50) | 50 | 66,9–88,8 % (för få svar) |",
            "| **4** Underlättar planering av kompetenshöjande insatser | inte uppfyllt (minst 80 %) | 73,3 % (11/15) | 15 | 48,0–89,2 % (för få svar) |",
            "| **6** Erfaren personal blir utbildare | uppfyllt | – | – | – |",
            "| **7** Tillgänglig för samtliga kommuner | uppfyllt | 100,0 % (14/14) | – | – |",
        })
        {
            Assert.Contains(row + "\n", md, StringComparison.Ordinal);
        }

        Assert.Contains("Enkät: norrbotten-2023-answers.csv, 60 svar.", md, StringComparison.Ordinal);
        Assert.Contains("### Effektmål per kommun", md, StringComparison.Ordinal);
    }

    [Fact]
    [Rule("REPORT-1")]
    public void The_tool_writes_the_library_s_report_of_the_year_with_the_follow_up_of_the_answers()
    {
        string file = folder.PathOf("rapport.md");
        Assert.Equal(0, Tool.Run("report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--answers", ReportData.ExampleAnswersPath, "--output", file, "--format", "md").ExitCode);

        Ledger ledger = ReportData.ExampleLedger();
        AnnualReport report = AnnualReport.Of(ledger, 2023, ReportData.ExampleFollowUp(ledger));
        string expected = ReportData.Write(report, ReportFormat.Markdown)
            .Replace("ledger.json", "norrbotten-2023-ledger.json", StringComparison.Ordinal)
            .Replace("skriven 2024-01-15", "skriven 2024-06-15", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(file));
    }

    [Theory]
    [MemberData(nameof(AnswersCases))]
    [Rule("REPORT-1")]
    public void An_answers_file_s_problems_are_reported_exactly_as_goals_reports_them_and_no_report_is_written(string name)
    {
        (byte[] content, int exitCode, _) = MalformedAnswersFileTests.Cases[name];
        using TempRegionFile answers = TempRegionFile.WithBytes(content, name.Contains("xlsx", StringComparison.Ordinal) ? "svar.xlsx" : "svar.csv");
        string file = folder.PathOf("rapport.html");

        CliResult goals = Tool.Run("goals", "--answers", answers.Path, "--year", "2023", "--ledger", TestLedgers.NorrbottenExample);
        CliResult report = Tool.Run("report", "--year", "2023", "--ledger", TestLedgers.NorrbottenExample, "--answers", answers.Path, "--output", file);

        Assert.Equal((exitCode, exitCode), (goals.ExitCode, report.ExitCode));
        if (exitCode == 0)
        {
            string html = File.ReadAllText(file);
            Assert.All(MalformedAnswersFileTests.Planted, planted => Assert.DoesNotContain(planted, html, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            Assert.Equal(
                goals.Stderr.Replace("'yrkesresan goals --help'", "'yrkesresan report --help'", StringComparison.Ordinal),
                report.Stderr);
            Assert.False(File.Exists(file));
        }

        Assert.All(MalformedAnswersFileTests.Planted, planted => Assert.DoesNotContain(planted, report.Stdout + report.Stderr, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void A_bad_ledger_and_a_bad_answers_file_are_reported_together_as_goals_reports_them()
    {
        using TempRegionFile ledger = TempRegionFile.WithText(TestLedgers.Vasterbotten, "ledger.json");
        using TempRegionFile answers = TempRegionFile.WithBytes(MalformedAnswersFileTests.Cases["every problem at once"].File, "svar.csv");
        string file = folder.PathOf("rapport.html");

        CliResult goals = Tool.Run("goals", "--answers", answers.Path, "--year", "2023", "--ledger", ledger.Path);
        CliResult report = Tool.Run("report", "--year", "2023", "--ledger", ledger.Path, "--answers", answers.Path, "--output", file);

        Assert.Equal((1, 1), (goals.ExitCode, report.ExitCode));
        Assert.Equal(goals.Stderr, report.Stderr);
        Assert.Contains("is not one of Norrbotten's municipalities", report.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{answers.Path}:4: column 4 (kommun):", report.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void An_answers_file_that_cannot_be_read_is_a_usage_error_before_the_ledger_is_read()
    {
        string file = folder.PathOf("rapport.html");
        string missing = folder.PathOf("svar.csv");
        CliResult result = Tool.Run("report", "--year", "2023", "--ledger", folder.PathOf("no-such-ledger.json"), "--answers", missing, "--output", file);
        CliResult goals = Tool.Run("goals", "--answers", missing, "--year", "2023");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [goals.StderrLines[0], "Run 'yrkesresan report --help' for usage."],
            result.StderrLines);
        Assert.Contains(missing, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void A_region_without_a_follow_up_plan_reports_the_directive_s_four_national_goals_and_says_so()
    {
        using TempRegionFile answers = TempRegionFile.WithText(
            "Svarsnummer,(roll) Vilken roll har du?,(n1) Stöd,(n2) Kurser,(n3) Kompetens,(n4) Introduktion\n" +
            "1,Chef,Instämmer helt,Instämmer till stor del,Instämmer helt,Vet ej\n" +
            "2,Socialsekreterare,Instämmer till viss del,Instämmer helt,,\n",
            "svar.csv");
        string file = folder.PathOf("rapport.html");

        CliResult result = Tool.Run(
            "report", "--year", "2024", "--ledger", Repository.PathOf("docs", "examples", "vasterbotten-2024-ledger.json"),
            "--region", Repository.VasterbottenExample, "--answers", answers.Path, "--output", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "notice: Västerbotten has no follow_up in its region file: the directive's four national effect goals are evaluated (survey questions n1 to n4, role question roll).\n",
            result.Stderr,
            StringComparison.Ordinal);
        IHtmlDocument document = new HtmlParser().ParseDocument(File.ReadAllText(file));
        Assert.Equal(["1", "2", "3", "4"], document.QuerySelectorAll("#goals-table tbody tr .lead").Select(e => e.TextContent));
    }

    [Fact]
    [Rule("REPORT-1")]
    public void Report_help_describes_answers()
    {
        Assert.Contains("--answers <FILE>", Tool.Run("report", "--help").Stdout, StringComparison.Ordinal);
        Assert.Contains("Enkätsvaren som de exporteras från lärplattformen", Tool.Run("report", "--help", "--lang", "sv").Stdout, StringComparison.Ordinal);
    }

    private static string Status(GoalStatus status) =>
        status == GoalStatus.Met ? "uppfyllt" : status == GoalStatus.NotMet ? "inte uppfyllt" : "kan inte bedömas";

    private static string Verdict(IntervalVerdict verdict) =>
        verdict == IntervalVerdict.Above ? "över" : verdict == IntervalVerdict.Below ? "under" : "för få svar";
}
