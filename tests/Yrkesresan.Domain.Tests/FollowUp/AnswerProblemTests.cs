using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.FollowUp.Surveys;

namespace Yrkesresan.Domain.Tests.FollowUp;

/// <summary>
/// GOAL-4: an answer that is none of its question's options is a problem naming the file, row and cell,
/// never a silent "not positive"; a question missing from the file is a problem; every problem at once and
/// no partial result; and no problem ever shows a cell, which may be personal data.
/// </summary>
public class AnswerProblemTests
{
    private static readonly Region Norrbotten = global::Yrkesresan.Domain.Regions.Norrbotten.Region;

    private const string Secret = "anna.andersson@kommun.se";

    private static string[] Problems(FollowUpPlan plan, SurveyAnswers answers) =>
        [.. Assert.Throws<DataFileException>(() => FollowUpEvaluation.Of(Norrbotten, plan, 2023, answers)).Problems.Select(p => p.ToString())];

    private static FollowUpPlan Q2 => Plan(false, SatisfactionGoal("2", "q2"));

    [Fact]
    [Rule("GOAL-4")]
    public void An_answer_that_is_none_of_the_options_is_a_problem_with_row_and_column_that_lists_the_options_and_not_the_answer()
    {
        string[] problems = Problems(Q2, Answers(("Chef", "Nöjd"), ("Chef", Secret), ("Chef", "Missnöjd")));
        Assert.Equal(
            ["svar.csv:3: column 3 (q2): the answer is none of the options of q2: \"Mycket nöjd\", \"Nöjd\", \"Varken eller\", \"Missnöjd\", \"Mycket missnöjd\", \"Vet ej\" (the answer is not shown: the file holds personal data)"],
            problems);
    }

    [Fact]
    [Rule("GOAL-4")]
    public void An_unknown_answer_is_a_problem_even_from_a_respondent_the_goal_does_not_count()
    {
        Assert.Single(Problems(Q2, Answers(("Annan", "Ganska nöjd"), (null, "Ganska nöjd"))), p => p.StartsWith("svar.csv:2:", StringComparison.Ordinal));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void An_xlsx_export_names_the_cell_by_its_address()
    {
        SurveyAnswers answers = Xlsx(["Namn", "E-post", RoleHeader, "(q2) Nöjd?"], ["Anna", Secret, "Chef", "Nöjd"], ["Bo", "bo@x.se", "Chef", "Toppen"]);
        Assert.Equal(
            ["svar.xlsx:3: D3 (q2): the answer is none of the options of q2: \"Mycket nöjd\", \"Nöjd\", \"Varken eller\", \"Missnöjd\", \"Mycket missnöjd\", \"Vet ej\" (the answer is not shown: the file holds personal data)"],
            Problems(Q2, answers));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_workbook_s_sheet_names_the_sheet_and_the_cell_as_a_spreadsheet_writes_a_reference_without_a_line()
    {
        string[] headers = ["Namn", "E-post", RoleHeader, "(q2) Nöjd?"];
        string?[][] rows = [["Anna", Secret, "Chef", "Nöjd"], ["Bo", "bo@x.se", "Chef", "Toppen"]];
        FollowUpPlan plan = Plan(false, SatisfactionGoal("2", "q2"), SatisfactionGoal("9", "q9"));

        DataFileProblem[] problems = [.. Assert.Throws<DataFileException>(() => FollowUpEvaluation.Of(Norrbotten, plan, 2023, Sheet("Svar", headers, rows))).Problems];

        Assert.Equal(
            [
                "svar.xlsx: Svar!A1:D1 (q9): no column is headed (q9) … or q9: the question of goal 9 is not in the file",
                "svar.xlsx: Svar!D3 (q2): the answer is none of the options of q2: \"Mycket nöjd\", \"Nöjd\", \"Varken eller\", \"Missnöjd\", \"Mycket missnöjd\", \"Vet ej\" (the answer is not shown: the file holds personal data)",
            ],
            problems.Select(p => p.ToString()));
        Assert.All(problems, p => Assert.Null(p.Line));
        Assert.StartsWith("svar.xlsx: 'Mina svar 2023'!D3 (q2): ", Problems(Q2, Sheet("Mina svar 2023", headers, rows)).Single(), StringComparison.Ordinal);
        Assert.StartsWith("svar.xlsx: 'Anna''s'!D3 (q2): ", Problems(Q2, Sheet("Anna's", headers, rows)).Single(), StringComparison.Ordinal);
        Assert.StartsWith("svar.xlsx: '2023'!D3 (q2): ", Problems(Q2, Sheet("2023", headers, rows)).Single(), StringComparison.Ordinal);
        Assert.StartsWith("svar.xlsx: Svar!A1 (q2): ", Problems(Q2, Sheet("Svar", [RoleHeader], ["Chef"])).Single(), StringComparison.Ordinal);
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_role_answer_that_is_none_of_the_role_options_is_a_problem()
    {
        Assert.Equal(
            ["svar.csv:2: column 2 (roll): the answer is none of the options of roll: \"Socialsekreterare\", \"Arbetsledare\", \"Chef\", \"Annan\" (the answer is not shown: the file holds personal data)"],
            Problems(Q2, Answers(("Rektor", "Nöjd"))));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_municipality_answer_that_is_none_of_the_region_s_municipalities_is_a_problem()
    {
        SurveyAnswers answers = Csv([RoleHeader, MunicipalityHeader, "(q2) Nöjd?"], ["Chef", "Luleå", "Nöjd"], ["Chef", "Umeå", "Nöjd"]);
        Assert.Equal(
            ["svar.csv:3: column 2 (kommun): the answer to kommun is not the name of a municipality of Norrbotten (the answer is not shown: the file holds personal data)"],
            Problems(Plan(true, SatisfactionGoal("2", "q2")), answers));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_question_label_missing_from_the_file_is_a_problem_of_the_header_row()
    {
        SurveyAnswers answers = Csv([RoleHeader, "(q3) Något annat"], ["Chef", "Nöjd"]);
        Assert.Equal(["svar.csv:1: q2: no column is headed (q2) … or q2: the question of goal 2 is not in the file"], Problems(Q2, answers));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_label_that_two_goals_read_and_the_file_lacks_names_both_goals_once()
    {
        FollowUpPlan plan = Plan(false, SatisfactionGoal("2", "q2"), SatisfactionGoal("5", "Q2", Managers));
        Assert.Equal(["svar.csv:1: q2: no column is headed (q2) … or q2: the question of goals 2, 5 is not in the file"], Problems(plan, Csv([RoleHeader], ["Chef"])));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void The_role_and_municipality_questions_missing_from_the_file_are_problems()
    {
        Assert.Equal(
            [
                "svar.csv:1: roll: no column is headed (roll) … or roll: the role question is not in the file",
                "svar.csv:1: kommun: no column is headed (kommun) … or kommun: the municipality question is not in the file",
            ],
            Problems(Plan(true, SatisfactionGoal("2", "q2")), Csv(["(q2) Nöjd?"], ["Nöjd"])));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_question_in_two_columns_is_a_problem_naming_the_columns()
    {
        Assert.Equal(
            ["svar.csv:1: q2: columns 2, 3 are all headed (q2) … or q2; a question has one column"],
            Problems(Q2, Csv([RoleHeader, "(q2) Nöjd?", "q2"], ["Chef", "Nöjd", "Nöjd"])));
        Assert.Equal(
            ["svar.xlsx:1: q2: columns B, C are all headed (q2) … or q2; a question has one column"],
            Problems(Q2, Xlsx([RoleHeader, "(q2) Nöjd?", "q2"], ["Chef", "Nöjd", "Nöjd"])));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void Every_problem_is_reported_at_once_in_the_order_of_the_file()
    {
        FollowUpPlan plan = Plan(false, SatisfactionGoal("2", "q2"), AgreementGoal("3", "q3", Managers), SatisfactionGoal("9", "q9"));
        SurveyAnswers answers = Csv(
            [RoleHeader, "(q2) Nöjd?", "(q3) Stöd?"],
            ["Chef", "Nöjd", "Ja"],
            ["Boss", "Kanske", "Instämmer helt"],
            ["Chef", "Nöjd", "Instämmer helt"],
            ["Chef", "Jättenöjd", null]);
        string[] problems = Problems(plan, answers);
        Assert.Equal(
            [
                "svar.csv:1: q9: no column is headed (q9) … or q9: the question of goal 9 is not in the file",
                "svar.csv:2: column 3 (q3)",
                "svar.csv:3: column 1 (roll)",
                "svar.csv:3: column 2 (q2)",
                "svar.csv:5: column 2 (q2)",
            ],
            problems.Select(p => p.StartsWith("svar.csv:1:", StringComparison.Ordinal) ? p : p[..p.IndexOf("):", StringComparison.Ordinal)] + ")"));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_cell_two_goals_read_is_reported_once()
    {
        FollowUpPlan plan = Plan(false, SatisfactionGoal("2", "q2"), SatisfactionGoal("5", "q2", Managers));
        Assert.Single(Problems(plan, Answers(("Chef", "Kanske"))));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void Columns_the_plan_does_not_ask_for_are_never_read()
    {
        SurveyAnswers answers = Csv(
            ["Namn", "E-post", RoleHeader, "(q2) Nöjd?", "(fritext) Övriga synpunkter"],
            ["Anna Andersson", Secret, "Chef", "Nöjd", "Kursledaren Bo var dålig"],
            [null, "(q2)", "Chef", "Missnöjd", "Nöjd"]);
        FollowUpEvaluation evaluation = FollowUpEvaluation.Of(Norrbotten, Q2, 2023, answers);
        Assert.Equal("1/2", ((SurveyGoalResult)evaluation.Goals[0]).Share.ToString());
        Assert.DoesNotContain(Secret, evaluation.ToString(), StringComparison.Ordinal);
        Assert.Equal("svar.csv: 2 responses, 5 columns", answers.ToString());
        Assert.Equal("row 2", answers.Rows[0].ToString());
    }

    [Fact]
    [Rule("GOAL-4")]
    public void No_problem_shows_an_answer_in_either_language()
    {
        SurveyAnswers answers = Csv(
            [RoleHeader, MunicipalityHeader, "(q2) Nöjd?"],
            [Secret, Secret, Secret],
            ["Chef", "Anna Andersson", "Kursledaren Bo var dålig"]);
        FollowUpPlan plan = Plan(true, SatisfactionGoal("2", "q2"));
        DataFileException english = Assert.Throws<DataFileException>(() => FollowUpEvaluation.Of(Norrbotten, plan, 2023, answers));
        DataFileException swedish = Culture.InSwedish(() => Assert.Throws<DataFileException>(() => FollowUpEvaluation.Of(Norrbotten, plan, 2023, answers)));
        Assert.Equal(5, english.Problems.Length);
        foreach (string problem in english.Problems.Concat(swedish.Problems).Select(p => p.ToString()).Append(english.Message))
        {
            Assert.DoesNotContain(Secret, problem, StringComparison.Ordinal);
            Assert.DoesNotContain("Anna Andersson", problem, StringComparison.Ordinal);
            Assert.DoesNotContain("Kursledaren", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Rule("GOAL-4")]
    public void Each_problem_has_a_code_of_the_follow_up_texts_and_a_Swedish_message()
    {
        SurveyAnswers answers = Csv([RoleHeader, MunicipalityHeader, "(q2) Nöjd?", "q2"], ["Rektor", "Umeå", "Kanske", "x"]);
        FollowUpPlan plan = Plan(true, SatisfactionGoal("2", "q2"), SatisfactionGoal("9", "q9"));
        DataFileException english = Assert.Throws<DataFileException>(() => FollowUpEvaluation.Of(Norrbotten, plan, 2023, answers));
        DataFileException swedish = Culture.InSwedish(() => Assert.Throws<DataFileException>(() => FollowUpEvaluation.Of(Norrbotten, plan, 2023, answers)));
        Assert.Equal(
            ["QuestionInSeveralColumns", "GoalQuestionNotInAnswers", "AnswerNotAnOption", "AnswerNotAMunicipality"],
            english.Problems.Select(p => p.Code));
        Assert.Equal(english.Problems.Select(p => p.Code), swedish.Problems.Select(p => p.Code));
        Assert.All(english.Problems.Zip(swedish.Problems), pair => Assert.NotEqual(pair.First.Message, pair.Second.Message));
        Assert.Equal(
            [
                "svar.csv:1: q2: kolumnerna 3, 4 har alla rubriken (q2) … eller q2; en fråga har en kolumn",
                "svar.csv:1: q9: ingen kolumn har rubriken (q9) … eller q9: frågan för mål 9 finns inte i filen",
                "svar.csv:2: kolumn 1 (roll): svaret är inget av alternativen för roll: \"Socialsekreterare\", \"Arbetsledare\", \"Chef\", \"Annan\" (svaret visas inte: filen innehåller personuppgifter)",
                "svar.csv:2: kolumn 2 (kommun): svaret på kommun är inte namnet på en kommun i Norrbotten (svaret visas inte: filen innehåller personuppgifter)",
            ],
            swedish.Problems.Select(p => p.ToString()));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_column_of_more_different_texts_than_are_remembered_is_still_checked_and_counted_cell_by_cell()
    {
        // Distinct spellings of valid options (surrounding spaces) and distinct unknown answers, 1 500 of each.
        (string? Role, string? Answer)[] valid = [.. Enumerable.Range(0, 1_500).Select(i => ((string?)"Chef", (string?)(new string(' ', i) + (i % 3 == 0 ? "Missnöjd" : "Nöjd"))))];
        var result = (SurveyGoalResult)FollowUpEvaluation.Of(Norrbotten, Q2, 2023, Answers(valid)).Goals[0];
        Assert.Equal("1000/1500", result.Share.ToString());

        (string? Role, string? Answer)[] unknown = [.. Enumerable.Range(0, 1_500).Select(i => ((string?)"Chef", (string?)("Svar " + i)))];
        Assert.Equal(1_500, Problems(Q2, Answers(unknown)).Length);
    }
}
