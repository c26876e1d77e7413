using Spectre.Console;
using Spectre.Console.Rendering;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Cli.Output;

/// <summary>Writes a year-end settlement as a readable table, with totals and a line on the trainer pot.</summary>
internal static class SettlementTable
{
    /// <summary>The table's width: ten columns do not fit the usual 120 without cutting names (the Swedish headings are longer).</summary>
    private const int WideWidth = 180;

    /// <summary>Writes the settlement.</summary>
    /// <param name="settlement">The settlement.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(YearEndSettlement settlement, TextWriter output)
    {
        output.WriteLine(Texts.Format(OutputTexts.SettlementHeading, settlement.Region.Name, settlement.Year, settlement.Municipalities.Length));
        output.WriteLine(Texts.Format(OutputTexts.SettlementPot, settlement.Pot.Collected, settlement.Pot.PaidOut, settlement.Pot.Undistributed));
        output.WriteLine();

        var table = new Table { Border = TableBorder.Ascii, ShowFooters = true };
        var lines = settlement.Municipalities;
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnCode)).Footer(new Text(OutputTexts.ColumnTotal)));
        table.AddColumn(new TableColumn(new Text(OutputTexts.ColumnMunicipality)));
        table.AddColumn(Number(OutputTexts.ColumnParticipantDays, lines.Sum(l => l.ParticipantDays)));
        table.AddColumn(Number(OutputTexts.ColumnFees, Sum(lines.Select(l => l.VariableFees))));
        table.AddColumn(Number(OutputTexts.ColumnTrainerDays, lines.Sum(l => l.TrainerDays)));
        table.AddColumn(Number(OutputTexts.ColumnPot, Sum(lines.Select(l => l.PotPayout))));
        table.AddColumn(Number(OutputTexts.ColumnFixedCost, Sum(lines.Select(l => l.FixedCost))));
        table.AddColumn(Number(OutputTexts.ColumnFirstHalf, Sum(lines.Select(l => l.FirstHalf))));
        table.AddColumn(Number(OutputTexts.ColumnSecondHalf, Sum(lines.Select(l => l.SecondHalf))));
        table.AddColumn(Number(OutputTexts.ColumnNet, Sum(lines.Select(l => l.Net))));
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
        output.WriteLine(OutputTexts.SettlementFooter);
    }

    private static long Sum(IEnumerable<Sek> amounts) => Sek.Sum(amounts).WholeKronor;

    private static TableColumn Number(string heading, long total) =>
        new TableColumn(new Text(heading)).RightAligned().Footer(Integer(total));

    private static Text Integer(long value) => new(SwedishNumberFormat.FormatInteger(value));
}
