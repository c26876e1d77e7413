using NodaTime;
using Reqnroll;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>
/// Career steps and eligibility (STEP-1 to STEP-8): a person, a day, and the decision
/// <see cref="Eligibility.Decide(Person, Yrkesresan.Domain.Regions.Region, LocalDate)"/> gives.
/// </summary>
[Binding]
public sealed class CareerSteps(RegionContext regions)
{
    private EligibilityPolicy? policy;
    private Person? person;
    private EligibilityDecision? decision;

    private EligibilityDecision Decision => decision ?? throw new InvalidOperationException("No decision has been made yet: add a step 'När behörigheten prövas ...'.");

    [Given("den nationella grundpolicyn")]
    public void GivenTheNationalPolicy() => policy = EligibilityPolicy.National;

    [Given(@"^en socialsekreterare i (.+), anställd av (.+), i yrket (.+)$")]
    public void GivenASocialSecretary(string area, string employer, string periods) =>
        person = new Person(Role.Socialsekreterare, Employer(employer), History(periods), WorkAreaOf(area));

    [Given(@"^en person med rollen (.+), arbetsområde (.+), anställd av (.+), i yrket (.+)$")]
    public void GivenAPerson(string role, string area, string employer, string periods) =>
        person = new Person(Swedish.Named<Role>(role), Employer(employer), History(periods), WorkAreaOf(area));

    [When(@"^behörigheten prövas (\S+)$")]
    public void WhenDecided(string asOf)
    {
        Person who = person ?? throw new InvalidOperationException("No person has been given.");
        decision = policy is null
            ? Eligibility.Decide(who, regions.Region, Swedish.Date(asOf))
            : Eligibility.Decide(who, policy, Swedish.Date(asOf));
    }

    [Then(@"^blir beslutet (.+)$")]
    public void ThenTheDecisionIs(string expected)
    {
        const string eligible = "behörig till ";
        if (expected.StartsWith(eligible, StringComparison.Ordinal))
        {
            Assert.True(Decision.IsEligible, Decision.Explain());
            Assert.Equal(Swedish.Named<CareerStep>(expected[eligible.Length..]), Decision.Step);
        }
        else
        {
            Assert.Equal("inte behörig", expected);
            Assert.False(Decision.IsEligible);
            Assert.Null(Decision.Step);
        }
    }

    [Then(@"^personen har (\d+) fullgjorda år i yrket$")]
    public void ThenCompletedYears(int years) => Assert.Equal(years, Decision.CompletedYears);

    [Then(@"^nästa steg är (.+)$")]
    public void ThenTheNextStep(string expected)
    {
        if (Swedish.IsNothing(expected))
        {
            Assert.Null(Decision.NextStep);
            Assert.Null(Decision.NextStepDate);
            return;
        }

        string[] parts = expected.Split(" från ");
        Assert.Equal(Swedish.Named<CareerStep>(parts[0]), Decision.NextStep);
        Assert.Equal(Swedish.Date(parts[1]), Decision.NextStepDate);
    }

    [Then(@"^skälen är (.+)$")]
    public void ThenTheReasons(string reasons) =>
        Assert.Equal(Swedish.List(reasons), Decision.Reasons.Select(r => r.Code.DisplayName));

    [Then("säger beslutet:")]
    public void ThenTheDecisionSays(DataTable table)
    {
        foreach (DataTableRow row in table.Rows)
        {
            string value = row["värde"];
            switch (row["uppgift"])
            {
                case "behörig": Assert.Equal(Swedish.YesNo(value), Decision.IsEligible); break;
                case "steg": Assert.Equal(Swedish.IsNothing(value) ? null : Swedish.Named<CareerStep>(value), Decision.Step); break;
                case "fullgjorda år": Assert.Equal((int)Swedish.Integer(value), Decision.CompletedYears); break;
                case "nästa steg": Assert.Equal(Swedish.IsNothing(value) ? null : Swedish.Named<CareerStep>(value), Decision.NextStep); break;
                case "nästa steg börjar": Assert.Equal(Swedish.DateOrNothing(value), Decision.NextStepDate); break;
                case "öppet i regionen": Assert.Equal(Swedish.YesNo(value), Decision.IsOpenInRegion); break;
                case "sammanfattning": Assert.Equal(value, Decision.ToString().Split('\n')[0]); break;
                default: throw new ArgumentException($"Unknown item '{row["uppgift"]}'");
            }
        }
    }

    [Then("ges skälen, med kod och text:")]
    public void ThenTheReasonsWithCodeAndText(DataTable table) =>
        Assert.Equal(
            table.Rows.Select(r => (r["kod"], r["skäl"], r["text"])),
            Decision.Reasons.Select(r => (r.Code.Code, r.Code.DisplayName, r.Message)));

    [Then(@"^är steget i regionen (.+)$")]
    public void ThenTheStepInTheRegion(string expected)
    {
        const string open = "öppet sedan ";
        const string notYet = "inte öppet än; det öppnar ";
        if (expected.StartsWith(open, StringComparison.Ordinal))
        {
            Assert.True(Decision.IsOpenInRegion);
            Assert.Equal(Swedish.Date(expected[open.Length..]), Decision.StepOpening);
        }
        else
        {
            Assert.StartsWith(notYet, expected, StringComparison.Ordinal);
            Assert.False(Decision.IsOpenInRegion);
            Assert.Equal(Swedish.Date(expected[notYet.Length..]), Decision.StepOpening);
        }
    }

    [Then("finns dessa steg, i denna ordning:")]
    public static void ThenTheseStepsExist(DataTable table) =>
        Assert.Equal(
            table.Rows.Select(r => (r["nummer"], r["steg"], r["fullgjorda år i yrket"])),
            CareerStep.List.OrderBy(s => s.Value).Select(s => (s.Value.ToString(Culture.Swedish), s.DisplayName, YearsOf(s))));

    [Then(@"^öppnar stegen i regionen:$")]
    public void ThenTheStepsOpen(DataTable table)
    {
        EligibilityPolicy inForce = policy ?? regions.Region.EligibilityOn(new LocalDate(2023, 12, 31));
        foreach (DataTableRow row in table.Rows)
        {
            LocalDate? expected = Swedish.DateOrNothing(row["öppnar"]);
            LocalDate? actual = row["steg"] == "utbildare" ? inForce.TrainerOpening : inForce.OpeningOf(Swedish.Named<CareerStep>(row["steg"]));
            Assert.Equal(expected, actual);
        }
    }

    [Then(@"^hör arbetsområdena (.+) till målgruppen$")]
    public void ThenTheTargetGroupsWorkAreas(string areas)
    {
        EligibilityPolicy inForce = policy ?? regions.Region.EligibilityOn(new LocalDate(2023, 12, 31));
        Assert.Equal(Swedish.List(areas).Select(Swedish.Named<WorkArea>), inForce.WorkAreas);
    }

    private static string YearsOf(CareerStep step) => step switch
    {
        { IsByYears: false } => "oavsett år",
        { MaxCompletedYearsExclusive: null } => $"{step.MinCompletedYears} eller fler",
        _ => $"{step.MinCompletedYears} till {step.MaxCompletedYearsExclusive}",
    };

    private static EmployerKind Employer(string text) =>
        text.Contains("kommun", StringComparison.Ordinal) ? EmployerKind.Kommun
        : text.Contains("annan", StringComparison.Ordinal) ? EmployerKind.Annan
        : throw new FormatException($"'{text}': write 'en kommun' or 'en annan arbetsgivare'");

    private static PersonWorkArea WorkAreaOf(string text)
    {
        if (Swedish.IsNothing(text))
        {
            return PersonWorkArea.None;
        }

        WorkArea? known = WorkArea.List.FirstOrDefault(a => Swedish.Same(a.DisplayName, text) || Swedish.Same(a.Code, text));
        return known is null ? PersonWorkArea.Other(text.Trim()) : PersonWorkArea.Of(known);
    }

    /// <summary>Periods in the profession: <c>sedan 2022-03-01</c>, <c>2019-03-01 till 2022-05-31</c>, joined by commas and <c>och</c>.</summary>
    private static ProfessionalHistory History(string text) =>
        new(Swedish.List(text).Select(period =>
        {
            string p = period.StartsWith("sedan ", StringComparison.Ordinal) ? period["sedan ".Length..] : period;
            string[] ends = p.Split(" till ");
            return ends.Length == 1
                ? new ProfessionPeriod(Swedish.Date(ends[0]))
                : new ProfessionPeriod(Swedish.Date(ends[0]), Swedish.Date(ends[1]));
        }));
}
