using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// A year-end settlement as a workbook (<c>settle --format xlsx</c>): the columns of the table output, one row per
/// municipality, the net of each row as the formula fixed cost + fees − pot, the totals as <c>SUM</c> formulas, and
/// the trainer pot under the table.
/// </summary>
internal static class SettlementWorkbook
{
    /// <summary>The rules the settlement's figures follow.</summary>
    public const string Rules = "FEE-1–FEE-3, POT-1–POT-3, ALLOC-1–ALLOC-5";

    /// <summary>Writes the settlement.</summary>
    /// <param name="settlement">The settlement.</param>
    /// <returns>The workbook's bytes.</returns>
    public static byte[] Write(YearEndSettlement settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        var book = new WorkbookBuilder();
        ResultSheet table = ResultSheet.Start(
            book,
            Texts.Format(WorkbookTexts.WorkbookSheetSettlement, settlement.Year),
            Texts.Format(OutputTexts.SettlementHeading, settlement.Region.Name, settlement.Year, settlement.Municipalities.Length),
            Rules,
            OutputTexts.ColumnCode,
            OutputTexts.ColumnMunicipality,
            OutputTexts.ColumnParticipantDays,
            OutputTexts.ColumnFees,
            OutputTexts.ColumnTrainerDays,
            OutputTexts.ColumnPot,
            OutputTexts.ColumnFixedCost,
            OutputTexts.ColumnFirstHalf,
            OutputTexts.ColumnSecondHalf,
            OutputTexts.ColumnNet);
        foreach (MunicipalitySettlement line in settlement.Municipalities)
        {
            int row = table.Sheet.NextRow;
            table.Line(
                SheetCell.Of(line.Code.ToString()),
                SheetCell.Of(line.Municipality.Name),
                SheetCell.Integer(line.ParticipantDays),
                SheetCell.Kronor(line.VariableFees.WholeKronor),
                SheetCell.Integer(line.TrainerDays),
                SheetCell.Kronor(line.PotPayout.WholeKronor),
                SheetCell.Kronor(line.FixedCost.WholeKronor),
                SheetCell.Kronor(line.FirstHalf.WholeKronor),
                SheetCell.Kronor(line.SecondHalf.WholeKronor),
                SheetCell.Formula($"G{row}+D{row}-F{row}", line.Net.WholeKronor, CellStyle.Kronor));
        }

        var lines = settlement.Municipalities;
        table.Totals(
            OutputTexts.ColumnTotal,
            (3, lines.Sum(l => l.ParticipantDays), CellStyle.TotalInteger),
            (4, Sum(lines.Select(l => l.VariableFees)), CellStyle.TotalKronor),
            (5, lines.Sum(l => l.TrainerDays), CellStyle.TotalInteger),
            (6, Sum(lines.Select(l => l.PotPayout)), CellStyle.TotalKronor),
            (7, Sum(lines.Select(l => l.FixedCost)), CellStyle.TotalKronor),
            (8, Sum(lines.Select(l => l.FirstHalf)), CellStyle.TotalKronor),
            (9, Sum(lines.Select(l => l.SecondHalf)), CellStyle.TotalKronor),
            (10, Sum(lines.Select(l => l.Net)), CellStyle.TotalKronor));

        table.Sheet.Add();
        table.Line(SheetCell.Of(WorkbookTexts.WorkbookPotCollected, CellStyle.Label), null, null, null, null, SheetCell.Kronor(settlement.Pot.Collected.WholeKronor));
        table.Line(SheetCell.Of(WorkbookTexts.WorkbookPotPaidOut, CellStyle.Label), null, null, null, null, SheetCell.Kronor(settlement.Pot.PaidOut.WholeKronor));
        table.Line(SheetCell.Of(WorkbookTexts.WorkbookPotUndistributed, CellStyle.Label), null, null, null, null, SheetCell.Kronor(settlement.Pot.Undistributed.WholeKronor));
        table.Note(OutputTexts.SettlementFooter);
        return book.ToBytes();
    }

    private static long Sum(IEnumerable<Sek> amounts) => Sek.Sum(amounts).WholeKronor;
}
