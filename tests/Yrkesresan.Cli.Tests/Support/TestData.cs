namespace Yrkesresan.Cli.Tests.Support;

/// <summary>The files in the test project's Data folder.</summary>
internal static class TestData
{
    /// <summary>SCB's population of all 290 Swedish municipalities on 31 December 2020 (<c>code,name,county,population</c>).</summary>
    public static string ScbNational => Path.Combine(AppContext.BaseDirectory, "Data", "scb-folkmangd-2020-12-31.csv");

    /// <summary>The Norrbotten rows of the plan (PP §8.1), as a region file.</summary>
    public const string NorrbottenCsv =
        "code,name,population\n"
        + "2505,Arvidsjaur,6157\n"
        + "2506,Arjeplog,2697\n"
        + "2510,Jokkmokk,4806\n"
        + "2513,Överkalix,3253\n"
        + "2514,Kalix,15793\n"
        + "2518,Övertorneå,4218\n"
        + "2521,Pajala,5986\n"
        + "2523,Gällivare,17502\n"
        + "2560,Älvsbyn,8037\n"
        + "2580,Luleå,78346\n"
        + "2581,Piteå,42294\n"
        + "2582,Boden,28116\n"
        + "2583,Haparanda,9548\n"
        + "2584,Kiruna,22675\n";

    /// <summary>
    /// The expected <c>--format csv</c> output for Norrbotten's 950 000 kr: largest remainder over the
    /// true population sum 249 428 (rule ALLOC-2, ALLOC-3), the first half taking the odd krona (ALLOC-5).
    /// </summary>
    public const string NorrbottenExpectedCsv =
        "code,name,population,share_percent,amount_sek,first_half_sek,second_half_sek\n"
        + "2505,Arvidsjaur,6157,3,23450,11725,11725\n"
        + "2506,Arjeplog,2697,1,10272,5136,5136\n"
        + "2510,Jokkmokk,4806,2,18305,9153,9152\n"
        + "2513,Överkalix,3253,1,12390,6195,6195\n"
        + "2514,Kalix,15793,6,60151,30076,30075\n"
        + "2518,Övertorneå,4218,2,16065,8033,8032\n"
        + "2521,Pajala,5986,2,22799,11400,11399\n"
        + "2523,Gällivare,17502,7,66660,33330,33330\n"
        + "2560,Älvsbyn,8037,3,30611,15306,15305\n"
        + "2580,Luleå,78346,32,298397,149199,149198\n"
        + "2581,Piteå,42294,17,161086,80543,80543\n"
        + "2582,Boden,28116,11,107086,53543,53543\n"
        + "2583,Haparanda,9548,4,36366,18183,18183\n"
        + "2584,Kiruna,22675,9,86362,43181,43181\n";
}
