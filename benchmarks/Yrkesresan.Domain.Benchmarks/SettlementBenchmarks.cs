using BenchmarkDotNet.Attributes;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Domain.Benchmarks;

/// <summary>
/// A national-scale year (<see cref="NationalLedger"/>): 290 municipalities, 5 000 occasions, 60 000
/// registration lines. Settling the year (<c>YearEndSettlement.Of</c>, rules FEE-1 to FEE-3, POT-1 to
/// POT-3, ALLOC-1 to ALLOC-5) and reading the ledger file it comes from (<c>LedgerFile.Parse</c>).
/// </summary>
[MemoryDiagnoser]
public class SettleNationalYear
{
    private Region region = null!;
    private Ledger ledger = null!;
    private byte[] file = [];

    [GlobalSetup]
    public void Setup()
    {
        region = NationalLedger.Region();
        file = NationalLedger.LedgerFileUtf8(region);
        LedgerFileResult read = LedgerFile.Parse(file, "sverige-2024.json", region);
        ledger = read.Ledger;
        YearEndSettlement settlement = YearEndSettlement.Of(ledger, NationalLedger.Year);
        int registrations = ledger.Occasions.Sum(o => o.Participants.Length);
        if (ledger.Occasions.Length != NationalLedger.Occasions
            || registrations != NationalLedger.Occasions * NationalLedger.RegistrationsPerOccasion
            || settlement.Municipalities.Length != 290
            || !read.Notices.IsEmpty
            || settlement.Pot.Collected != settlement.Pot.PaidOut + settlement.Pot.Undistributed)
        {
            throw new InvalidOperationException("The national dataset is not what the benchmark expects.");
        }

        Console.WriteLine(
            $"// {file.Length:N0} bytes of ledger file; {ledger.Occasions.Length} occasions, {registrations} registrations, "
            + $"{settlement.ParticipantDays} participant days, {settlement.TrainerDays} trainer days; fees {settlement.VariableFees}; {settlement.Pot}");
    }

    [Benchmark(Description = "YearEndSettlement.Of (290 municipalities, 5 000 occasions)")]
    public YearEndSettlement Settle() => YearEndSettlement.Of(ledger, NationalLedger.Year);

    [Benchmark(Description = "LedgerFile.Parse (5 000 occasions, 60 000 registrations)")]
    public Ledger ParseLedger() => LedgerFile.Parse(file, "sverige-2024.json", region).Ledger;
}
