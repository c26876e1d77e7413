using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// Properties of <c>allocate</c> over random region files and totals: the sums that make an
/// allocation an allocation hold for every valid input, not only for Norrbotten.
/// </summary>
public sealed class AllocationPropertyTests
{
    private static readonly string[] GroupSeparators = [string.Empty, " ", "\u00A0", "\u202F"];

    [Fact]
    [Rule("ALLOC-2")]
    public void For_any_valid_region_file_and_total_the_amounts_add_up_to_the_total_the_halves_to_each_amount_and_the_percents_to_100()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(200),
            Prop.ForAll(Arb.From(RegionCases()), region =>
            {
                using var file = TempRegionFile.WithBytes(region.FileBytes());
                CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", region.Total.ToString(CultureInfo.InvariantCulture), "--format", "csv");

                Assert.True(result.ExitCode == 0, result.Stderr);
                IReadOnlyList<CsvOutputRow> rows = CsvOutputRow.Parse(result.Stdout);
                Assert.Equal(region.Rows.Length, rows.Count);
                Assert.Equal(region.Total, rows.Sum(r => r.Amount));
                Assert.All(rows, r => Assert.Equal(r.Amount, r.FirstHalf + r.SecondHalf));
                Assert.All(rows, r => Assert.InRange(r.FirstHalf - r.SecondHalf, 0, 1));
                Assert.Equal(100, rows.Sum(r => r.SharePercent));
                Assert.Equal(rows.Select(r => r.Code).Order(StringComparer.Ordinal), rows.Select(r => r.Code));
                Assert.Equal(region.Rows.Sum(r => r.Population), rows.Sum(r => r.Population));
            }));
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void For_any_valid_region_file_each_amount_is_within_one_krona_of_its_exact_quota()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(100),
            Prop.ForAll(Arb.From(RegionCases()), region =>
            {
                using var file = TempRegionFile.WithBytes(region.FileBytes());
                CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", region.Total.ToString(CultureInfo.InvariantCulture), "--format", "csv");

                IReadOnlyList<CsvOutputRow> rows = CsvOutputRow.Parse(result.Stdout);
                long populationTotal = rows.Sum(r => r.Population);
                Assert.All(rows, r =>
                {
                    // amount is the floor or the ceiling of total × population ÷ population total.
                    Int128 exactTimesDenominator = (Int128)region.Total * r.Population;
                    Int128 amountTimesDenominator = (Int128)r.Amount * populationTotal;
                    Assert.True(Int128.Abs(amountTimesDenominator - exactTimesDenominator) < populationTotal, $"{r.Code}: {r.Amount}");
                });
            }));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Any_file_content_at_all_gives_either_a_result_or_problems_by_line_never_a_crash_or_a_partial_result()
    {
        Gen<string> noise =
            from pieces in Gen.Elements("2505", "0114", "Luleå", "x", ",", ";", "\"", "\n", "\r\n", " ", "\u00A0", "-", "0", "12.5", "code", "name", "population", "\uFEFF").ListOf()
            select string.Concat(pieces);
        Gen<string> files = Gen.OneOf(noise, noise.Select(n => "code,name,population\n" + n));

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300),
            Prop.ForAll(Arb.From(files), content =>
            {
                using var file = TempRegionFile.WithText(content);
                CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "1000", "--format", "csv");

                Assert.Contains(result.ExitCode, new[] { 0, 1 });
                if (result.ExitCode == 0)
                {
                    Assert.Equal(string.Empty, result.Stderr);
                    Assert.Equal(1000, CsvOutputRowsAmountTotal(result.Stdout));
                }
                else
                {
                    Assert.Equal(string.Empty, result.Stdout);
                    Assert.NotEmpty(result.StderrLines);
                    Assert.All(result.StderrLines, line => Assert.Matches(@"^.+:\d+: (code|name|population|header|row|encoding): .+$", line));
                }
            }));
    }

    private static Gen<RegionCase> RegionCases() =>
        from codes in Gen.Choose(1, 9999).NonEmptyListOf().Select(c => c.Distinct().Take(60).ToArray())
        from populations in Gen.Choose(1, 2_000_000).ArrayOf(codes.Length)
        from total in Gen.OneOf(Gen.Choose(0, 1_000).Select(t => (long)t), Gen.Choose(0, int.MaxValue).Select(t => (long)t), LargeTotals())
        from separator in Gen.Elements(',', ';')
        from groupSeparator in Gen.Elements(GroupSeparators)
        from byteOrderMark in Gen.Elements(true, false)
        from county in Gen.Elements(true, false)
        select new RegionCase(
            [.. codes.Select((c, i) => new RegionRow(c.ToString("D4", CultureInfo.InvariantCulture), $"Kommun {c}", populations[i]))],
            total,
            separator,
            groupSeparator,
            byteOrderMark,
            county);

    private static Gen<long> LargeTotals() =>
        from high in Gen.Choose(0, 1_000_000)
        from low in Gen.Choose(0, 999_999_999)
        select ((long)high * 1_000_000_000) + low;

    /// <summary>The sum of the amount_sek column of CSV output, read by a CSV reader since names may hold commas or quotes.</summary>
    private static long CsvOutputRowsAmountTotal(string csv)
    {
        using CsvHelper.CsvReader reader = CsvHelper.CsvReader.FromText(csv, new CsvHelper.CsvReaderOptions { Separator = ',' });
        long sum = 0;
        while (reader.Read())
        {
            sum += long.Parse(reader.GetString("amount_sek"), CultureInfo.InvariantCulture);
        }

        return sum;
    }

    private sealed record RegionRow(string Code, string Name, long Population);

    private sealed record RegionCase(RegionRow[] Rows, long Total, char Separator, string GroupSeparator, bool ByteOrderMark, bool County)
    {
        public byte[] FileBytes()
        {
            var text = new StringBuilder();
            char s = Separator;
            text.Append(County ? $"code{s}name{s}county{s}population\n" : $"code{s}name{s}population\n");
            foreach (RegionRow row in Rows)
            {
                string population = row.Population.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", GroupSeparator, StringComparison.Ordinal);
                text.Append(County
                    ? $"{row.Code}{s}\"{row.Name}\"{s}Län{s}{population}\n"
                    : $"{row.Code}{s}{row.Name}{s}{population}\n");
            }

            byte[] bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            return ByteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
        }

        public override string ToString() =>
            $"{Rows.Length} rows, total {Total}, separator '{Separator}', group separator U+{(GroupSeparator.Length == 0 ? "none" : ((int)GroupSeparator[0]).ToString("X4", CultureInfo.InvariantCulture))}, BOM {ByteOrderMark}, county {County}: "
            + string.Join(" ", Rows.Select(r => $"{r.Code}={r.Population}"));
    }
}
