using Yrkesresan.Cli.Tests.Support;
using static Yrkesresan.Cli.Tests.Support.Text;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// The municipality CSV of <c>allocate --region</c> may share a total among any parties, so a code that is not
/// Statistics Sweden's, or a name that is not its code's, is accepted with a notice that names the official pair
/// (decision 0026), on standard error; the allocation and the exit code are those of any valid file.
/// </summary>
public sealed class MunicipalityCsvNoticeTests
{
    [Fact]
    [Rule("ALLOC-1")]
    public void A_row_that_is_not_an_official_pair_gets_a_notice_and_the_total_is_still_shared()
    {
        using var file = TempRegionFile.WithText("code,name,population\n2206,Ånge,100\n2260,Ange,300\n0001,Egen part,600\n2281,Sundsvall,1000\n", "parter.csv");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "2000", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                $"notice: {file.Path}:2: code: 2206 is not a Swedish municipality code; Ånge is 2260",
                $"notice: {file.Path}:3: name: 2260 is Ånge, not Ange",
                $"notice: {file.Path}:4: code: 0001 is not a Swedish municipality code"),
            result.Stderr);
        Assert.Equal(
            [
                "code,name,population,share_percent,amount_sek,first_half_sek,second_half_sek",
                "0001,Egen part,600,30,600,300,300",
                "2206,Ånge,100,5,100,50,50",
                "2260,Ange,300,15,300,150,150",
                "2281,Sundsvall,1000,50,1000,500,500",
            ],
            result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Statistics_Sweden_s_own_list_gets_no_notice()
    {
        CliResult result = Tool.Run("allocate", "--region", TestData.ScbNational, "--total", "10000000");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void The_notice_reads_in_Swedish_with_lang_sv()
    {
        using var file = TempRegionFile.WithText("code,name,population\n2260,Sundsvall,300\n", "parter.csv");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "2000", "--lang", "sv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines($"obs: {file.Path}:2: name: 2260 är Ånge, inte Sundsvall; Sundsvall har kommunkoden 2281"), result.Stderr);
    }
}
