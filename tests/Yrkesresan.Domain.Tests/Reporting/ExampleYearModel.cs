using System.Text.Json;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Reporting;

/// <summary>
/// The annual report's figures for a year of the example ledger (<c>docs/examples/norrbotten-2023-ledger.json</c>),
/// worked out here from the file's JSON and the plan's numbers alone, never from the library: Norrbotten's fee
/// (PP §8.1: 1 000 kr venue on site only, or the occasion's own amount; 400 kr pot, 100 kr material and 50 kr
/// buffer every day; nothing when waived), its Ny route (the two courses the plan names), 950 000 kr shared by
/// the populations of the plan's table with largest remainders, and the first half taking the odd krona.
/// </summary>
internal sealed class ExampleYearModel
{
    private const long Venue = 1_000;
    private const long EveryDay = 400 + 100 + 50;
    private const long PotPerDay = 400;
    private const long FixedCost = 950_000;

    /// <summary>The courses on Norrbotten's Ny route (PP §1.4), the only route the plan gives.</summary>
    private static readonly string[] NyCourses = ["handlaggning-med-barnet-i-centrum", "samtal-och-delaktighet"];

    public long Occasions { get; private set; }

    public long OnSiteDays { get; private set; }

    public long DigitalDays { get; private set; }

    public long ParticipantDays { get; private set; }

    public long Participants { get; private set; }

    public long NyParticipants { get; private set; }

    public long ParticipantsWithoutStep { get; private set; }

    public long MunicipalTrainers { get; private set; }

    public long TrainerDays { get; private set; }

    public long Fees { get; private set; }

    public long Pot { get; private set; }

    public long FixedFirstHalf { get; private set; }

    public long FixedSecondHalf { get; private set; }

    public long Fixed { get; } = FixedCost;

    /// <summary>The participant days of each municipality, by code.</summary>
    public Dictionary<string, long> ParticipantDaysOf { get; } = [];

    /// <summary>Works out a year of the example ledger.</summary>
    public static ExampleYearModel Of(int year)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json")));
        var model = new ExampleYearModel();
        foreach (JsonElement occasion in document.RootElement.GetProperty("occasions").EnumerateArray())
        {
            JsonElement[] allDays = [.. occasion.GetProperty("days").EnumerateArray()];
            JsonElement[] days = [.. allDays.Where(d => InYear(d.GetProperty("date").GetString()!, year))];
            if (days.Length == 0)
            {
                continue;
            }

            bool waived = occasion.TryGetProperty("waive_fee", out JsonElement w) && w.GetBoolean();
            long venue = occasion.TryGetProperty("venue_fee_sek", out JsonElement v) ? v.GetInt64() : Venue;
            (string Code, long Count)[] registrations = [.. occasion.GetProperty("participants").EnumerateArray().Select(p => (p.GetProperty("municipality").GetString()!, p.GetProperty("count").GetInt64()))];
            long registered = registrations.Sum(r => r.Count);

            model.Occasions++;
            model.Participants += registered;
            if (NyCourses.Contains(occasion.GetProperty("course").GetString()))
            {
                model.NyParticipants += registered;
            }
            else
            {
                model.ParticipantsWithoutStep += registered;
            }

            foreach (JsonElement day in days)
            {
                bool onSite = day.GetProperty("mode").GetString() == "onsite";
                model.OnSiteDays += onSite ? 1 : 0;
                model.DigitalDays += onSite ? 0 : 1;
                long fee = waived ? 0 : (onSite ? venue : 0) + EveryDay;
                model.ParticipantDays += registered;
                model.Fees += registered * fee;
                model.Pot += waived ? 0 : registered * PotPerDay;
                foreach ((string code, long count) in registrations)
                {
                    model.ParticipantDaysOf[code] = model.ParticipantDaysOf.GetValueOrDefault(code) + count;
                }
            }

            foreach (JsonElement trainer in occasion.GetProperty("trainers").EnumerateArray())
            {
                if (trainer.GetProperty("municipality").ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                string[] taught = trainer.TryGetProperty("dates", out JsonElement dates)
                    ? [.. dates.EnumerateArray().Select(d => d.GetString()!)]
                    : [.. allDays.Select(d => d.GetProperty("date").GetString()!)];
                int inYear = taught.Count(d => InYear(d, year));
                model.MunicipalTrainers += inYear > 0 ? 1 : 0;
                model.TrainerDays += inYear;
            }
        }

        foreach (long share in LargestRemainder(FixedCost, PlanPopulations))
        {
            model.FixedFirstHalf += (share + 1) / 2;
            model.FixedSecondHalf += share / 2;
        }

        return model;
    }

    /// <summary>The populations of the plan's table (PP §8.1), as printed: Arjeplog, Arvidsjaur, Boden, Gällivare, Haparanda, Jokkmokk, Kalix, Kiruna, Luleå, Pajala, Piteå, Älvsbyn, Överkalix, Övertorneå.</summary>
    private static readonly long[] PlanPopulations = [2_697, 6_157, 28_116, 17_502, 9_548, 4_806, 15_793, 22_675, 78_346, 5_986, 42_294, 8_037, 3_253, 4_218];

    private static bool InYear(string isoDate, int year) => isoDate.StartsWith($"{year}-", StringComparison.Ordinal);

    /// <summary>Hamilton's method: the floors of the exact quotas, then one krona each to the largest remainders.</summary>
    private static long[] LargestRemainder(long total, long[] weights)
    {
        long sum = weights.Sum();
        long[] shares = [.. weights.Select(w => total * w / sum)];
        long left = total - shares.Sum();
        foreach (int i in Enumerable.Range(0, weights.Length).OrderByDescending(i => total * weights[i] % sum).Take((int)left))
        {
            shares[i]++;
        }

        return shares;
    }
}
