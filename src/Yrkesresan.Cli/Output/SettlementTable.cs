using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Cli.Output;

/// <summary>Writes a year-end settlement as a readable table, with totals and a line on the trainer pot.</summary>
internal static class SettlementTable
{
    /// <summary>The table's width: ten columns do not fit the usual 120 without cutting names.</summary>
    private const int WideWidth = 160;

    /// <summary>Writes the settlement.</summary>
    /// <param name="settlement">The settlement.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(YearEndSettlement settlement, TextWriter output)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{settlement.Region.Name} {settlement.Year}: year-end settlement of {settlement.Municipalities.Length} municipalities"));
        output.WriteLine(
            $"Trainer pot: {settlement.Pot.Collected} collected, {settlement.Pot.PaidOut} paid out by trainer days, "
            + $"{settlement.Pot.Undistributed} undistributed.");
        output.WriteLine();

        var table = new Table { Border = TableBorder.Ascii, ShowFooters = true };
        var lines = settlement.Municipalities;
        table.AddColumn(new TableColumn("Code").Footer("Total"));
        table.AddColumn(new TableColumn("Municipality"));
        table.AddColumn(Number("Part. days", lines.Sum(l => l.ParticipantDays)));
        table.AddColumn(Number("Fees (kr)", Sum(lines.Select(l => l.VariableFees))));
        table.AddColumn(Number("Trainer days", lines.Sum(l => l.TrainerDays)));
        table.AddColumn(Number("Pot (kr)", Sum(lines.Select(l => l.PotPayout))));
        table.AddColumn(Number("Fixed (kr)", Sum(lines.Select(l => l.FixedCost))));
        table.AddColumn(Number("Jan–Jun (kr)", Sum(lines.Select(l => l.FirstHalf))));
        table.AddColumn(Number("Jul–Dec (kr)", Sum(lines.Select(l => l.SecondHalf))));
        table.AddColumn(Number("Net (kr)", Sum(lines.Select(l => l.Net))));
        foreach (MunicipalitySettlement line in lines)
        {
            table.AddRow(new IRenderable[]
            {
                new Text(line.Code.ToString()),
                new Text(line.Municipality.Name),
                Integer(line.ParticipantDays),
                Integer(line.VariableFees.WholeKronor),
                Integer(line.TrainerDays),
                Integer(line.PotPayout.WholeKronor),
                Integer(line.FixedCost.WholeKronor),
                Integer(line.FirstHalf.WholeKronor),
                Integer(line.SecondHalf.WholeKronor),
                Integer(line.Net.WholeKronor),
            });
        }

        PlainConsole.Create(output, WideWidth).Write(table);
        output.WriteLine();
        output.WriteLine("Net = fixed cost + variable fees - pot payout. The pot is shared by trainer days (largest remainder); "
                         + "the Jan–Jun invoice takes any odd krona of the fixed cost.");
    }

    private static long Sum(IEnumerable<Sek> amounts) => Sek.Sum(amounts).WholeKronor;

    private static TableColumn Number(string heading, long total) =>
        new TableColumn(new Text(heading)).RightAligned().Footer(Integer(total));

    private static Text Integer(long value) => new(SwedishNumberFormat.FormatInteger(value));
}
