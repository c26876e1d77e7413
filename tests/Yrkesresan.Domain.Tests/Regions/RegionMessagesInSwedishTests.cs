using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Regions.Files;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions;

/// <summary>
/// The messages of the library's own exceptions, and the region's errors and descriptions, are written in Swedish
/// under a Swedish UI culture; codes, numbers in the Swedish format, dates and names stay as they are (decision 0023).
/// </summary>
public sealed class RegionMessagesInSwedishTests
{
    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_region_data_exception_reads_in_Swedish_with_the_same_codes()
    {
        RegionDataException error = Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => new Region("Tom", [], [])));

        Assert.Equal(
            "Det finns 2 problem i regionen 'Tom':\n"
            + "  - municipalities: en region behöver minst en kommun\n"
            + "  - fixed_costs: en region behöver en fast kostnad för minst ett år",
            error.Message);
        Assert.Equal("regionen 'Tom'", error.Subject);
        Assert.Equal(["RegionWithoutMunicipalities", "RegionWithoutFixedCost"], error.Problems.Select(p => p.Code));
        Assert.Equal(
            ["RegionWithoutMunicipalities", "RegionWithoutFixedCost"],
            Assert.Throws<RegionDataException>(() => new Region("Tom", [], [])).Problems.Select(p => p.Code));
        Assert.StartsWith(
            "Det finns 3 problem i regionen '(namnlös)':",
            Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => new Region(" ", [], [new FixedCostPeriod(2021, Sek.FromKronor(-1))]))).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_data_file_exception_reads_in_Swedish()
    {
        string json = RegionFileText.With(("\"population\": 300", "\"population\": 0"), ("\"population\": 100", "\"population\": -1"));

        DataFileException error = Culture.InSwedish(() => Assert.Throws<DataFileException>(() => RegionFile.Parse(json, "lan.json").Region));

        Assert.Equal(
            "Filen lan.json har 2 problem:\n"
            + "lan.json:4: $.municipalities[0].population: ska vara minst 1, inte -1\n"
            + "lan.json:5: $.municipalities[1].population: ska vara minst 1, inte 0",
            error.Message);
        Assert.Equal(["NumberTooSmall", "NumberTooSmall"], error.Problems.Select(p => p.Code));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_timeline_s_problems_and_errors_read_in_Swedish()
    {
        LocalDate july = new(2021, 7, 1);
        RegionDataException overlap = Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => new Timeline<string>("fee schedule", [new(july, "a"), new(july, "b")])));
        Region region = RegionFile.Parse(RegionFileText.Valid, RegionFileText.FileName).Region;

        Assert.Equal("[1].valid_from: ett annat värde (fee schedule) gäller också från 2021-07-01; två värden från samma dag överlappar", Assert.Single(overlap.Problems).ToString());
        Assert.Equal("TimelineValuesOverlap", overlap.Problems[0].Code);
        Assert.Equal("tidslinjen för fee schedule", overlap.Subject);
        Assert.Equal("avgiftstabell från 2021-07-01", Culture.InSwedish(() => region.FeeSchedules!.ToString()));
        Assert.Equal("fee schedule from 2021-07-01", region.FeeSchedules!.ToString());
        Assert.Equal("fee schedule", region.FeeSchedules.What);
        Assert.StartsWith(
            "Det finns ingen avgiftstabell den 2021-06-30: den första gäller från 2021-07-01.",
            Culture.InSwedish(() => Assert.Throws<ArgumentOutOfRangeException>(() => region.FeeSchedules.On(july.PlusDays(-1)))).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Testlän har inga behörighetsregler den 2021-06-30: de första behörighetsreglerna gäller från 2021-07-01.",
            Culture.InSwedish(() => Assert.Throws<ArgumentOutOfRangeException>(() => region.EligibilityOn(july.PlusDays(-1)))).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void The_region_s_other_errors_and_the_population_check_read_in_Swedish()
    {
        Region region = Norrbotten.Region;

        Assert.Equal(
            "den angivna totala folkmängden 249 427 är 1 mindre än summan av raderna, 249 428",
            Culture.InSwedish(() => region.CheckStatedPopulationTotal(Norrbotten.PlanStatedPopulationTotal).ToString()));
        Assert.StartsWith(
            "Norrbotten har ingen fast kostnad för 2020: den första fasta kostnaden gäller från 2021.",
            Culture.InSwedish(() => Assert.Throws<ArgumentOutOfRangeException>(() => region.FixedCostIn(2020))).Message,
            StringComparison.Ordinal);
        Assert.Equal(
            "Norrbotten har ingen kommun med kommunkoden 0001.",
            Culture.InSwedish(() => Assert.Throws<KeyNotFoundException>(() => region.MunicipalityWith(MunicipalityCode.Parse("0001")))).Message);
        Assert.Equal(
            "'25801' är ingen kommunkod: en kommunkod har exakt fyra siffror, t.ex. 2580, och är inte 0000.",
            Culture.InSwedish(() => Assert.Throws<FormatException>(() => MunicipalityCode.Parse("25801"))).Message);
        Assert.StartsWith(
            "'Chef' är ingen känd kod för Role; använd en av socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker.",
            Culture.InSwedish(() => Assert.Throws<ArgumentException>(() => Role.FromCode("Chef"))).Message,
            StringComparison.Ordinal);
        Assert.Equal(
            "Beloppsberäkningen i kronor blev för stor: 92 233 720 368 547 758,07 kr + 0,01 kr ligger utanför det intervall ett exakt kronbelopp kan ha (-92 233 720 368 547 758,08 kr till 92 233 720 368 547 758,07 kr).",
            Culture.InSwedish(() => Assert.Throws<OverflowException>(() => Sek.MaxValue + Sek.FromOre(1))).Message);
        Assert.Equal("950 000 kr", Culture.InSwedish(() => Norrbotten.AnnualFixedCost.ToString()));
    }
}
