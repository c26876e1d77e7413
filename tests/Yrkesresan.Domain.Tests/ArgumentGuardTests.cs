using NodaTime;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Settlement;
using static Yrkesresan.Domain.Tests.Support.Occasions;

namespace Yrkesresan.Domain.Tests;

/// <summary>
/// The library's argument guards (decision 0021): a programming error, such as a null argument or a
/// negative amount passed by code, is refused at once with the exception its XML docs name, the
/// parameter's name as <see cref="ArgumentException.ParamName"/>, and the message: .NET's own for a
/// null, the library's where it gives one. A region's or a ledger's bad data is not a guard's: it is
/// reported as data problems (<see cref="RegionDataException"/>, <see cref="AllocationInputException"/>,
/// <see cref="DataFileException"/>) and tested under its rule.
/// </summary>
public class ArgumentGuardTests
{
    /// <summary>What .NET says of a null argument, before the parameter's name.</summary>
    private const string NullMessage = "Value cannot be null.";

    // Properties, not static fields: xunit reads Calls when it discovers the tests, and a static field would build
    // these (and parse the Norrbotten file) outside any test, which makes mutation testing run every test for every
    // mutant of that code.
    private static Region Norrbotten => global::Yrkesresan.Domain.Regions.Norrbotten.Region;
    private static LocalDate Day => new(2023, 3, 14);
    private static Person Person => new(Role.Socialsekreterare, EmployerKind.Kommun, new ProfessionalHistory(new ProfessionPeriod(new LocalDate(2019, 1, 1))));
    private static EligibilityPolicy Policy => EligibilityPolicy.National;
    private static CourseOccasion AnOccasion => Occasion("o", [OnSite("2023-03-14")], [P("2580", 1)]);
    private static Ledger ALedger => NorrbottenLedger(AnOccasion);
    private static Municipality Lulea => Norrbotten.Municipalities.Single(m => m.Name == "Luleå");
    private static FeeSchedule Schedule => Norrbotten.FeeScheduleOn(Day);
    private static string ExistingFile => typeof(ArgumentGuardTests).Assembly.Location;

    /// <summary>Every public guard of the library, by the call that trips it.</summary>
    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Allocation
        ["new AllocationInputException(null)"] = Null(() => new AllocationInputException(null!), "problems"),
        ["new AllocationInputException([])"] = Invalid(() => new AllocationInputException([]), "problems", "An allocation input exception needs at least one problem."),
        ["FixedCostAllocation.ForYear(null, 2023)"] = Null(() => FixedCostAllocation.ForYear(null!, 2023), "region"),
        ["FixedCostAllocation.Share(null, 0 kr)"] = Null(() => FixedCostAllocation.Share(null!, Sek.Zero), "municipalities"),
        ["FixedCostAllocation.Share([Luleå, null], 0 kr)"] = Invalid(() => FixedCostAllocation.Share([Lulea, null!], Sek.Zero), "municipalities", "The municipalities to share among must not contain null."),
        ["new HalfUpWithResidualPolicy<string>(null)"] = Null(() => new HalfUpWithResidualPolicy<string>(null!), "residualParty"),
        ["RoundingPolicy.Allocate(100, (IEnumerable)null)"] = Null(() => new HalfUpWithResidualPolicy<string>("a").Allocate(100, (IEnumerable<WeightedParty<string>>)null!), "parties"),
        ["HalfYearSplit.Of(-1 kr)"] = OutOfRange(() => HalfYearSplit.Of(Sek.FromKronor(-1)), "annual", "An annual share to invoice must not be negative."),

        // Careers
        ["CodedValue.FromCode(null)"] = Null(() => Role.FromCode(null!), "code"),
        ["Eligibility.Decide(null, policy, day)"] = Null(() => Eligibility.Decide(null!, Policy, Day), "person"),
        ["Eligibility.Decide(person, (EligibilityPolicy)null, day)"] = Null(() => Eligibility.Decide(Person, (EligibilityPolicy)null!, Day), "policy"),
        ["Eligibility.Decide(null, region, day)"] = Null(() => Eligibility.Decide(null!, Norrbotten, Day), "person"),
        ["Eligibility.Decide(person, (Region)null, day)"] = Null(() => Eligibility.Decide(Person, (Region)null!, Day), "region"),
        ["new EligibilityPolicy(workAreas: null)"] = Null(() => new EligibilityPolicy(null!, [], [], new Dictionary<CareerStep, LocalDate?>()), "workAreas"),
        ["new EligibilityPolicy(excludedRoles: null)"] = Null(() => new EligibilityPolicy([], null!, [], new Dictionary<CareerStep, LocalDate?>()), "excludedRoles"),
        ["new EligibilityPolicy(excludedEmployers: null)"] = Null(() => new EligibilityPolicy([], [], null!, new Dictionary<CareerStep, LocalDate?>()), "excludedEmployers"),
        ["new EligibilityPolicy(stepOpenings: null)"] = Null(() => new EligibilityPolicy([], [], [], null!), "stepOpenings"),
        ["EligibilityPolicy.OpeningOf(null)"] = Null(() => Policy.OpeningOf(null!), "step"),
        ["EligibilityPolicy.IsOpen(null, day)"] = Null(() => Policy.IsOpen(null!, Day), "step"),
        ["EligibilityPolicy.IsInTargetGroup(null)"] = Null(() => Policy.IsInTargetGroup(null!), "area"),
        ["EligibilityPolicy.Excludes((Role)null)"] = Null(() => Policy.Excludes((Role)null!), "role"),
        ["EligibilityPolicy.Excludes((EmployerKind)null)"] = Null(() => Policy.Excludes((EmployerKind)null!), "employer"),
        ["new Person(role: null)"] = Null(() => new Person(null!, EmployerKind.Kommun, Person.History), "role"),
        ["new Person(employer: null)"] = Null(() => new Person(Role.Socialsekreterare, null!, Person.History), "employer"),
        ["new Person(history: null)"] = Null(() => new Person(Role.Socialsekreterare, EmployerKind.Kommun, null!), "history"),
        ["PersonWorkArea.Of(null)"] = Null(() => PersonWorkArea.Of(null!), "area"),
        ["PersonWorkArea.Other(null)"] = NullWith(() => PersonWorkArea.Other(null!), "word", "Another work area needs its word; it must not be blank."),
        ["PersonWorkArea.Other(\" \")"] = Invalid(() => PersonWorkArea.Other(" "), "word", "Another work area needs its word; it must not be blank."),
        ["new ProfessionalHistory((IEnumerable)null)"] = Null(() => new ProfessionalHistory((IEnumerable<ProfessionPeriod>)null!), "periods"),
        ["new ProfessionalHistory([])"] = Invalid(() => new ProfessionalHistory([]), "periods", "A professional history needs at least one period in the profession."),
        ["ProfessionPeriod.Parse(null)"] = Null(() => ProfessionPeriod.Parse(null!), "text"),

        // Courses
        ["new CourseCatalogue(null, [])"] = Null(() => new CourseCatalogue(null!, []), "courses"),
        ["new CourseCatalogue([], null)"] = Null(() => new CourseCatalogue([], null!), "routes"),
        ["CourseCatalogue.CourseWith(null)"] = Null(() => Norrbotten.Catalogue.CourseWith(null!), "id"),
        ["CourseCatalogue.TryGetCourse(null)"] = Null(() => Norrbotten.Catalogue.TryGetCourse(null!, out _), "id"),
        ["CourseCatalogue.RouteOf(null)"] = Null(() => Norrbotten.Catalogue.RouteOf(null!), "step"),
        ["CourseCatalogue.CourseDaysOf(null)"] = Null(() => Norrbotten.Catalogue.CourseDaysOf(null!), "route"),
        ["new Route(step, null)"] = Null(() => new Route(CareerStep.Ny, null!), "stops"),
        ["new CourseOccasion(days: null)"] = Null(() => new CourseOccasion("o", FreeCourse, null!, [], []), "days"),
        ["new CourseOccasion(participants: null)"] = Null(() => new CourseOccasion("o", FreeCourse, AnOccasion.Days, null!, []), "participants"),
        ["new CourseOccasion(trainers: null)"] = Null(() => new CourseOccasion("o", FreeCourse, AnOccasion.Days, [], null!), "trainers"),
        ["CourseOccasion.DatesTaughtBy(null)"] = Null(() => AnOccasion.DatesTaughtBy(null!), "trainer"),
        ["new Ledger(null, [])"] = Null(() => new Ledger(null!, []), "region"),
        ["new Ledger(region, null)"] = Null(() => new Ledger(Norrbotten, null!), "occasions"),
        ["Ledger.OccasionWith(null)"] = Null(() => ALedger.OccasionWith(null!), "id"),
        ["Ledger.TryGetOccasion(null)"] = Null(() => ALedger.TryGetOccasion(null!, out _), "id"),
        ["LedgerFile.Parse((string)null, file, region)"] = Null(() => LedgerFile.Parse((string)null!, "ledger.json", Norrbotten), "json"),
        ["LedgerFile.Parse(text, null, region)"] = Null(() => LedgerFile.Parse("{}", null!, Norrbotten), "fileName"),
        ["LedgerFile.Parse(text, file, null)"] = Null(() => LedgerFile.Parse("{}", "ledger.json", null!), "region"),
        ["LedgerFile.Parse(bytes, null, region)"] = Null(() => LedgerFile.Parse("{}"u8, null!, Norrbotten), "fileName"),
        ["LedgerFile.Parse(bytes, file, null)"] = Null(() => LedgerFile.Parse("{}"u8, "ledger.json", null!), "region"),
        ["LedgerFile.Read(null, region)"] = Null(() => LedgerFile.Read(null!, Norrbotten), "path"),
        ["LedgerFile.Read(a missing file, null)"] = Null(() => LedgerFile.Read("no-such-ledger.json", null!), "region"),
        ["LedgerFile.Load(null, region)"] = Null(() => LedgerFile.Load(null!, Norrbotten), "path"),
        ["LedgerFile.Load(a file, null)"] = Null(() => LedgerFile.Load(ExistingFile, null!), "region"),
        ["new DataFileException(null)"] = Null(() => new DataFileException(null!), "problems"),
        ["new DataFileException([])"] = Invalid(() => new DataFileException([]), "problems", "A data file exception needs at least one problem."),

        // Fees
        ["new FeeRate(null, 0 kr, true)"] = Null(() => new FeeRate(null!, Sek.Zero, true), "component"),
        ["new FeeSchedule(null)"] = Null(() => new FeeSchedule(null!), "rates"),
        ["FeeSchedule.RateOf(null)"] = Null(() => Schedule.RateOf(null!), "component"),
        ["FeeSchedule.AmountOf(null, mode)"] = Null(() => Schedule.AmountOf(null!, DeliveryMode.OnSite), "component"),
        ["FeeSchedule.AmountOf(component, null)"] = Null(() => Schedule.AmountOf(FeeComponent.Venue, null!), "mode"),
        ["FeeSchedule.AmountPerParticipantDay(null)"] = Null(() => Schedule.AmountPerParticipantDay(null!), "mode"),
        ["OccasionInvoice.For((Ledger)null, id)"] = Null(() => OccasionInvoice.For((Ledger)null!, "o"), "ledger"),
        ["OccasionInvoice.For(ledger, null)"] = Null(() => OccasionInvoice.For(ALedger, null!), "occasionId"),
        ["OccasionInvoice.For((CourseOccasion)null, region)"] = Null(() => OccasionInvoice.For((CourseOccasion)null!, Norrbotten), "occasion"),
        ["OccasionInvoice.For(occasion, null)"] = Null(() => OccasionInvoice.For(AnOccasion, null!), "region"),
        ["TrainerPot.Of(null, 2023)"] = Null(() => TrainerPot.Of(null!, 2023), "ledger"),
        ["VariableFee.UnitPrice(null, day, component, schedule)"] = Null(() => VariableFee.UnitPrice(null!, AnOccasion.Days[0], FeeComponent.Venue, Schedule), "occasion"),
        ["VariableFee.UnitPrice(occasion, null, component, schedule)"] = Null(() => VariableFee.UnitPrice(AnOccasion, null!, FeeComponent.Venue, Schedule), "day"),
        ["VariableFee.UnitPrice(occasion, day, null, schedule)"] = Null(() => VariableFee.UnitPrice(AnOccasion, AnOccasion.Days[0], null!, Schedule), "component"),
        ["VariableFee.UnitPrice(occasion, day, component, (FeeSchedule)null)"] = Null(() => VariableFee.UnitPrice(AnOccasion, AnOccasion.Days[0], FeeComponent.Venue, (FeeSchedule)null!), "schedule"),
        ["VariableFee.UnitPrice(null, day, component, region)"] = Null(() => VariableFee.UnitPrice(null!, AnOccasion.Days[0], FeeComponent.Venue, Norrbotten), "occasion"),
        ["VariableFee.UnitPrice(occasion, null, component, region)"] = Null(() => VariableFee.UnitPrice(AnOccasion, null!, FeeComponent.Venue, Norrbotten), "day"),
        ["VariableFee.UnitPrice(occasion, day, null, region)"] = Null(() => VariableFee.UnitPrice(AnOccasion, AnOccasion.Days[0], null!, Norrbotten), "component"),
        ["VariableFee.UnitPrice(occasion, day, component, (Region)null)"] = Null(() => VariableFee.UnitPrice(AnOccasion, AnOccasion.Days[0], FeeComponent.Venue, (Region)null!), "region"),
        ["VariableFee.PerParticipantDay(null, day, region)"] = Null(() => VariableFee.PerParticipantDay(null!, AnOccasion.Days[0], Norrbotten), "occasion"),
        ["VariableFee.PerParticipantDay(occasion, null, region)"] = Null(() => VariableFee.PerParticipantDay(AnOccasion, null!, Norrbotten), "day"),
        ["VariableFee.PerParticipantDay(occasion, day, null)"] = Null(() => VariableFee.PerParticipantDay(AnOccasion, AnOccasion.Days[0], null!), "region"),

        // Money
        ["Sek.Sum(null)"] = Null(() => Sek.Sum(null!), "amounts"),

        // Regions
        ["DataProblem.Under(null)"] = Null(() => new DataProblem("x", "Wrong", "is wrong").Under(null!), "prefix"),
        ["MunicipalityCode.Parse(null)"] = Null(() => MunicipalityCode.Parse(null!), "text"),
        ["new Municipality(0000, name, 1)"] = Invalid(() => new Municipality(default, "Utan kod", 1), "code", "A municipality needs a code; 0000 is not one."),
        ["new Municipality(code, null, 1)"] = NullWith(() => new Municipality(Lulea.Code, null!, 1), "name", "A municipality needs a name; it must not be blank."),
        ["new Municipality(code, \"\", 1)"] = Invalid(() => new Municipality(Lulea.Code, string.Empty, 1), "name", "A municipality needs a name; it must not be blank."),
        ["new Municipality(code, \" \", 1)"] = Invalid(() => new Municipality(Lulea.Code, " ", 1), "name", "A municipality needs a name; it must not be blank."),
        ["new Municipality(code, name, 0)"] = OutOfRange(() => new Municipality(Lulea.Code, "Tom", 0), "population", "A municipality's population must be at least 1."),
        ["new Municipality(code, name, -5)"] = OutOfRange(() => new Municipality(Lulea.Code, "Negativ", -5), "population", "A municipality's population must be at least 1."),
        ["PopulationTotalCheck.Of(null, 1)"] = Null(() => PopulationTotalCheck.Of(null!, 1), "municipalities"),
        ["new Region(municipalities: null)"] = Null(() => new Region("X", null!, Norrbotten.FixedCosts), "municipalities"),
        ["new Region(fixedCosts: null)"] = Null(() => new Region("X", Norrbotten.Municipalities, null!), "fixedCosts"),
        ["new RegionDataException(null, problems)"] = Null(() => new RegionDataException(null!, [new DataProblem("x", "Wrong", "is wrong")]), "subject"),
        ["new RegionDataException(subject, null)"] = Null(() => new RegionDataException("X", null!), "problems"),
        ["new RegionDataException(subject, [])"] = Invalid(() => new RegionDataException("X", []), "problems", "A region data exception needs at least one problem."),
        ["OfficialMunicipalities.TryFindByName(null, out _)"] = Null(() => OfficialMunicipalities.TryFindByName(null!, out _), "name"),
        ["OfficialMunicipalities.CheckPair(code, null)"] = Null(() => OfficialMunicipalities.CheckPair(Lulea.Code, null!), "name"),
        ["RegionFileTemplate.ForCounty(null)"] = Null(() => RegionFileTemplate.ForCounty(null!), "county"),
        ["RegionFile.Parse((string)null, file)"] = Null(() => RegionFile.Parse((string)null!, "region.json"), "json"),
        ["RegionFile.Parse(text, null)"] = Null(() => RegionFile.Parse("{}", null!), "fileName"),
        ["RegionFile.Parse(bytes, null)"] = Null(() => RegionFile.Parse("{}"u8, null!), "fileName"),
        ["RegionFile.Read(null)"] = Null(() => RegionFile.Read(null!), "path"),
        ["RegionFile.Load(null)"] = Null(() => RegionFile.Load(null!), "path"),
        ["new Timeline(null, values)"] = NullWith(() => new Timeline<string>(null!, [new(Day, "a")]), "what", "A timeline needs to say what its values are, e.g. \"fee schedule\"."),
        ["new Timeline(\" \", values)"] = Invalid(() => new Timeline<string>(" ", [new(Day, "a")]), "what", "A timeline needs to say what its values are, e.g. \"fee schedule\"."),
        ["new Timeline(what, null)"] = Null(() => new Timeline<string>("value", null!), "values"),

        // Settlement
        ["YearEndSettlement.Of(null, 2023)"] = Null(() => YearEndSettlement.Of(null!, 2023), "ledger"),
    };

    public static TheoryData<string> Calls => new(Cases.Keys);

    [Theory]
    [Trait("Contract", "Argument guards")]
    [MemberData(nameof(Calls))]
    public void Each_guard_throws_the_documented_exception_naming_the_parameter_with_its_message(string call)
    {
        Case expected = Cases[call];
        Exception thrown = Assert.Throws(expected.Type, expected.Call);
        var error = Assert.IsAssignableFrom<ArgumentException>(thrown);
        Assert.Equal(expected.Parameter, error.ParamName);
        Assert.Equal($"{expected.Message} (Parameter '{expected.Parameter}')", error.Message);
    }

    [Fact]
    [Trait("Contract", "Argument guards")]
    public void A_guard_refuses_a_null_before_reading_any_file()
    {
        // The file does not exist: a guard that came after reading it would throw FileNotFoundException instead.
        Assert.False(File.Exists("no-such-ledger.json"));
        Assert.Equal("region", Assert.Throws<ArgumentNullException>(() => LedgerFile.Read("no-such-ledger.json", null!)).ParamName);
    }

    private static Case Null(Func<object?> call, string parameter) => NullWith(call, parameter, NullMessage);

    private static Case NullWith(Func<object?> call, string parameter, string message) => new(typeof(ArgumentNullException), call, parameter, message);

    private static Case Invalid(Func<object?> call, string parameter, string message) => new(typeof(ArgumentException), call, parameter, message);

    private static Case OutOfRange(Func<object?> call, string parameter, string message) => new(typeof(ArgumentOutOfRangeException), call, parameter, message);

    /// <summary>A call that trips a guard, and what it must throw.</summary>
    private sealed record Case(Type Type, Func<object?> Call, string Parameter, string Message);
}
