using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// Norrbotten, as its regional project plan describes it (<i>Yrkesresan Barn och unga, en
/// regional projektplan för Norrbotten 2021-2023</i>, Norrbottens Kommuner, 2022-02-18): the
/// county's 14 municipalities with the populations printed in the plan's §8.1, and the fixed
/// cost of 950 000 kr a year of §8.2.
/// </summary>
/// <remarks>
/// <para>
/// The plan does not say on what date its populations were counted, so
/// <see cref="Municipality.PopulationDate"/> is <see langword="null"/> for every row.
/// </para>
/// <para>
/// The plan's table states a population total of 249 427 (<see cref="PlanStatedPopulationTotal"/>),
/// one less than the sum of its rows, 249 428; the region holds the rows, and the allocation
/// uses their true sum (rule <c>ALLOC-3</c>).
/// </para>
/// <para>
/// The fixed cost applies from 2021, the year the plan's period starts (1 July 2021), and all
/// 14 municipalities take part every year (§1.1: "I Norrbotten har samtliga 14 kommuner anslutit sig").
/// </para>
/// </remarks>
public static class Norrbotten
{
    /// <summary>The population total printed under the plan's table, which is one less than the sum of its rows.</summary>
    public const long PlanStatedPopulationTotal = 249_427;

    /// <summary>The yearly fixed cost the plan states: 950 000 kr.</summary>
    public static Sek AnnualFixedCost => Sek.FromKronor(950_000);

    /// <summary>The first year the fixed cost applies: 2021.</summary>
    public const int FirstYear = 2021;

    /// <summary>The region, built once and shared.</summary>
    public static Region Region { get; } = Build();

    private static Region Build() => new(
        "Norrbotten",
        [
            Row("2505", "Arvidsjaur", 6_157),
            Row("2506", "Arjeplog", 2_697),
            Row("2510", "Jokkmokk", 4_806),
            Row("2513", "Överkalix", 3_253),
            Row("2514", "Kalix", 15_793),
            Row("2518", "Övertorneå", 4_218),
            Row("2521", "Pajala", 5_986),
            Row("2523", "Gällivare", 17_502),
            Row("2560", "Älvsbyn", 8_037),
            Row("2580", "Luleå", 78_346),
            Row("2581", "Piteå", 42_294),
            Row("2582", "Boden", 28_116),
            Row("2583", "Haparanda", 9_548),
            Row("2584", "Kiruna", 22_675),
        ],
        [new FixedCostPeriod(FirstYear, AnnualFixedCost)]);

    private static Municipality Row(string code, string name, long population) =>
        new(MunicipalityCode.Parse(code), name, population);
}
