using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions.Official;

/// <summary>
/// Whether a code and a name are an official pair, and when not, the problem that names the official pair
/// (decision 0026): the code's own name, or the code of the name given or of the official name nearest to it.
/// </summary>
public sealed class OfficialPairTests
{
    [Theory]
    [InlineData("2206", "Ånge", "code: 2206 is not a Swedish municipality code; Ånge is 2260")]
    [InlineData("2206", "Ange", "code: 2206 is not a Swedish municipality code; Ånge is 2260")]
    [InlineData("2206", "ÅNGE", "code: 2206 is not a Swedish municipality code; Ånge is 2260")]
    [InlineData("2206", "Testkommun", "code: 2206 is not a Swedish municipality code")]
    [InlineData("0001", "Ett", "code: 0001 is not a Swedish municipality code")]
    [InlineData("9999", "Skelefteå", "code: 9999 is not a Swedish municipality code; Skellefteå is 2482")]
    [InlineData("2260", "Ange", "name: 2260 is Ånge, not Ange")]
    [InlineData("2260", "ånge", "name: 2260 is Ånge, not ånge")]
    [InlineData("2260", "Ånge ", "name: 2260 is Ånge, not Ånge ")]
    [InlineData("2260", "Testkommun", "name: 2260 is Ånge, not Testkommun")]
    [InlineData("2260", "Sundsvall", "name: 2260 is Ånge, not Sundsvall; Sundsvall is 2281")]
    [InlineData("2260", "Sundsval", "name: 2260 is Ånge, not Sundsval; Sundsvall is 2281")]
    [InlineData("2281", "Sundsval", "name: 2281 is Sundsvall, not Sundsval")]
    [InlineData("1480", "Goteborg", "name: 1480 is Göteborg, not Goteborg")]
    [Rule("ALLOC-1")]
    public void A_pair_that_is_not_official_is_a_problem_that_names_the_official_pair(string code, string name, string expected)
    {
        DataProblem? problem = OfficialMunicipalities.CheckPair(MunicipalityCode.Parse(code), name);

        Assert.NotNull(problem);
        Assert.Equal(expected, problem.ToString());
    }

    [Theory]
    [InlineData("2260", "Ånge")]
    [InlineData("2260", "A\u030Ange")]
    [InlineData("0114", "Upplands Väsby")]
    [InlineData("2580", "Luleå")]
    [InlineData("0980", "Gotland")]
    [Rule("ALLOC-1")]
    public void An_official_pair_has_no_problem_whatever_its_Unicode_normalization(string code, string name) =>
        Assert.Null(OfficialMunicipalities.CheckPair(MunicipalityCode.Parse(code), name));

    [Fact]
    [Rule("ALLOC-1")]
    public void Every_pair_of_the_list_is_official()
    {
        Assert.All(OfficialMunicipalities.All, m => Assert.Null(OfficialMunicipalities.CheckPair(m.Code, m.Name)));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void The_problems_of_a_pair_read_in_Swedish_with_the_same_codes()
    {
        (string Code, string Name, string Swedish, string Key)[] cases =
        [
            ("2206", "Ånge", "code: 2206 är ingen svensk kommunkod; Ånge har kommunkoden 2260", "MunicipalityCodeNotOfficialNameIs"),
            ("2206", "Testkommun", "code: 2206 är ingen svensk kommunkod", "MunicipalityCodeNotOfficial"),
            ("2260", "Ange", "name: 2260 är Ånge, inte Ange", "MunicipalityNameNotOfCode"),
            ("2260", "Sundsvall", "name: 2260 är Ånge, inte Sundsvall; Sundsvall har kommunkoden 2281", "MunicipalityNameOfAnotherCode"),
        ];

        Assert.All(cases, c =>
        {
            DataProblem english = OfficialMunicipalities.CheckPair(MunicipalityCode.Parse(c.Code), c.Name)!;
            DataProblem swedish = Culture.InSwedish(() => OfficialMunicipalities.CheckPair(MunicipalityCode.Parse(c.Code), c.Name)!);
            Assert.Equal(c.Swedish, swedish.ToString());
            Assert.Equal((c.Key, c.Key), (english.Code, swedish.Code));
        });
    }
}
