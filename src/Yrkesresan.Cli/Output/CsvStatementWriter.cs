using System.Globalization;
using CsvHelper;
using Yrkesresan.Domain.Allocation;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes a statement as CSV: the header
/// <c>code,name,population,share_percent,amount_sek,first_half_sek,second_half_sek</c>, then one
/// row per municipality in ascending code order; integers without separators, names quoted only
/// when they need it, LF line endings.
/// </summary>
internal static class CsvStatementWriter
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header =
        ["code", "name", "population", "share_percent", "amount_sek", "first_half_sek", "second_half_sek"];

    /// <summary>Writes the statement.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(AllocationReport report, TextWriter output)
    {
        using CsvWriter csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (FixedCostLine line in report.Statement.Lines)
        {
            csv.WriteRecord(
            [
                line.Code.ToString(),
                line.Municipality.Name,
                Integer(line.Municipality.Population),
                Integer(line.SharePercent),
                Integer(line.Annual.WholeKronor),
                Integer(line.FirstHalf.WholeKronor),
                Integer(line.SecondHalf.WholeKronor),
            ]);
        }

        csv.Flush();
    }

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);
}
