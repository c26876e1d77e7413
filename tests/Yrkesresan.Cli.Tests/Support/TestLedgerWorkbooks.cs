namespace Yrkesresan.Cli.Tests.Support;

/// <summary>
/// Ledger workbooks for the tests, built with the Open XML SDK (<see cref="TestWorkbook"/>). <see cref="English"/> is a
/// valid Norrbotten ledger of two occasions:
/// <list type="bullet">
/// <item><c>vanlig</c>, samtal-och-delaktighet, 2023-02-07 on site: Luleå 4 and Boden 1; a Luleå trainer and an external one.</item>
/// <item><c>blandad</c>, fordjupning (outside the catalogue: a notice), own venue 600 kr, 2023-10-10 on site and 2023-10-11
/// digital: Arjeplog 2; a Piteå trainer on 2023-10-10.</item>
/// </list>
/// </summary>
internal static class TestLedgerWorkbooks
{
    /// <summary>The ledger of <see cref="English"/> as a ledger file.</summary>
    public const string Json =
        """
        {
          "occasions": [
            {
              "id": "vanlig",
              "course": "samtal-och-delaktighet",
              "days": [
                { "date": "2023-02-07", "mode": "onsite" }
              ],
              "participants": [
                { "municipality": "2580", "count": 4 },
                { "municipality": "2582", "count": 1 }
              ],
              "trainers": [
                { "municipality": "2580" },
                { "municipality": null }
              ]
            },
            {
              "id": "blandad",
              "course": "fordjupning",
              "venue_fee_sek": 600,
              "days": [
                { "date": "2023-10-10", "mode": "onsite" },
                { "date": "2023-10-11", "mode": "digital" }
              ],
              "participants": [
                { "municipality": "2506", "count": 2 }
              ],
              "trainers": [
                { "municipality": "2581", "dates": ["2023-10-10"] }
              ]
            }
          ]
        }

        """;

    /// <summary>The valid workbook with English sheets and headings.</summary>
    public static TestWorkbook English => new TestWorkbook()
        .Sheet(
            "Occasions",
            ["Occasion", "Course", "Own venue amount (kr)", "Fee waived"],
            ["vanlig", "samtal-och-delaktighet", null, null],
            ["blandad", "fordjupning", 600, "no"])
        .Sheet(
            "Course days",
            ["Occasion", "Date", "On site or digital"],
            ["vanlig", TestCell.On("2023-02-07"), "on site"],
            ["blandad", TestCell.On("2023-10-10"), "on site"],
            ["blandad", "2023-10-11", "digital"])
        .Sheet(
            "Participants",
            ["Occasion", "Municipality", "Count"],
            ["vanlig", "Luleå", 4],
            ["vanlig", "Boden", 1],
            ["blandad", "Arjeplog", 2])
        .Sheet(
            "Trainers",
            ["Occasion", "Municipality or external", "Dates taught"],
            ["vanlig", "Luleå", null],
            ["vanlig", "external", null],
            ["blandad", "Piteå", TestCell.On("2023-10-10")]);

    /// <summary>The same ledger with Swedish sheets, headings and words, municipalities partly by code.</summary>
    public static TestWorkbook Swedish => new TestWorkbook()
        .Sheet(
            "Instruktioner",
            ["Fyll i bladen."])
        .Sheet(
            "Kurstillfällen",
            ["Kurstillfälle", "Kurs", "Eget lokalbelopp (kr)", "Avgiften efterges"],
            ["vanlig", "samtal-och-delaktighet", null, "nej"],
            ["blandad", "fordjupning", "600", null])
        .Sheet(
            "Kursdagar",
            ["Kurstillfälle", "Datum", "På plats eller digitalt"],
            ["vanlig", "2023-02-07", "på plats"],
            ["blandad", TestCell.On("2023-10-10"), "PÅ PLATS"],
            ["blandad", TestCell.On("2023-10-11"), "digitalt"])
        .Sheet(
            "Deltagare",
            ["Kurstillfälle", "Kommun", "Antal"],
            ["vanlig", "2580", "4"],
            ["vanlig", 2582, 1],
            ["blandad", "arjeplog", 2])
        .Sheet(
            "Utbildare",
            ["Kurstillfälle", "Kommun eller extern", "Undervisade dagar"],
            ["vanlig", "Luleå", null],
            ["vanlig", "extern", null],
            ["blandad", "Piteå", "2023-10-10"]);
}
