namespace Yrkesresan.Cli.Tests.Support;

/// <summary>
/// Ledger files (docs/ledger-file.md) for the tests of <c>settle</c> and <c>invoice</c>. The figures the
/// tests expect of them were worked out by hand from the rules (FEE-1..3, POT-1..3, ALLOC-2, ALLOC-5),
/// and checked by an independent script, never by the code under test.
/// </summary>
internal static class TestLedgers
{
    /// <summary>
    /// Six small Norrbotten occasions, each showing one thing. With Norrbotten's fee (1 550 kr on site,
    /// 550 kr on a digital day, 400 kr of either for the trainer pot):
    /// <list type="bullet">
    /// <item><c>vanlig</c>, 2023-02-07 on site: Luleå 4 and Boden 1 at 1 550 kr; a Luleå and an external trainer.</item>
    /// <item><c>egen-lokal</c>, 2023-03-14 on site, own venue 600 kr: Piteå 2 at 1 150 kr; a Piteå trainer.</item>
    /// <item><c>avgiftsfri</c>, 2023-05-16 digital, fee waived: Kalix 3 at 0 kr; a Kiruna trainer.</item>
    /// <item><c>blandad</c>, 2023-10-10 on site and 2023-10-11 digital: Luleå 1 and Arjeplog 2 at 1 550 + 550 kr;
    /// a Piteå trainer the first day, a Luleå trainer both days.</item>
    /// <item><c>digital</c>, 2023-11-14 digital: Älvsbyn 3 at 550 kr; no trainers.</item>
    /// <item><c>nyar</c>, 2023-12-28 on site and 2024-01-03 digital: Kiruna 3; a Kiruna trainer both days, a
    /// Luleå trainer the January day.</item>
    /// </list>
    /// Two occasions are of a course outside Norrbotten's catalogue (<c>fordjupning</c>): each gives a notice.
    /// </summary>
    public const string Small =
        """
        {
          "occasions": [
            {
              "id": "vanlig",
              "course": "samtal-och-delaktighet",
              "days": [{ "date": "2023-02-07", "mode": "onsite" }],
              "participants": [
                { "municipality": "2580", "count": 4 },
                { "municipality": "2582", "count": 1 }
              ],
              "trainers": [{ "municipality": "2580" }, { "municipality": null }]
            },
            {
              "id": "egen-lokal",
              "course": "samtal-och-delaktighet",
              "venue_fee_sek": 600,
              "days": [{ "date": "2023-03-14", "mode": "onsite" }],
              "participants": [{ "municipality": "2581", "count": 2 }],
              "trainers": [{ "municipality": "2581" }]
            },
            {
              "id": "avgiftsfri",
              "course": "handlaggning-med-barnet-i-centrum",
              "waive_fee": true,
              "days": [{ "date": "2023-05-16", "mode": "digital" }],
              "participants": [{ "municipality": "2514", "count": 3 }],
              "trainers": [{ "municipality": "2584" }]
            },
            {
              "id": "blandad",
              "course": "fordjupning",
              "days": [
                { "date": "2023-10-10", "mode": "onsite" },
                { "date": "2023-10-11", "mode": "digital" }
              ],
              "participants": [
                { "municipality": "2580", "count": 1 },
                { "municipality": "2506", "count": 2 }
              ],
              "trainers": [
                { "municipality": "2581", "dates": ["2023-10-10"] },
                { "municipality": "2580" }
              ]
            },
            {
              "id": "digital",
              "course": "samtal-och-delaktighet",
              "days": [{ "date": "2023-11-14", "mode": "digital" }],
              "participants": [{ "municipality": "2560", "count": 3 }],
              "trainers": []
            },
            {
              "id": "nyar",
              "course": "fordjupning",
              "days": [
                { "date": "2023-12-28", "mode": "onsite" },
                { "date": "2024-01-03", "mode": "digital" }
              ],
              "participants": [{ "municipality": "2584", "count": 3 }],
              "trainers": [
                { "municipality": "2584" },
                { "municipality": "2580", "dates": ["2024-01-03"] }
              ]
            }
          ]
        }

        """;

    /// <summary>
    /// <see cref="Small"/> settled for 2023 as CSV. Pot: (5 + 2 + 6 + 3 + 3) charged participant days × 400 kr
    /// = 7 600 kr (the waived occasion adds nothing). Trainer days: Luleå 3, Piteå 2, Kiruna 2 (the external
    /// trainer and Luleå's January day do not count), so 7 600 × 3/7 = 3 257.14, × 2/7 = 2 171.43 twice: the
    /// floors leave 1 krona, which goes to the tied remainders' lower code, Piteå. Fixed cost: 950 000 kr by
    /// population (the plan's shares), the first half taking the odd krona.
    /// </summary>
    public const string SmallSettled2023Csv =
        "code,name,participant_days,variable_fee_sek,trainer_days,trainer_pot_payout_sek,fixed_cost_sek,first_half_sek,second_half_sek,net_sek\n"
        + "2505,Arvidsjaur,0,0,0,0,23450,11725,11725,23450\n"
        + "2506,Arjeplog,4,4200,0,0,10272,5136,5136,14472\n"
        + "2510,Jokkmokk,0,0,0,0,18305,9153,9152,18305\n"
        + "2513,Överkalix,0,0,0,0,12390,6195,6195,12390\n"
        + "2514,Kalix,3,0,0,0,60151,30076,30075,60151\n"
        + "2518,Övertorneå,0,0,0,0,16065,8033,8032,16065\n"
        + "2521,Pajala,0,0,0,0,22799,11400,11399,22799\n"
        + "2523,Gällivare,0,0,0,0,66660,33330,33330,66660\n"
        + "2560,Älvsbyn,3,1650,0,0,30611,15306,15305,32261\n"
        + "2580,Luleå,6,8300,3,3257,298397,149199,149198,303440\n"
        + "2581,Piteå,2,2300,2,2172,161086,80543,80543,161214\n"
        + "2582,Boden,1,1550,0,0,107086,53543,53543,108636\n"
        + "2583,Haparanda,0,0,0,0,36366,18183,18183,36366\n"
        + "2584,Kiruna,3,4650,2,2171,86362,43181,43181,88841\n";

    /// <summary>
    /// One Västerbotten occasion (docs/examples/vasterbotten.json, where the course has two days): Umeå 2 and
    /// Vindeln 1, on site then digital, so 2 × 2 100 and 1 × 2 100 kr and a pot of 6 × 400 = 2 400 kr. Trainer
    /// days: Umeå 4 and Skellefteå 4 (two trainers each, both days), Nordmaling 1. 2 400 × 4/9 = 1 066.67 and
    /// 2 400 × 1/9 = 266.67: the remainders tie, and the 2 kronor left go to the larger weights, Umeå and
    /// Skellefteå, not to Nordmaling's lower code.
    /// </summary>
    public const string Vasterbotten =
        """
        {
          "occasions": [
            {
              "id": "vb-1",
              "course": "handlaggning-med-barnet-i-centrum",
              "days": [
                { "date": "2023-03-14", "mode": "onsite" },
                { "date": "2023-03-15", "mode": "digital" }
              ],
              "participants": [
                { "municipality": "2480", "count": 2 },
                { "municipality": "2404", "count": 1 }
              ],
              "trainers": [
                { "municipality": "2480" },
                { "municipality": "2480" },
                { "municipality": "2482" },
                { "municipality": "2482" },
                { "municipality": "2401", "dates": ["2023-03-14"] }
              ]
            }
          ]
        }

        """;

    /// <summary>Two Norrbotten occasions of 2023 whose only trainer is external, or none: a pot of 3 × 400 = 1 200 kr that no one is paid.</summary>
    public const string NoMunicipalTrainers =
        """
        {
          "occasions": [
            {
              "id": "extern",
              "course": "samtal-och-delaktighet",
              "days": [{ "date": "2023-02-07", "mode": "onsite" }],
              "participants": [{ "municipality": "2580", "count": 2 }],
              "trainers": [{ "municipality": null }]
            },
            {
              "id": "ingen",
              "course": "samtal-och-delaktighet",
              "days": [{ "date": "2023-03-14", "mode": "onsite" }],
              "participants": [{ "municipality": "2582", "count": 1 }],
              "trainers": []
            }
          ]
        }

        """;

    /// <summary>One Norrbotten occasion with Luleå on two registration lines, 3 + 2, and one Boden line of 1.</summary>
    public const string TwoLines =
        """
        {
          "occasions": [
            {
              "id": "tva-rader",
              "course": "samtal-och-delaktighet",
              "days": [{ "date": "2023-09-19", "mode": "onsite" }],
              "participants": [
                { "municipality": "2580", "count": 3 },
                { "municipality": "2582", "count": 1 },
                { "municipality": "2580", "count": 2 }
              ],
              "trainers": [{ "municipality": "2582" }]
            }
          ]
        }

        """;

    /// <summary>A ledger with two problems against Norrbotten: a course day on midsummer eve (line 6), a Västerbotten code (line 7).</summary>
    public const string Invalid =
        """
        {
          "occasions": [
            {
              "id": "fel",
              "course": "samtal-och-delaktighet",
              "days": [{ "date": "2023-06-23", "mode": "onsite" }],
              "participants": [{ "municipality": "2480", "count": 2 }],
              "trainers": []
            }
          ]
        }

        """;

    /// <summary>The documentation's example ledger for Norrbotten.</summary>
    public static string NorrbottenExample => Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json");

    /// <summary>Writes <paramref name="ledger"/> to a temporary <c>ledger.json</c>.</summary>
    public static TempRegionFile Write(string ledger) => TempRegionFile.WithText(ledger, "ledger.json");
}
