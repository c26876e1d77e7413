namespace Yrkesresan.Domain.Tests.Regions.Files;

/// <summary>
/// A small, valid region file whose line numbers the malformed-file tests rely on, and the one
/// way they break it: replace a piece of text that occurs exactly once.
/// </summary>
internal static class RegionFileText
{
    /// <summary>The file's name in problems.</summary>
    public const string FileName = "region.json";

    /// <summary>
    /// The valid file. Line numbers: 2 name, 4-5 municipalities, 8 the fixed cost, 12-17 the fee
    /// schedule, 23-27 the eligibility policy, 31-33 the courses (4 + 4 course days), 36 the Ny route.
    /// </summary>
    public const string Valid = """
        {
          "name": "Testlän",
          "municipalities": [
            { "code": "0125", "name": "Ekerö", "population": 100, "population_date": "2020-12-31" },
            { "code": "0128", "name": "Salem", "population": 300 }
          ],
          "fixed_costs": [
            { "valid_from": "2021-01-01", "amount_sek": 1000 }
          ],
          "fee_schedules": [
            {
              "valid_from": "2021-07-01",
              "components": {
                "venue": { "amount_sek": 1000, "charged_on_digital_days": false },
                "trainer_pot": { "amount_sek": 400, "charged_on_digital_days": true },
                "course_material": { "amount_sek": 100, "charged_on_digital_days": true },
                "buffer": { "amount_sek": 50, "charged_on_digital_days": true }
              }
            }
          ],
          "eligibility": [
            {
              "valid_from": "2021-07-01",
              "work_areas": ["mottagning", "utredning"],
              "excluded_roles": ["politiker"],
              "excluded_employers": ["annan"],
              "step_openings": { "Ny": "2022-10-01", "Van": "2023-01-01", "Erfaren": null, "ArbetsledareOchChef": "2022-09-01" }
            }
          ],
          "courses": [
            { "id": "intro", "name": "Introduktion", "course_days": 4 },
            { "id": "samtal", "name": "Samtal", "course_days": 4,
              "preparation": [{ "title": "Läs", "goal": { "level": "fakta", "text": "Känna till lagen" }, "minutes": 30 }] }
          ],
          "routes": [
            { "step": "Ny", "stops": ["intro", "samtal"] }
          ]
        }
        """;

    /// <summary>The valid file with one piece of text replaced.</summary>
    /// <param name="original">Text that occurs exactly once in <see cref="Valid"/>.</param>
    /// <param name="replacement">What to put in its place.</param>
    /// <returns>The changed file.</returns>
    public static string With(string original, string replacement) => With((original, replacement));

    /// <summary>The valid file with several pieces of text replaced, one after the other.</summary>
    /// <param name="changes">Pairs of original and replacement.</param>
    /// <returns>The changed file.</returns>
    public static string With(params (string Original, string Replacement)[] changes)
    {
        string text = Valid;
        foreach ((string original, string replacement) in changes)
        {
            int at = text.IndexOf(original, StringComparison.Ordinal);
            if (at < 0 || text.IndexOf(original, at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException($"'{original}' must occur exactly once in the test file.", nameof(changes));
            }

            text = string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + original.Length));
        }

        return text;
    }
}
