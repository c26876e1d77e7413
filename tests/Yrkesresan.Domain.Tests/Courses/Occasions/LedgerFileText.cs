namespace Yrkesresan.Domain.Tests.Courses.Occasions;

/// <summary>
/// A small, valid ledger file for the built-in Norrbotten whose line numbers the malformed-file tests
/// rely on, and the one way they break it: replace a piece of text that occurs exactly once.
/// </summary>
internal static class LedgerFileText
{
    /// <summary>The file's name in problems.</summary>
    public const string FileName = "ledger.json";

    /// <summary>
    /// The valid file. Line numbers: 3-11 the first occasion (6 its day, 8-9 its participants, 11 its
    /// trainers); 13-24 the second (16 its venue amount, 17 its waiver, 19-20 its days, 22 its
    /// participants, 23 its trainers). The second occasion's course is not in Norrbotten's catalogue:
    /// a notice at line 15.
    /// </summary>
    public const string Valid = """
        {
          "occasions": [
            {
              "id": "2023-samtal-1",
              "course": "samtal-och-delaktighet",
              "days": [{ "date": "2023-03-14", "mode": "onsite" }],
              "participants": [
                { "municipality": "2580", "count": 4 },
                { "municipality": "2581", "count": 2 }
              ],
              "trainers": [{ "municipality": "2584" }, { "municipality": null }]
            },
            {
              "id": "2023-fordjupning-1",
              "course": "fordjupning-utredning",
              "venue_fee_sek": 600,
              "waive_fee": false,
              "days": [
                { "date": "2023-10-10", "mode": "onsite" },
                { "date": "2023-10-11", "mode": "digital" }
              ],
              "participants": [{ "municipality": "2506", "count": 3 }],
              "trainers": [{ "municipality": "2580", "dates": ["2023-10-11"] }]
            }
          ]
        }
        """;

    /// <summary>The valid file with pieces of text replaced, one after the other.</summary>
    /// <param name="changes">Pairs of original (occurring exactly once) and replacement.</param>
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

    /// <summary>The valid file with one piece of text replaced.</summary>
    /// <param name="original">Text that occurs exactly once in <see cref="Valid"/>.</param>
    /// <param name="replacement">What to put in its place.</param>
    /// <returns>The changed file.</returns>
    public static string With(string original, string replacement) => With((original, replacement));

    /// <summary>A file of one occasion, on one line per field, so that each problem's line is its field's.</summary>
    /// <param name="fields">The occasion's fields, e.g. <c>"\"id\": \"a\""</c>, each written on a line of its own from line 4.</param>
    /// <returns>The file.</returns>
    public static string OneOccasion(params string[] fields) =>
        "{\n  \"occasions\": [\n    {\n      " + string.Join(",\n      ", fields) + "\n    }\n  ]\n}\n";
}
