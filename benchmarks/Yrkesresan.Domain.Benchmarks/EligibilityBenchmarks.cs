using BenchmarkDotNet.Attributes;
using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Benchmarks;

/// <summary>
/// Eligibility decisions for 100 000 synthetic people on 2024-06-30 under Norrbotten's policy, with
/// one period in the profession each and with five. Each call decides all of them; BDN divides by
/// 100 000, so Mean and Allocated read per decision.
/// </summary>
[MemoryDiagnoser]
public class EligibilityDecide100000
{
    private EligibilityPolicy policy = null!;
    private Person[] people = [];

    /// <summary>The periods in the profession of every person.</summary>
    [Params(1, 5)]
    public int Periods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        policy = Norrbotten.Region.EligibilityOn(EligibilityPeople.AsOf);
        people = EligibilityPeople.Create(EligibilityPeople.Count, Periods);
        Console.WriteLine($"// {Periods} period(s): {EligibilityPeople.Describe(people, policy)}");
    }

    [Benchmark(OperationsPerInvoke = EligibilityPeople.Count, Description = "Eligibility.Decide (per decision)")]
    public long Decide()
    {
        EligibilityPolicy decidingPolicy = policy;
        LocalDate asOf = EligibilityPeople.AsOf;
        long sum = 0;
        foreach (Person person in people)
        {
            EligibilityDecision decision = Eligibility.Decide(person, decidingPolicy, asOf);
            sum += decision.CompletedYears + decision.Reasons.Length;
        }

        return sum;
    }
}

/// <summary>
/// The cost of explanations, apart from deciding: every reason's <see cref="EligibilityReason.Message"/>
/// (written when asked) for 10 000 decisions made in setup, one period each. BDN divides by
/// 10 000, so Mean and Allocated read per decision, all its reasons together.
/// </summary>
[MemoryDiagnoser]
public class EligibilityMessages10000
{
    /// <summary>The decisions whose messages are read.</summary>
    public const int Sample = 10_000;

    private EligibilityDecision[] decisions = [];

    [GlobalSetup]
    public void Setup()
    {
        EligibilityPolicy policy = Norrbotten.Region.EligibilityOn(EligibilityPeople.AsOf);
        Person[] people = EligibilityPeople.Create(Sample, periods: 1);
        decisions = [.. people.Select(person => Eligibility.Decide(person, policy, EligibilityPeople.AsOf))];
        int reasons = decisions.Sum(d => d.Reasons.Length);
        Console.WriteLine($"// {Sample} decisions, {reasons} reasons ({(double)reasons / Sample:F3} a decision): {EligibilityPeople.Describe(people, policy)}");
    }

    [Benchmark(OperationsPerInvoke = Sample, Description = "every reason's Message (per decision)")]
    public long Messages()
    {
        long length = 0;
        foreach (EligibilityDecision decision in decisions)
        {
            foreach (EligibilityReason reason in decision.Reasons)
            {
                length += reason.Message.Length;
            }
        }

        return length;
    }
}

/// <summary>The synthetic people the eligibility benchmarks decide.</summary>
internal static class EligibilityPeople
{
    /// <summary>How many people a decision benchmark decides per call.</summary>
    public const int Count = 100_000;

    /// <summary>The seed, fixed so every run decides the same people.</summary>
    public const int Seed = 20_240_630;

    /// <summary>The as-of date of every decision.</summary>
    public static readonly LocalDate AsOf = new(2024, 6, 30);

    private static readonly LocalDate FirstStart = new(1990, 1, 1);
    private static readonly LocalDate LastStart = new(2024, 12, 31);

    /// <summary>
    /// <paramref name="count"/> people from a <see cref="Random"/> of fixed seed: 85 % social
    /// secretaries, 7 % supervisors, 5 % managers, 1 % each of the three excluded roles; 3 % with
    /// another employer; work areas mixed (all four known areas, some none, some another word).
    /// With one period: a start uniform in 1990-2024 (some after the as-of date), 20 % of periods
    /// closed. With five: a first start uniform in 1990-2019, periods of 30 to 1 500 days with gaps
    /// of 2 to 400 days, the last open 80 % of the time; the five never merge.
    /// </summary>
    public static Person[] Create(int count, int periods)
    {
#pragma warning disable CA5394 // Not for security: a fixed seed makes a reproducible dataset.
        var random = new Random(Seed);
        var people = new Person[count];
        int startDays = Period.DaysBetween(FirstStart, LastStart);
        for (int i = 0; i < count; i++)
        {
            int roll = random.Next(100);
            Role role = roll < 85 ? Role.Socialsekreterare
                : roll < 92 ? Role.Arbetsledare
                : roll < 97 ? Role.Chef
                : roll == 97 ? Role.HogreChef
                : roll == 98 ? Role.Administrativ
                : Role.Politiker;
            EmployerKind employer = random.Next(100) < 3 ? EmployerKind.Annan : EmployerKind.Kommun;
            int area = random.Next(100);
            PersonWorkArea workArea = area < 30 ? PersonWorkArea.Of(WorkArea.Utredning)
                : area < 55 ? PersonWorkArea.Of(WorkArea.Mottagning)
                : area < 75 ? PersonWorkArea.Of(WorkArea.Uppfoljning)
                : area < 90 ? PersonWorkArea.Of(WorkArea.Familjehem)
                : area < 97 || role.IsSupervisorOrManager ? PersonWorkArea.None
                : PersonWorkArea.Other("ekonomiskt bistand");

            ProfessionalHistory history;
            if (periods == 1)
            {
                LocalDate start = FirstStart.PlusDays(random.Next(startDays + 1));
                LocalDate? end = random.Next(100) < 20 ? start.PlusDays(random.Next(3_000)) : null;
                history = new ProfessionalHistory(new ProfessionPeriod(start, end));
            }
            else
            {
                var list = new ProfessionPeriod[periods];
                LocalDate start = FirstStart.PlusDays(random.Next(Period.DaysBetween(FirstStart, new LocalDate(2019, 12, 31)) + 1));
                for (int p = 0; p < periods; p++)
                {
                    LocalDate end = start.PlusDays(random.Next(30, 1_500));
                    bool open = p == periods - 1 && random.Next(100) < 80;
                    list[p] = new ProfessionPeriod(start, open ? null : end);
                    start = end.PlusDays(random.Next(2, 400));
                }

                history = new ProfessionalHistory(list);
                if (history.Periods.Length != periods)
                {
                    throw new InvalidOperationException($"Person {i}: {periods} periods merged into {history.Periods.Length}.");
                }
            }

            people[i] = new Person(role, employer, history, workArea);
        }

        return people;
#pragma warning restore CA5394
    }

    /// <summary>What the people's decisions are, for the log: how many are eligible, refused, out of the profession, and the reasons a decision.</summary>
    public static string Describe(Person[] people, EligibilityPolicy policy)
    {
        EligibilityDecision[] decisions = [.. people.Select(person => Eligibility.Decide(person, policy, AsOf))];
        int eligible = decisions.Count(d => d.IsEligible);
        int outOfProfession = decisions.Count(d => d.IsEligible && d.Reasons.Length == 3);
        string byReasons = string.Join(", ", decisions.GroupBy(d => (d.IsEligible, d.Reasons.Length)).OrderBy(g => g.Key).Select(g => $"{(g.Key.IsEligible ? "eligible" : "refused")}/{g.Key.Length} reasons {g.Count()}"));
        return $"{eligible} eligible ({outOfProfession} not in the profession on {AsOf:yyyy-MM-dd}), {decisions.Length - eligible} refused; {byReasons}";
    }
}
