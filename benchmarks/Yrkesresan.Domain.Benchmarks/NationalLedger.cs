using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses.Calendar;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Benchmarks;

/// <summary>
/// A national-scale year for the settlement benchmarks: a region of all 290 Swedish municipalities
/// (SCB's population on 2020-12-31), and a ledger of 5 000 course occasions in 2024 with 60 000
/// registration lines (12 an occasion) and trainers, as the UTF-8 text of a ledger file.
/// </summary>
/// <remarks>
/// The region is a region file written here: a fixed cost of 60 000 000 kr a year from 2021,
/// Norrbotten's fee schedule from 2021-07-01 and a dearer one (venue 1 100 kr, trainer pot 450 kr)
/// from 2024-07-01, so the year has two schedules; three courses of 1, 2 and 3 days. The occasions
/// come from a <see cref="Random"/> of fixed seed: 1 to 3 working days in 2024 (a day digital with
/// probability 0.3), 12 registration lines of 1 to 4 participants of municipalities drawn at random,
/// 2 trainers (one in ten external, one in three on some days only), 5 % waived, 10 % with their own
/// venue amount.
/// </remarks>
internal static class NationalLedger
{
    public const int Occasions = 5_000;
    public const int RegistrationsPerOccasion = 12;
    public const int TrainersPerOccasion = 2;
    public const int Year = 2024;
    public const int Seed = 20_241_231;

    /// <summary>The region file of all 290 municipalities.</summary>
    public static string RegionFileText()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", Datasets.SwedenFileName);
        string[][] rows = [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];
        var text = new StringBuilder();
        text.Append("{\n  \"name\": \"Sverige\",\n  \"municipalities\": [\n");
        text.AppendJoin(",\n", rows.Select(r => $"    {{ \"code\": \"{r[0]}\", \"name\": {JsonSerializer.Serialize(r[1])}, \"population\": {r[3]}, \"population_date\": \"2020-12-31\" }}"));
        text.Append("""

              ],
              "fixed_costs": [{ "valid_from": "2021-01-01", "amount_sek": 60000000 }],
              "fee_schedules": [
                {
                  "valid_from": "2021-07-01",
                  "components": {
                    "venue": { "amount_sek": 1000, "charged_on_digital_days": false },
                    "trainer_pot": { "amount_sek": 400, "charged_on_digital_days": true },
                    "course_material": { "amount_sek": 100, "charged_on_digital_days": true },
                    "buffer": { "amount_sek": 50, "charged_on_digital_days": true }
                  }
                },
                {
                  "valid_from": "2024-07-01",
                  "components": {
                    "venue": { "amount_sek": 1100, "charged_on_digital_days": false },
                    "trainer_pot": { "amount_sek": 450, "charged_on_digital_days": true },
                    "course_material": { "amount_sek": 100, "charged_on_digital_days": true },
                    "buffer": { "amount_sek": 50, "charged_on_digital_days": true }
                  }
                }
              ],
              "eligibility": [
                {
                  "valid_from": "2021-07-01",
                  "work_areas": ["mottagning", "utredning", "uppfoljning"],
                  "excluded_roles": ["hogre-chef", "administrativ", "politiker"],
                  "excluded_employers": ["annan"],
                  "step_openings": { "Ny": "2022-10-01", "Van": "2023-01-01", "Erfaren": "2023-11-01", "ArbetsledareOchChef": "2022-09-01" }
                }
              ],
              "courses": [
                { "id": "kurs-1", "name": "En dag", "course_days": 1 },
                { "id": "kurs-2", "name": "Två dagar", "course_days": 2 },
                { "id": "kurs-3", "name": "Tre dagar", "course_days": 3 }
              ],
              "routes": []
            }
            """);
        return text.ToString();
    }

    /// <summary>The region of all 290 municipalities.</summary>
    public static Region Region() => RegionFile.Parse(RegionFileText(), "sverige.json").Region;

    /// <summary>The ledger file of 5 000 occasions, as UTF-8 bytes, indented as a person would write it.</summary>
    public static byte[] LedgerFileUtf8(Region region)
    {
#pragma warning disable CA5394 // Not for security: a fixed seed makes a reproducible dataset.
        var random = new Random(Seed);
        string[] codes = [.. region.Municipalities.Select(m => m.Code.ToString())];
        LocalDate[] days =
        [
            .. Enumerable.Range(0, 366).Select(i => new LocalDate(Year, 1, 1).PlusDays(i))
                .Where(d => d.Year == Year && SwedishCalendar.IsWorkingDay(d)),
        ];

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("occasions");
            for (int o = 0; o < Occasions; o++)
            {
                int count = random.Next(1, 4);
                int start = random.Next(0, days.Length - count);
                LocalDate[] dates = [.. days.AsSpan(start, count)];
                json.WriteStartObject();
                json.WriteString("id", $"2024-{o.ToString("D4", CultureInfo.InvariantCulture)}");
                json.WriteString("course", $"kurs-{count.ToString(CultureInfo.InvariantCulture)}");
                if (random.Next(20) == 0)
                {
                    json.WriteBoolean("waive_fee", true);
                }

                if (random.Next(10) == 0)
                {
                    json.WriteNumber("venue_fee_sek", random.Next(0, 16) * 100);
                }

                json.WriteStartArray("days");
                foreach (LocalDate date in dates)
                {
                    json.WriteStartObject();
                    json.WriteString("date", Iso(date));
                    json.WriteString("mode", random.Next(10) < 3 ? "digital" : "onsite");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("participants");
                for (int r = 0; r < RegistrationsPerOccasion; r++)
                {
                    json.WriteStartObject();
                    json.WriteString("municipality", codes[random.Next(codes.Length)]);
                    json.WriteNumber("count", random.Next(1, 5));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("trainers");
                for (int t = 0; t < TrainersPerOccasion; t++)
                {
                    json.WriteStartObject();
                    if (random.Next(10) == 0)
                    {
                        json.WriteNull("municipality");
                    }
                    else
                    {
                        json.WriteString("municipality", codes[random.Next(codes.Length)]);
                    }

                    if (count > 1 && random.Next(3) == 0)
                    {
                        json.WriteStartArray("dates");
                        json.WriteStringValue(Iso(dates[random.Next(count)]));
                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
#pragma warning restore CA5394

        return stream.ToArray();
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
