using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Reporting;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests.Reporting;

/// <summary>
/// The annual report's argument guards (decision 0021), beside <see cref="ArgumentGuardTests"/>: a programming
/// error is refused at once with the documented exception, the parameter's name and the message.
/// </summary>
public class ReportArgumentGuardTests
{
    // A property, not a static field: xunit reads Calls when it discovers the tests, and a static field would build
    // the ledger outside any test, which makes mutation testing run every test for every mutant of that code.
    private static Ledger ALedger => NorrbottenLedger(Occasion("o", [OnSite("2023-03-14")], [P("2580", 1)]));

    private static readonly Dictionary<string, (Type Type, Func<object?> Call, string Parameter, string Message)> Cases = new()
    {
        ["AnnualReport.Of(null, 2023)"] = (typeof(ArgumentNullException), () => AnnualReport.Of(null!, 2023), "ledger", "Value cannot be null."),
        ["AnnualReport.Of(ledger, 10000)"] = (typeof(ArgumentOutOfRangeException), () => AnnualReport.Of(ALedger, 10_000), "year", "A year is from 1900 to 9999."),
        ["AnnualReport.Of(ledger, 2023, follow-up of another region)"] = (typeof(ArgumentException), () => AnnualReport.Of(ALedger, 2023, Evaluation(new Ledger(Testlan(), []), 2023)), "followUp", "The follow-up must be of the ledger's region."),
        ["AnnualReport.Of(ledger, 2023, follow-up of 2022)"] = (typeof(ArgumentException), () => AnnualReport.Of(ALedger, 2023, Evaluation(ALedger, 2022)), "followUp", "The follow-up must be of the year reported."),
    };

    public static TheoryData<string> Calls => new(Cases.Keys);

    [Theory]
    [Trait("Contract", "Argument guards")]
    [MemberData(nameof(Calls))]
    public void Each_report_guard_throws_the_documented_exception_naming_the_parameter_with_its_message(string call)
    {
        (Type type, Func<object?> run, string parameter, string message) = Cases[call];
        Exception thrown = Assert.Throws(type, run);
        var error = Assert.IsAssignableFrom<ArgumentException>(thrown);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message);
    }

    private static FollowUpEvaluation Evaluation(Ledger ledger, int year) =>
        FollowUpEvaluation.Of(ledger.Region, FollowUp.Surveys.Plan(false, FollowUp.Surveys.SatisfactionGoal("2", "q2")), year, FollowUp.Surveys.Answers(), ledger);
}
