// The consumer test: Norrbotten's fixed cost, a region file and a ledger through the package's public API, checked to the krona.
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

var failures = new List<string>();
void Expect<T>(string what, T expected, T actual)
{
    if (!EqualityComparer<T>.Default.Equals(expected, actual))
    {
        failures.Add($"{what}: expected {expected}, got {actual}");
    }
}

FixedCostStatement statement = FixedCostAllocation.ForYear(Norrbotten.Region, 2023);
foreach (FixedCostLine line in statement.Lines)
{
    Console.WriteLine($"{line.Code} {line.Municipality.Name,-12} {line.SharePercent,3} % {line.Annual,12} {line.FirstHalf,12} {line.SecondHalf,12}");
}

Expect("lines", 14, statement.Lines.Length);
Expect("sum of shares", Sek.FromKronor(950_000), Sek.Sum(statement.Lines.Select(l => l.Annual)));
Expect("sum of percent", 100L, statement.Lines.Sum(l => l.SharePercent));
Expect("Luleå", Sek.FromKronor(298_397), statement.LineFor(MunicipalityCode.Parse("2580")).Annual);
Expect("Piteå", Sek.FromKronor(161_086), statement.LineFor(MunicipalityCode.Parse("2581")).Annual);
Expect("Kiruna", Sek.FromKronor(86_362), statement.LineFor(MunicipalityCode.Parse("2584")).Annual);
Expect("Kalix first half", Sek.FromKronor(30_076), statement.LineFor(MunicipalityCode.Parse("2514")).FirstHalf);

Allocation<string> generic = Apportionment.LargestRemainder<string>(10, [new("a", 1), new("b", 1), new("c", 1)]);
Expect("generic tie-break to the lower party", 4L, generic.AmountOf("a"));

// The C# example of README.md, as written there.
FixedCostStatement readme = FixedCostAllocation.ForYear(Norrbotten.Region, 2024);
FixedCostLine lulea = readme.LineFor(MunicipalityCode.Parse("2580"));
Expect("README's Luleå line", "Luleå: 298 397 kr (149 199 kr + 149 198 kr)", $"{lulea.Municipality.Name}: {lulea.Annual} ({lulea.FirstHalf} + {lulea.SecondHalf})");
Expect("README's explanation", true, readme.Kronor.ShareOf(lulea.Code).Explain().StartsWith("2580: weight 78 346, exact quota 298397 + 133084/249428", StringComparison.Ordinal));
Allocation<string> pot = Apportionment.LargestRemainder<string>(
    12_400, [new("Luleå", 6), new("Piteå", 3), new("Kiruna", 2)]);
Expect("README's pot adds up", 12_400L, pot.Shares.Sum(s => s.Amount));

// A region file read through the package: the guide's example county, and a malformed file's problems.
Region vasterbotten = RegionFile.Load("docs/examples/vasterbotten.json");
Expect("Västerbotten's shares", Sek.FromKronor(1_100_000), Sek.Sum(FixedCostAllocation.ForYear(vasterbotten, 2023).Lines.Select(l => l.Annual)));
Expect("Norrbotten's fee per on-site day", Sek.FromKronor(1_550), Norrbotten.Region.FeeScheduleOn(new NodaTime.LocalDate(2023, 3, 14)).AmountPerParticipantDay(Yrkesresan.Domain.Courses.DeliveryMode.OnSite));
RegionFileResult broken = RegionFile.Parse(Norrbotten.RegionFileText.Replace("\"population\": 6157", "\"population\": 0", StringComparison.Ordinal), "norrbotten.json");
Expect("a malformed file's problem", "norrbotten.json:6: $.municipalities[0].population: must be at least 1, not 0", string.Join("|", broken.Problems));

// Statistics Sweden's list, embedded in the package: a new region file for a county, refused until its placeholders are filled in.
Expect("Sweden's municipalities", 290, OfficialMunicipalities.All.Length);
Expect("a new file for Västerbottens län", 18, RegionFile.Parse(RegionFileTemplate.ForCounty(OfficialMunicipalities.Counties.Single(c => c.Code == 24)), "region.json").Problems.Count(p => p.Code == "Placeholder"));

// A ledger of course occasions settled through the package: the worked example's year.
var ledgerFile = Yrkesresan.Domain.Courses.Occasions.LedgerFile.Read("docs/examples/norrbotten-2023-ledger.json", Norrbotten.Region);
Expect("the example ledger is valid", true, ledgerFile.IsValid);
var settlement = Yrkesresan.Domain.Settlement.YearEndSettlement.Of(ledgerFile.Ledger, 2023);
Expect("the pot is paid out or undistributed", settlement.Pot.Collected, settlement.Pot.PaidOut + settlement.Pot.Undistributed);
Expect("every municipality is settled", 14, settlement.Municipalities.Length);
Expect("the fixed cost is shared in full", Sek.FromKronor(950_000), Sek.Sum(settlement.Municipalities.Select(m => m.FixedCost)));
var midsummer = Yrkesresan.Domain.Courses.Occasions.LedgerFile.Parse(
    """{"occasions": [{"id": "a", "course": "samtal-och-delaktighet", "days": [{"date": "2023-06-23", "mode": "onsite"}], "participants": [], "trainers": []}]}""",
    "ledger.json",
    Norrbotten.Region);
Expect("a course day on midsummer eve", "ledger.json:1: $.occasions[0].days[0].date: 2023-06-23 is Midsommarafton, not a working day (COURSE-7)", string.Join("|", midsummer.Problems));

if (failures.Count > 0)
{
    failures.ForEach(f => Console.Error.WriteLine("consumer: " + f));
    return 1;
}

Console.WriteLine("consumer: Yrkesresan.Domain from the package allocates Norrbotten's 950 000 kr to the krona");
return 0;
