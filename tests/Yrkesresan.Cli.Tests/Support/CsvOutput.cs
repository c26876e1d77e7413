using System.Globalization;

namespace Yrkesresan.Cli.Tests.Support;

/// <summary>One data row of the tool's <c>--format csv</c> output.</summary>
internal sealed record CsvOutputRow(string Code, string Name, long Population, long SharePercent, long Amount, long FirstHalf, long SecondHalf)
{
    /// <summary>
    /// Reads the tool's CSV output. The tests' names contain no comma or quote, so splitting on
    /// commas is enough; the header is checked to be the contract's.
    /// </summary>
    public static IReadOnlyList<CsvOutputRow> Parse(string csv)
    {
        string[] lines = csv.Split('\n');
        Assert.Equal("code,name,population,share_percent,amount_sek,first_half_sek,second_half_sek", lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        return [.. lines[1..^1].Select(line =>
        {
            string[] f = line.Split(',');
            Assert.Equal(7, f.Length);
            return new CsvOutputRow(f[0], f[1], L(f[2]), L(f[3]), L(f[4]), L(f[5]), L(f[6]));
        })];
    }

    private static long L(string text) => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
