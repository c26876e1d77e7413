using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>A fixed-cost statement as a workbook (<c>allocate --format xlsx</c>): the columns of the table output and a total row of <c>SUM</c> formulas.</summary>
internal static class AllocationWorkbook
{
    /// <summary>The rules the statement's figures follow.</summary>
    public const string Rules = "ALLOC-1–ALLOC-5";

    /// <summary>Writes the statement.</summary>
    /// <param name="report">The statement and where it came from.</param>
    /// <returns>The workbook's bytes.</returns>
    public static byte[] Write(AllocationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        FixedCostStatement statement = report.Statement;
        var book = new WorkbookBuilder();
        ResultSheet table = ResultSheet.Start(
            book,
            report.Year is int year ? Texts.Format(WorkbookTexts.WorkbookSheetAllocation, year) : WorkbookTexts.WorkbookSheetAllocationNoYear,
            TableStatementWriter.Heading(report),
            Rules,
            OutputTexts.ColumnCode,
            OutputTexts.ColumnMunicipality,
            OutputTexts.ColumnPopulation,
            OutputTexts.ColumnShare,
            OutputTexts.ColumnAmount,
            OutputTexts.ColumnFirstHalf,
            OutputTexts.ColumnSecondHalf);
        foreach (FixedCostLine line in statement.Lines)
        {
            table.Line(
                SheetCell.Of(line.Code.ToString()),
                SheetCell.Of(line.Municipality.Name),
                SheetCell.Integer(line.Municipality.Population),
                SheetCell.Integer(line.SharePercent),
                SheetCell.Kronor(line.Annual.WholeKronor),
                SheetCell.Kronor(line.FirstHalf.WholeKronor),
                SheetCell.Kronor(line.SecondHalf.WholeKronor));
        }

        table.Totals(
            OutputTexts.ColumnTotal,
            (3, statement.PopulationTotal, CellStyle.TotalInteger),
            (4, statement.Lines.Sum(l => l.SharePercent), CellStyle.TotalInteger),
            (5, Sek.Sum(statement.Lines.Select(l => l.Annual)).WholeKronor, CellStyle.TotalKronor),
            (6, Sek.Sum(statement.Lines.Select(l => l.FirstHalf)).WholeKronor, CellStyle.TotalKronor),
            (7, Sek.Sum(statement.Lines.Select(l => l.SecondHalf)).WholeKronor, CellStyle.TotalKronor));
        table.Note(Texts.Format(OutputTexts.AllocationFooter, statement.Kronor.Policy.Name));
        return book.ToBytes();
    }
}
