using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Domain.Tests.FollowUp.Surveys;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.FollowUp;

/// <summary>
/// The follow-up's argument guards (decision 0021), beside <see cref="ArgumentGuardTests"/>: a programming
/// error is refused at once with the documented exception, the parameter's name and the message. A
/// region's bad plan or a file's bad answers are data problems, tested under GOAL-3 and GOAL-4.
/// </summary>
public class FollowUpArgumentGuardTests
{
    private const string NullMessage = "Value cannot be null.";

    // Properties, not static fields: xunit reads Calls when it discovers the tests, and a static field would build
    // these (and parse the Norrbotten file) outside any test, which makes mutation testing run every test for every
    // mutant of that code.
    private static Region Norrbotten => global::Yrkesresan.Domain.Regions.Norrbotten.Region;
    private static FollowUpPlan Q2 => Plan(false, SatisfactionGoal("2", "q2"));
    private static SurveyAnswers NoAnswers => Answers();
    private static SurveyMeasure Measure => (SurveyMeasure)Q2.Goals[0].Measure;

    private static readonly Dictionary<string, (Type Type, Func<object?> Call, string Parameter, string Message)> Cases = new()
    {
        ["new SurveyMeasure(roles: null)"] = Null(() => new SurveyMeasure(null!, "q", [], [], []), "roles"),
        ["new SurveyMeasure(roles: [null])"] = Invalid(() => new SurveyMeasure([null!], "q", [], [], []), "roles", "The list must not contain null."),
        ["new SurveyMeasure(question: null)"] = Null(() => new SurveyMeasure([], null!, [], [], []), "question"),
        ["new SurveyMeasure(positive: null)"] = Null(() => new SurveyMeasure([], "q", null!, [], []), "positive"),
        ["new SurveyMeasure(notPositive: [null])"] = Invalid(() => new SurveyMeasure([], "q", [], [null!], []), "notPositive", "The list must not contain null."),
        ["new SurveyMeasure(notCounted: null)"] = Null(() => new SurveyMeasure([], "q", [], [], null!), "notCounted"),
        ["SurveyMeasure.Counts(null)"] = Null(() => Measure.Counts(null!), "role"),
        ["SurveyMeasure.ClassOf(null)"] = Null(() => Measure.ClassOf(null!), "answer"),
        ["new EffectGoal(id: null)"] = Null(() => new EffectGoal(null!, "t", LedgerMeasure.Trainers), "id"),
        ["new EffectGoal(text: null)"] = Null(() => new EffectGoal("1", null!, LedgerMeasure.Trainers), "text"),
        ["new EffectGoal(measure: null)"] = Null(() => new EffectGoal("1", "t", null!), "measure"),
        ["new RoleQuestion(label: null)"] = Null(() => new RoleQuestion(null!, []), "label"),
        ["new RoleQuestion(options: null)"] = Null(() => new RoleQuestion("roll", null!), "options"),
        ["new RoleQuestion(options: [null])"] = Invalid(() => new RoleQuestion("roll", [null!]), "options", "The list must not contain null."),
        ["new RoleQuestion(options: [answer null])"] = Invalid(() => new RoleQuestion("roll", [new RoleOption(null!, Role.Chef)]), "options", "An option needs its answer text."),
        ["new MunicipalityQuestion(null)"] = Null(() => new MunicipalityQuestion(null!), "label"),
        ["new FollowUpPlan(roleQuestion: null)"] = Null(() => new FollowUpPlan(null!, []), "roleQuestion"),
        ["new FollowUpPlan(goals: null)"] = Null(() => new FollowUpPlan(Roll, null!), "goals"),
        ["new FollowUpPlan(goals: [null])"] = Invalid(() => new FollowUpPlan(Roll, [null!]), "goals", "The list must not contain null."),
        ["FollowUpPlan.GoalWith(null)"] = Null(() => Q2.GoalWith(null!), "id"),
        ["QuestionHeader.LabelOf(null)"] = Null(() => QuestionHeader.LabelOf(null!), "header"),
        ["QuestionHeader.Matches(null, label)"] = Null(() => QuestionHeader.Matches(null!, "q"), "header"),
        ["QuestionHeader.Matches(header, null)"] = Null(() => QuestionHeader.Matches("q", null!), "label"),
        ["new AnswerColumn(0, header)"] = OutOfRange(() => new AnswerColumn(0, "h"), "number", "A column's number counts from 1."),
        ["new AnswerColumn(1, null)"] = Null(() => new AnswerColumn(1, null!), "header"),
        ["new AnswerRow(0, cells)"] = OutOfRange(() => new AnswerRow(0, []), "number", "A row's number counts from 1."),
        ["new AnswerRow(1, null)"] = Null(() => new AnswerRow(1, null!), "cells"),
        ["AnswerRow.CellOf(null)"] = Null(() => new AnswerRow(1, []).CellOf(null!), "column"),
        ["new SurveyAnswers(file: \" \")"] = Invalid(() => new SurveyAnswers(" ", CellReferenceStyle.ColumnNumber, [], []), "file", "The answers need the name of their file, for problems."),
        ["new SurveyAnswers(style: 0)"] = Invalid(() => new SurveyAnswers("f", 0, [], []), "style", "A cell reference style is one of the enumeration's values."),
        ["new SurveyAnswers(columns: null)"] = Null(() => new SurveyAnswers("f", CellReferenceStyle.ColumnNumber, null!, []), "columns"),
        ["new SurveyAnswers(columns: two of number 1)"] = Invalid(() => new SurveyAnswers("f", CellReferenceStyle.ColumnNumber, [new AnswerColumn(1, "a"), new AnswerColumn(1, "b")], []), "columns", "Each column has its own number."),
        ["new SurveyAnswers(rows: [null])"] = Invalid(() => new SurveyAnswers("f", CellReferenceStyle.ColumnNumber, [], [null!]), "rows", "The list must not contain null."),
        ["new SurveyAnswers(headerRow: 0)"] = OutOfRange(() => new SurveyAnswers("f", CellReferenceStyle.ColumnNumber, [], [], 0), "headerRow", "The header's row number counts from 1."),
        ["new SurveyAnswers(sheet: \" \")"] = Invalid(() => new SurveyAnswers("f", CellReferenceStyle.SpreadsheetCell, [], [], 1, " "), "sheet", "A sheet has a name."),
        ["new SurveyAnswers(sheet with column numbers)"] = Invalid(() => new SurveyAnswers("f", CellReferenceStyle.ColumnNumber, [], [], 1, "Svar"), "sheet", "A sheet goes with spreadsheet cell references."),
        ["SurveyAnswers.ColumnsOf(null)"] = Null(() => NoAnswers.ColumnsOf(null!), "label"),
        ["new ExactShare(0, 0)"] = OutOfRange(() => new ExactShare(0, 0), "counted", "A share needs at least one counted answer."),
        ["new ExactShare(6, 5)"] = OutOfRange(() => new ExactShare(6, 5), "positive", "The positive answers are from 0 to the counted ones."),
        ["new ExactShare(-1, 5)"] = OutOfRange(() => new ExactShare(-1, 5), "positive", "The positive answers are from 0 to the counted ones."),
        ["ExactShare.Reaches(0)"] = OutOfRange(() => new ExactShare(1, 1).Reaches(0), "thresholdPercent", "A threshold is a whole percent from 1 to 100."),
        ["ExactShare.Reaches(101)"] = OutOfRange(() => new ExactShare(1, 1).Reaches(101), "thresholdPercent", "A threshold is a whole percent from 1 to 100."),
        ["WilsonInterval.AgainstThreshold(0)"] = OutOfRange(() => WilsonInterval.Of(new ExactShare(1, 1)).AgainstThreshold(0), "thresholdPercent", "A threshold is a whole percent from 1 to 100."),
        ["FollowUpEvaluation.Of(region: null)"] = Null(() => FollowUpEvaluation.Of(null!, Q2, 2023, NoAnswers), "region"),
        ["FollowUpEvaluation.Of(plan: null)"] = Null(() => FollowUpEvaluation.Of(Norrbotten, null!, 2023, NoAnswers), "plan"),
        ["FollowUpEvaluation.Of(year: 1899)"] = OutOfRange(() => FollowUpEvaluation.Of(Norrbotten, Q2, 1899, NoAnswers), "year", "A year is from 1900 to 9999."),
        ["FollowUpEvaluation.Of(answers: null)"] = Null(() => FollowUpEvaluation.Of(Norrbotten, Q2, 2023, null!), "answers"),
        ["FollowUpEvaluation.Of(ledger of another region)"] = Invalid(() => FollowUpEvaluation.Of(Norrbotten, Q2, 2023, NoAnswers, new Ledger(Testlan(), [])), "ledger", "The ledger must be of the region evaluated."),
        ["Region.FollowUpPlanIn(1899)"] = OutOfRange(() => Norrbotten.FollowUpPlanIn(1899), "year", "A year is from 1900 to 9999."),
        ["Region.FollowUpPlanIn(10000)"] = OutOfRange(() => Norrbotten.FollowUpPlanIn(10_000), "year", "A year is from 1900 to 9999."),
        ["FollowUpEvaluation.For(null)"] = Null(() => FollowUpEvaluation.Of(Norrbotten, Q2, 2023, NoAnswers).For(null!), "id"),
    };

    public static TheoryData<string> Calls => new(Cases.Keys);

    [Theory]
    [Trait("Contract", "Argument guards")]
    [MemberData(nameof(Calls))]
    public void Each_follow_up_guard_throws_the_documented_exception_naming_the_parameter_with_its_message(string call)
    {
        (Type type, Func<object?> run, string parameter, string message) = Cases[call];
        Exception thrown = Assert.Throws(type, run);
        var error = Assert.IsAssignableFrom<ArgumentException>(thrown);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message);
    }

    private static (Type, Func<object?>, string, string) Null(Func<object?> call, string parameter) => (typeof(ArgumentNullException), call, parameter, NullMessage);

    private static (Type, Func<object?>, string, string) Invalid(Func<object?> call, string parameter, string message) => (typeof(ArgumentException), call, parameter, message);

    private static (Type, Func<object?>, string, string) OutOfRange(Func<object?> call, string parameter, string message) => (typeof(ArgumentOutOfRangeException), call, parameter, message);
}
