using System.Globalization;
using NodaTime;
using Yrkesresan.Cli.Answers;
using Yrkesresan.Cli.Reports;
using Yrkesresan.Cli.Tests.Support;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Calendar;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Reporting;

namespace Yrkesresan.Cli.Tests.Reports;

/// <summary>
/// What the report tests report on: the example ledger of Norrbotten and the example survey's answers, evaluated
/// against the built-in region's plan; Västra Götaland's 49 municipalities (county 14 of SCB's list) with a busy year
/// generated here; Norrbotten's seven goals as a plan built in code without short texts (so the first page shows each
/// goal's full text, its longest) and survey answers built in code through the library's <see cref="SurveyAnswers"/>.
/// </summary>
internal static class ReportData
{
    /// <summary>The day the tests' reports are written.</summary>
    public static readonly LocalDate Written = new(2024, 1, 15);

    /// <summary>The example ledger, <c>docs/examples/norrbotten-2023-ledger.json</c>.</summary>
    public static string ExampleLedgerPath => Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json");

    /// <summary>The example ledger, read against the built-in Norrbotten.</summary>
    public static Ledger ExampleLedger() => LedgerFile.Read(ExampleLedgerPath, Norrbotten.Region).Ledger;

    /// <summary>The example survey's answers, <c>docs/examples/norrbotten-2023-answers.csv</c>.</summary>
    public static string ExampleAnswersPath => Repository.PathOf("docs", "examples", "norrbotten-2023-answers.csv");

    /// <summary>
    /// The follow-up of the example year as the library evaluates it: the example answers read as exported (the tool's
    /// CSV reader) against the built-in Norrbotten's plan of 2023, with the ledger for the goals measured from it.
    /// </summary>
    public static FollowUpEvaluation ExampleFollowUp(Ledger ledger)
    {
        AnswersRead read = new CsvAnswersReader().Read(File.ReadAllBytes(ExampleAnswersPath), ExampleAnswersPath);
        Assert.Empty(read.Problems);
        return FollowUpEvaluation.Of(ledger.Region, ledger.Region.FollowUpPlanIn(2023), 2023, read.Answers!, ledger);
    }

    /// <summary>Writes a report as <c>report --format html|md [--lang]</c> would, without the tool's files.</summary>
    public static string Write(AnnualReport report, ReportFormat format = ReportFormat.Html, bool english = false)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        if (english)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        }

        try
        {
            return ReportAction.Write(report, new ReportRequest("ledger.json", report.Year, null, format, LanguageGiven: english, Written));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The role question of the plans: <c>roll</c>.</summary>
    private static readonly RoleQuestion Roll = new(
        "roll",
        [
            new RoleOption("Socialsekreterare", Role.Socialsekreterare),
            new RoleOption("Arbetsledare", Role.Arbetsledare),
            new RoleOption("Chef", Role.Chef),
            new RoleOption("Annan", null),
        ]);

    private static readonly string[] Agree = ["Instämmer helt", "Instämmer till stor del"];
    private static readonly string[] DoNotAgree = ["Instämmer till viss del", "Instämmer inte alls"];
    private static readonly string[] Satisfied = ["Mycket nöjd", "Nöjd"];
    private static readonly string[] NotSatisfied = ["Varken eller", "Missnöjd", "Mycket missnöjd"];
    private static readonly string[] DoNotKnow = ["Vet ej"];
    private static readonly Role[] Staff = [Role.Socialsekreterare, Role.Arbetsledare, Role.Chef];
    private static readonly Role[] Managers = [Role.Arbetsledare, Role.Chef];

    /// <summary>Norrbotten's seven goals as its plan writes them (PP §2.4), with 1a-1d, and the municipality question.</summary>
    public static FollowUpPlan NorrbottenPlan() => new(
        Roll,
        [
            Staffs("1a", "känna sig stärkt i yrkesrollen.", "q1a"),
            Staffs("1b", "känna sig mer säker på att hitta information för att genomföra sina arbetsuppgifter.", "q1b"),
            Staffs("1c", "känna sig bättre rustad för att arbeta inom området.", "q1c"),
            Staffs("1d", "handlägga, dokumentera och samverka utifrån gällande regelverk.", "q1d"),
            new("2", "Att minst 80 % av socialsekreterare, arbetsledare och chefer är nöjda eller mycket nöjda med de kurser som de deltagit i.", new SurveyMeasure(Staff, "q2", Satisfied, NotSatisfied, DoNotKnow)),
            new("3", "Att minst 80 % av arbetsledare och chefer ska tycka att Yrkesresan Barn och unga är ett stöd i introduktion av ny personal.", new SurveyMeasure(Managers, "q3", Agree, DoNotAgree, DoNotKnow)),
            new("4", "Att minst 80 % av arbetsledare och chefer ska tycka att Yrkesresan underlättar vid planering av kompetenshöjande insatser.", new SurveyMeasure(Managers, "q4", Agree, DoNotAgree, DoNotKnow)),
            new("5", "Att minst 80 % av arbetsledare och chefer ska vara nöjda eller mycket nöjda med det stöd som erbjuds dem i sin roll.", new SurveyMeasure(Managers, "q5", Satisfied, NotSatisfied, DoNotKnow)),
            new("6", "Att Yrkesresan erbjudit en möjlighet för erfaren personal i kommunerna att utvecklas i yrket genom uppdraget att bli utbildare.", LedgerMeasure.Trainers),
            new("7", "Att Yrkesresan blir tillgänglig för samtliga kommuner i länet.", LedgerMeasure.Availability),
        ],
        new MunicipalityQuestion("kommun"));

    /// <summary>The headers of a survey export with every question of <see cref="NorrbottenPlan"/>, and a name column that is never read.</summary>
    private static readonly string[] Headers =
        ["Svarsnummer", "Namn", "(roll) Vilken roll har du?", "(kommun) I vilken kommun arbetar du?", "(q1a) a", "(q1b) b", "(q1c) c", "(q1d) d", "(q2) Nöjd?", "(q3) Stöd?", "(q4) Planering?", "(q5) Stöd i rollen?"];

    /// <summary>
    /// Twelve responses about Norrbotten's 2023: six social secretaries of Luleå who agree fully and are satisfied,
    /// two of Kiruna who do not agree at all and are dissatisfied, three managers of Piteå (very satisfied, a support
    /// for new staff, do not know about planning, satisfied with their support), one supervisor who did not say where.
    /// So 1a-1d are 6/8, 2 is 10/12, 3 is 3/4, 4 has no counted answer, 5 is 4/4.
    /// </summary>
    public static SurveyAnswers NorrbottenAnswers() => Answers(
        "svar-2023.csv",
        [
            .. Enumerable.Repeat<string?[]>(["Anna", "Socialsekreterare", "Luleå", "Instämmer helt", "Instämmer helt", "Instämmer helt", "Instämmer helt", "Nöjd", null, null, null], 6),
            .. Enumerable.Repeat<string?[]>(["Bo", "Socialsekreterare", "Kiruna", "Instämmer inte alls", "Instämmer inte alls", "Instämmer inte alls", "Instämmer inte alls", "Missnöjd", null, null, null], 2),
            .. Enumerable.Repeat<string?[]>(["Cilla", "Chef", "Piteå", null, null, null, null, "Mycket nöjd", "Instämmer till stor del", "Vet ej", "Nöjd"], 3),
            ["Dan", "Arbetsledare", null, null, null, null, null, "Nöjd", "Instämmer inte alls", null, "Nöjd"],
        ]);

    /// <summary>Västra Götaland, county 14: its 49 municipalities from SCB's list, 3 500 000 kr a year from 2021, Norrbotten's fee schedule and catalogue.</summary>
    public static Region VastraGotaland()
    {
        Municipality[] municipalities =
        [
            .. File.ReadLines(TestData.ScbNational).Skip(1)
                .Select(line => line.Split(','))
                .Where(cells => cells[0].StartsWith("14", StringComparison.Ordinal))
                .Select(cells => new Municipality(MunicipalityCode.Parse(cells[0]), cells[1], long.Parse(cells[3], CultureInfo.InvariantCulture))),
        ];
        return new Region(
            "Västra Götaland",
            municipalities,
            [new FixedCostPeriod(2021, Sek.FromKronor(3_500_000))],
            feeSchedules: Norrbotten.Region.FeeSchedules,
            catalogue: Norrbotten.Region.Catalogue);
    }

    /// <summary>
    /// A busy 2023 of a region: 160 occasions on working days through the year, of the catalogue's two one-day courses
    /// and of a two-day course outside it, on site or digital, each with three to seven registrations of one to eight
    /// participants and one or two trainers (now and then an external one), some with their own venue amount or a
    /// waived fee; the last five municipalities register nobody. Drawn from a fixed seed, so every run is the same.
    /// </summary>
    public static Ledger BusyYear(Region region)
    {
        var random = new Random(15);
        LocalDate[] workingDays = [.. Enumerable.Range(0, 365).Select(d => new LocalDate(2023, 1, 2).PlusDays(d)).Where(SwedishCalendar.IsWorkingDay).Where(d => d.Year == 2023)];
        MunicipalityCode[] registering = [.. region.Municipalities.Take(region.Municipalities.Length - 5).Select(m => m.Code)];
        var occasions = new List<CourseOccasion>();
        for (int i = 0; i < 160; i++)
        {
            int kind = i % 3;
            string course = kind switch { 0 => "handlaggning-med-barnet-i-centrum", 1 => "samtal-och-delaktighet", _ => "fordjupning" };
            int first = random.Next(workingDays.Length - 1);
            OccasionDay[] days = kind == 2
                ? [new(workingDays[first], DeliveryMode.OnSite), new(workingDays[first + 1], DeliveryMode.Digital)]
                : [new(workingDays[first], random.Next(4) == 0 ? DeliveryMode.Digital : DeliveryMode.OnSite)];
            ParticipantRegistration[] participants =
            [
                .. Enumerable.Range(0, random.Next(3, 8)).Select(_ => new ParticipantRegistration(registering[random.Next(registering.Length)], random.Next(1, 9))),
            ];
            TrainerAssignment[] trainers =
            [
                new(registering[random.Next(registering.Length)]),
                .. random.Next(3) == 0 ? [new TrainerAssignment(random.Next(2) == 0 ? null : registering[random.Next(registering.Length)], [days[0].Date])] : Array.Empty<TrainerAssignment>(),
            ];
            occasions.Add(new CourseOccasion(
                string.Create(CultureInfo.InvariantCulture, $"2023-{i + 1:000}"),
                course,
                days,
                participants,
                trainers,
                venueFee: random.Next(10) == 0 ? Sek.FromKronor(600) : null,
                waivesFee: random.Next(25) == 0));
        }

        return new Ledger(region, occasions);
    }

    /// <summary>
    /// 400 responses from a region's municipalities (all but the last five, and now and then one who did not say),
    /// each role and answer drawn from a fixed seed, so the goals come out met, not met and in between.
    /// </summary>
    public static SurveyAnswers BusyAnswers(Region region)
    {
        var random = new Random(1415);
        string[] names = [.. region.Municipalities.Take(region.Municipalities.Length - 5).Select(m => m.Name)];
        string[] roles = ["Socialsekreterare", "Socialsekreterare", "Socialsekreterare", "Arbetsledare", "Chef", "Annan"];
        string?[] agreement = ["Instämmer helt", "Instämmer helt", "Instämmer till stor del", "Instämmer till stor del", "Instämmer till stor del", "Instämmer till viss del", "Instämmer inte alls", "Vet ej", null];
        string?[] satisfaction = ["Mycket nöjd", "Nöjd", "Nöjd", "Nöjd", "Nöjd", "Varken eller", "Missnöjd", "Vet ej"];
        string? Pick(string?[] options) => options[random.Next(options.Length)];
        return Answers(
            "svar-vg-2023.csv",
            [
                .. Enumerable.Range(0, 400).Select(i =>
                {
                    string role = roles[random.Next(roles.Length)];
                    bool staff = role == "Socialsekreterare";
                    return new string?[]
                    {
                        "Namn " + i.ToString(CultureInfo.InvariantCulture),
                        role,
                        random.Next(20) == 0 ? null : names[random.Next(names.Length)],
                        staff ? Pick(agreement) : null,
                        staff ? Pick(agreement) : null,
                        staff ? Pick(agreement) : null,
                        staff ? Pick(agreement) : null,
                        Pick(satisfaction),
                        staff ? null : Pick(agreement),
                        staff ? null : Pick(agreement),
                        staff ? null : Pick(satisfaction),
                    };
                }),
            ]);
    }

    private static EffectGoal Staffs(string id, string text, string question) =>
        new(id, "Att minst 80 % av socialsekreterarna tycker att Yrkesresan Barn och unga har gjort nytta för dem när det gäller att " + text, new SurveyMeasure([Role.Socialsekreterare], question, Agree, DoNotAgree, DoNotKnow));

    private static SurveyAnswers Answers(string file, string?[][] rows) => new(
        file,
        CellReferenceStyle.ColumnNumber,
        Headers.Select((h, i) => new AnswerColumn(i + 1, h)),
        rows.Select((r, i) => new AnswerRow(i + 2, [(i + 1).ToString(CultureInfo.InvariantCulture), .. r])));
}
