using System.Text;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Regions.Files;

/// <summary>
/// A region file's municipalities are Statistics Sweden's (decision 0026): a code that is not an official code, or
/// a name that does not belong to its code, is refused with the official pair named, every problem at once, with
/// its line and JSON path.
/// </summary>
public sealed class OfficialPairFileTests
{
    public static TheoryData<string, string, string[]> OfficialPairs => new()
    {
        { "a code that is not official, with an official name", Row("\"0129\"", "\"Salem\""), ["region.json:5: $.municipalities[1].code: 0129 is not a Swedish municipality code; Salem is 0128"] },
        { "a code that is not official, with a name near an official one", Row("\"0129\"", "\"Salen\""), ["region.json:5: $.municipalities[1].code: 0129 is not a Swedish municipality code; Salem is 0128"] },
        { "a made-up municipality", Row("\"0001\"", "\"Ett\""), ["region.json:5: $.municipalities[1].code: 0001 is not a Swedish municipality code"] },
        { "a misspelt name", Row("\"0128\"", "\"Salen\""), ["region.json:5: $.municipalities[1].name: 0128 is Salem, not Salen"] },
        { "a name in lower case", Row("\"0128\"", "\"salem\""), ["region.json:5: $.municipalities[1].name: 0128 is Salem, not salem"] },
        { "a name with a space after it", Row("\"0128\"", "\"Salem \""), ["region.json:5: $.municipalities[1].name: 0128 is Salem, not Salem "] },
        { "the name of another municipality", Row("\"0128\"", "\"Nacka\""), ["region.json:5: $.municipalities[1].name: 0128 is Salem, not Nacka; Nacka is 0182"] },
        {
            "a code that is not official and a name that is not a string",
            Row("\"0129\"", "5"),
            ["region.json:5: $.municipalities[1].name: must be a string, not the number 5", "region.json:5: $.municipalities[1].code: 0129 is not a Swedish municipality code"]
        },
        {
            "two made-up municipalities, one a member",
            RegionFileText.With(
                ("\"code\": \"0125\", \"name\": \"Ekerö\"", "\"code\": \"0001\", \"name\": \"Ett\""),
                ("\"code\": \"0128\", \"name\": \"Salem\"", "\"code\": \"0002\", \"name\": \"Två\""),
                ("\"name\": \"Testlän\",", "\"name\": \"Testlän\",\n  \"memberships\": [{ \"valid_from\": \"2021-01-01\", \"members\": [\"0001\"] }],")),
            ["region.json:5: $.municipalities[0].code: 0001 is not a Swedish municipality code", "region.json:6: $.municipalities[1].code: 0002 is not a Swedish municipality code"]
        },
    };

    [Theory]
    [MemberData(nameof(OfficialPairs))]
    [Rule("ALLOC-1")]
    public void A_municipality_that_is_not_an_official_pair_is_refused_with_the_official_pair_named(string change, string json, string[] expected)
    {
        RegionFileResult result = RegionFile.Parse(Encoding.UTF8.GetBytes(json), RegionFileText.FileName);

        Assert.False(result.IsValid, change);
        Assert.Equal(expected, result.Problems.Select(p => p.ToString()).ToArray());
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void A_name_in_another_Unicode_normalization_is_the_official_name()
    {
        RegionFileResult result = RegionFile.Parse(RegionFileText.With("\"Ekerö\"", "\"Ekero\u0308\""), RegionFileText.FileName);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal("Ekero\u0308", result.Region.Municipalities[0].Name);
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void The_examples_and_Norrbotten_s_built_in_file_have_official_pairs_only()
    {
        Assert.All(Norrbotten.Region.Municipalities, m => Assert.Null(OfficialMunicipalities.CheckPair(m.Code, m.Name)));
        Region vasterbotten = RegionFile.Read(Support.Repository.PathOf("docs", "examples", "vasterbotten.json")).Region;
        Assert.Equal(OfficialMunicipalities.InCounty(24).Select(m => m.ToMunicipality()), vasterbotten.Municipalities);
    }

    /// <summary>The valid file with its second municipality's code and name replaced.</summary>
    private static string Row(string code, string name) =>
        RegionFileText.With("\"code\": \"0128\", \"name\": \"Salem\"", "\"code\": " + code + ", \"name\": " + name);
}
