namespace Yrkesresan.Domain.Tests.Support;

/// <summary>
/// The table of the Norrbotten project plan, §8.1 ("Kostnaden för projektledaren fördelas enligt
/// befolkningens mängd på samtliga 14 kommuner"), exactly as printed, with each municipality's
/// official code added. This is the published fixture of rule ALLOC-3.
/// </summary>
internal static class NorrbottenPlanTable
{
    /// <summary>The "Summa" row's population: one less than the sum of the rows.</summary>
    public const long StatedPopulationTotal = 249_427;

    /// <summary>The "Summa" row's cost.</summary>
    public const long StatedCostTotal = 950_000;

    /// <summary>The rows in the order printed: Kommun, Invånare, ~Andel %, Kostnad kr.</summary>
    public static readonly IReadOnlyList<Row> Rows =
    [
        new("2506", "Arjeplog", 2_697, 1, 10_272),
        new("2505", "Arvidsjaur", 6_157, 3, 23_450),
        new("2582", "Boden", 28_116, 11, 107_086),
        new("2523", "Gällivare", 17_502, 7, 66_660),
        new("2583", "Haparanda", 9_548, 4, 36_366),
        new("2510", "Jokkmokk", 4_806, 2, 18_305),
        new("2514", "Kalix", 15_793, 6, 60_151),
        new("2584", "Kiruna", 22_675, 9, 86_363),
        new("2580", "Luleå", 78_346, 32, 298_399),
        new("2521", "Pajala", 5_986, 2, 22_799),
        new("2581", "Piteå", 42_294, 17, 161_083),
        new("2560", "Älvsbyn", 8_037, 3, 30_611),
        new("2513", "Överkalix", 3_253, 1, 12_390),
        new("2518", "Övertorneå", 4_218, 2, 16_065),
    ];

    /// <summary>The rows as xunit theory data: code.</summary>
    public static TheoryData<string> Codes => [.. Rows.Select(r => r.Code)];

    public static Row For(string code) => Rows.Single(r => r.Code == code);

    /// <summary>One printed row.</summary>
    public sealed record Row(string Code, string Name, long Population, long Percent, long Kronor);
}
