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

    /// <summary>The name of the built-in region file, as problems in it would show it.</summary>
    public const string RegionFileName = "norrbotten.json";

    /// <summary>
    /// Norrbotten's data as a region file (<see cref="RegionFile"/>): the text embedded in this
    /// assembly, a complete example (<c>yrkesresan region --export norrbotten</c>); a region's own file
    /// starts from <see cref="RegionFileTemplate"/>.
    /// </summary>
    public static string RegionFileText => Text.Value;

    /// <summary>The region, read once from <see cref="RegionFileText"/> through <see cref="RegionFile"/>, and shared.</summary>
    public static Region Region => Built.Value;

    // Lazy rather than static fields: the file is read on first use, not in a type initializer, so a
    // problem in it would surface as a DataFileException rather than a TypeInitializationException.
    private static readonly Lazy<string> Text = new(ReadEmbedded);

    private static readonly Lazy<Region> Built = new(() => RegionFile.Parse(Text.Value, RegionFileName).Region);

    private static string ReadEmbedded()
    {
        using Stream stream = typeof(Norrbotten).Assembly.GetManifestResourceStream("Yrkesresan.Domain.Regions.norrbotten.json")
            ?? throw new InvalidOperationException("The built-in Norrbotten region file is missing from the assembly.");
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}
