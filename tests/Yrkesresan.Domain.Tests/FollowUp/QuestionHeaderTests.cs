using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Domain.Tests.FollowUp;

/// <summary>
/// GOAL-4: a question's column is found by its label, whether the header is "(label) question text", as
/// Moodle's and Totara's feedback export writes it, or the label alone; white space around it and case are
/// ignored, anything else is not.
/// </summary>
public class QuestionHeaderTests
{
    [Theory]
    [Rule("GOAL-4")]
    [InlineData("(q1a) Jag känner mig stärkt i yrkesrollen")]
    [InlineData("q1a")]
    [InlineData(" (q1a)text")]
    [InlineData("(q1a)")]
    [InlineData("( q1a ) Jag känner mig stärkt")]
    [InlineData("(Q1A) Jag känner mig stärkt")]
    [InlineData("  Q1a\t")]
    [InlineData("\u00a0(q1a) med hårt blanksteg")]
    [InlineData("(q1a) text (med parentes)")]
    public void A_header_of_the_label_in_parentheses_or_the_label_alone_is_the_question(string header)
    {
        Assert.True(QuestionHeader.Matches(header, "q1a"));
        Assert.True(QuestionHeader.Matches(header, " Q1A "));
        Assert.Equal("q1a", QuestionHeader.LabelOf(header), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [Rule("GOAL-4")]
    [InlineData("q1a Jag känner mig stärkt")]
    [InlineData("(q1ab) Jag känner mig stärkt")]
    [InlineData("(q1) a")]
    [InlineData("q 1a")]
    [InlineData("(q1a")]
    [InlineData("Jag känner mig stärkt (q1a)")]
    [InlineData("x(q1a) text")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("(q1b) q1a")]
    public void Any_other_header_is_not_the_question(string header)
    {
        Assert.False(QuestionHeader.Matches(header, "q1a"));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void A_blank_label_matches_no_header_not_even_a_blank_one()
    {
        Assert.False(QuestionHeader.Matches("", ""));
        Assert.False(QuestionHeader.Matches("()", " "));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void The_label_of_a_header_is_what_its_parentheses_hold_or_the_whole_header()
    {
        Assert.Equal("q2", QuestionHeader.LabelOf(" (q2) Hur nöjd är du?"));
        Assert.Equal("Svarsnummer", QuestionHeader.LabelOf("Svarsnummer "));
        Assert.Equal("(q2", QuestionHeader.LabelOf("(q2"));
        Assert.Equal(string.Empty, QuestionHeader.LabelOf("() tomt"));
        Assert.Equal("D", new AnswerColumn(4, "(q2) x").Letters);
        Assert.Equal("q2", new AnswerColumn(4, "(q2) x").Label);
        Assert.Equal(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"], new[] { 1, 26, 27, 52, 53, 702, 703 }.Select(n => new AnswerColumn(n, "x").Letters));
    }

    [Fact]
    [Rule("GOAL-4")]
    public void The_answers_find_a_question_s_columns_by_label()
    {
        var answers = new SurveyAnswers(
            "svar.csv",
            CellReferenceStyle.ColumnNumber,
            [new AnswerColumn(1, "Svarsnummer"), new AnswerColumn(2, "(q1a) Stärkt?"), new AnswerColumn(3, "(q1b) Säker?"), new AnswerColumn(5, "Q1A")],
            []);
        Assert.Equal([2, 5], answers.ColumnsOf("q1a").Select(c => c.Number));
        Assert.Equal([3], answers.ColumnsOf("q1b").Select(c => c.Number));
        Assert.Empty(answers.ColumnsOf("q1c"));
    }
}
