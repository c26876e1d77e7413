using System.Text;
using NodaTime;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions.Official;

/// <summary>
/// Statistics Sweden's list of the 290 municipalities, embedded in the library: the basis of a region's municipalities
/// and so of the shares of its fixed cost (ALLOC-1), and the judge of a region file's codes and names (decision 0026).
/// </summary>
public sealed class OfficialMunicipalitiesTests
{
    [Fact]
    [Rule("ALLOC-1")]
    public void The_list_has_the_290_municipalities_whose_populations_add_up_to_Sweden_s_10_379_295()
    {
        Assert.Equal(290, OfficialMunicipalities.All.Length);
        Assert.Equal(10_379_295, OfficialMunicipalities.All.Sum(m => m.Population));
        Assert.Equal(new LocalDate(2020, 12, 31), OfficialMunicipalities.PopulationDate);
        Assert.All(OfficialMunicipalities.All, m => Assert.InRange(m.Population, 1, 1_000_000));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Codes_and_names_are_unique_and_the_list_is_in_the_order_of_the_codes()
    {
        Assert.Equal(290, OfficialMunicipalities.All.Select(m => m.Code).Distinct().Count());
        Assert.Equal(290, OfficialMunicipalities.All.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(OfficialMunicipalities.All.OrderBy(m => m.Code), OfficialMunicipalities.All);
        Assert.All(OfficialMunicipalities.All, m => Assert.True(m.Name.IsNormalized(NormalizationForm.FormC), m.Name));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void There_are_21_counties_and_every_municipality_s_code_starts_with_its_county_s_code()
    {
        Assert.Equal(21, OfficialMunicipalities.Counties.Length);
        Assert.Equal(
            [1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25],
            OfficialMunicipalities.Counties.Select(c => c.Code));
        Assert.Equal(21, OfficialMunicipalities.Counties.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(OfficialMunicipalities.All, m =>
        {
            Assert.Equal(m.Code.CountyCode, m.County.Code);
            Assert.Contains(m, m.County.Municipalities);
        });
        Assert.Equal(290, OfficialMunicipalities.Counties.Sum(c => c.Municipalities.Length));
        Assert.Equal(10_379_295, OfficialMunicipalities.Counties.Sum(c => c.Population));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void In_the_embedded_file_every_county_name_has_one_code_and_every_code_one_name()
    {
        string[][] rows = [.. File.ReadAllLines(Repository.PathOf("src", "Yrkesresan.Domain", "Regions", "Official", "scb-folkmangd-2020-12-31.csv"))
            .Skip(1)
            .Select(line => line.Split(','))];

        Assert.Equal(290, rows.Length);
        Assert.All(rows.GroupBy(r => r[2]), county => Assert.Single(county.Select(r => r[0][..2]).Distinct()));
        Assert.All(rows.GroupBy(r => r[0][..2]), code => Assert.Single(code.Select(r => r[2]).Distinct()));
        Assert.Equal(
            rows.Select(r => (r[0], r[1], r[2], long.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture))),
            OfficialMunicipalities.All.Select(m => (m.Code.ToString(), m.Name, m.County.Name, m.Population)));
    }

    [Fact]
    [Rule("ALLOC-3")]
    public void Norrbottens_lan_is_the_plan_s_14_municipalities_with_SCB_s_populations_not_the_plan_s()
    {
        Assert.True(OfficialMunicipalities.TryFindCounty(25, out County? norrbotten));

        Assert.Equal("Norrbottens län", norrbotten.Name);
        Assert.Equal("25 Norrbottens län", norrbotten.ToString());
        Assert.Equal(
            Norrbotten.Region.Municipalities.Select(m => (m.Code, m.Name)),
            norrbotten.Municipalities.Select(m => (m.Code, m.Name)));
        Assert.Equal(
            [6_145, 2_718, 4_851, 3_289, 15_812, 4_217, 5_966, 17_462, 8_054, 78_549, 42_226, 28_060, 9_601, 22_664],
            norrbotten.Municipalities.Select(m => m.Population));
        Assert.Equal(249_614, norrbotten.Population);
        Assert.NotEqual(Norrbotten.Region.PopulationTotal, norrbotten.Population);
        Assert.Equal(norrbotten.Municipalities, OfficialMunicipalities.InCounty(25));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_municipality_is_found_by_its_code_or_its_exact_name_and_becomes_a_region_s_with_the_population_date()
    {
        Assert.True(OfficialMunicipalities.TryFind(MunicipalityCode.Parse("2260"), out OfficialMunicipality? ange));
        Assert.Equal("2260 Ånge", ange.ToString());
        Assert.Equal("22 Västernorrlands län", ange.County.ToString());
        Assert.True(OfficialMunicipalities.TryFindByName("Ånge", out OfficialMunicipality? byName));
        Assert.Same(ange, byName);
        Assert.True(OfficialMunicipalities.TryFindByName("A\u030Ange", out OfficialMunicipality? decomposed));
        Assert.Same(ange, decomposed);

        Municipality municipality = ange.ToMunicipality();
        Assert.Equal((ange.Code, "Ånge", 9_226L, (LocalDate?)new LocalDate(2020, 12, 31)), (municipality.Code, municipality.Name, municipality.Population, municipality.PopulationDate));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_code_name_or_county_that_is_not_in_the_list_is_not_found()
    {
        Assert.False(OfficialMunicipalities.TryFind(MunicipalityCode.Parse("2206"), out OfficialMunicipality? none));
        Assert.Null(none);
        Assert.False(OfficialMunicipalities.TryFindByName("ånge", out _));
        Assert.False(OfficialMunicipalities.TryFindByName("Ånge ", out _));
        Assert.False(OfficialMunicipalities.TryFindCounty(26, out County? county));
        Assert.Null(county);
        Assert.False(OfficialMunicipalities.TryFindCounty(2, out _));
        Assert.Empty(OfficialMunicipalities.InCounty(26));
        Assert.Empty(OfficialMunicipalities.InCounty(0));
    }
}
