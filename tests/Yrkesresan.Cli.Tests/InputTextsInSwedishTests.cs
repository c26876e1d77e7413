using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// What the tool says about the files a command reads and about the region, in Swedish with <c>--lang sv</c>: a file
/// that cannot be read, a municipality CSV where a region file is needed, a day before the region's first eligibility
/// policy, and the prefix of a notice (<c>obs: </c>).
/// </summary>
public sealed class InputTextsInSwedishTests
{
    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_file_that_cannot_be_read_is_explained_in_Swedish()
    {
        using var folder = new TempFolder();
        string missing = folder.PathOf("saknas.json");

        CliResult noFile = Tool.Run("check", "--ledger", missing, "--lang", "sv");
        CliResult directory = Tool.Run("steps", "--staff", folder.Path, "--lang", "sv");

        Assert.Equal(2, noFile.ExitCode);
        Assert.Equal($"yrkesresan: --ledger {missing}: filen finns inte.", noFile.StderrLines[0]);
        Assert.Equal(2, directory.ExitCode);
        Assert.Equal($"yrkesresan: --staff {folder.Path} är en mapp; ange en fil.", directory.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_municipality_csv_as_the_region_is_explained_in_Swedish()
    {
        using TempRegionFile csv = TempRegionFile.WithText(TestData.NorrbottenCsv, "norrbotten.csv");

        CliResult settle = Tool.Run("settle", "--ledger", TestLedgers.NorrbottenExample, "--year", "2023", "--region", csv.Path, "--lang", "sv");
        CliResult step = Tool.Run("step", "--role", "chef", "--period", "2015-01-01", "--region", csv.Path, "--lang", "sv");

        Assert.Equal(
            $"yrkesresan: --region {csv.Path} är ingen regionfil (.json): en CSV med kommuner har varken avgifter eller kurskatalog, så ange en regionfil, eller utelämna --region för Norrbotten.",
            settle.StderrLines[0]);
        Assert.Equal(
            $"yrkesresan: --region {csv.Path} är ingen regionfil (.json): en CSV med kommuner har inga behörighetsregler, så ange en regionfil, eller utelämna --region för Norrbotten.",
            step.StderrLines[0]);
    }

    [Theory]
    [Trait("Contract", "Swedish and English")]
    [InlineData(2021, "--as-of", "2021-06-30")]
    [InlineData(2021, "i dag", null)]
    public void A_day_before_the_first_eligibility_policy_is_explained_in_Swedish(int year, string which, string? asOf)
    {
        string[] args = ["step", "--role", "chef", "--period", "2015-01-01", "--lang", "sv", .. asOf is null ? Array.Empty<string>() : ["--as-of", asOf]];

        CliResult result = Tool.RunIn(year, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"yrkesresan: Behörighetsreglerna för Norrbotten gäller från 2021-07-01, så de ger inget svar för {asOf ?? "2021-06-15"} ({which}); ange --as-of 2021-07-01 eller senare.",
            result.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_notice_starts_with_obs_in_Swedish()
    {
        CliResult result = Tool.Run("check", "--ledger", TestLedgers.NorrbottenExample, "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.StderrLines);
        Assert.All(result.StderrLines, l => Assert.StartsWith("obs: ", l, StringComparison.Ordinal));
    }
}
