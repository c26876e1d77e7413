using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// The invoice basis of one occasion or of a period as a workbook (<c>invoice --format xlsx</c>): one row per occasion,
/// municipality and fee component with the occasion's id, course and first and last day as date cells, and a total
/// of <c>SUM</c> formulas; and a second sheet with each municipality's amount in all as a <c>SUMIF</c> of the first.
/// </summary>
internal static class InvoiceWorkbook
{
    /// <summary>The rules the invoice basis follows.</summary>
    public const string Rules = "FEE-1–FEE-3";

    private const int AmountColumn = 10;
    private const int NameColumn = 6;

    /// <summary>Writes the invoice basis.</summary>
    /// <param name="title">The title of the lines: the heading of the table output.</param>
    /// <param name="byMunicipalityTitle">The title of the sheet by municipality.</param>
    /// <param name="invoices">The occasions' invoice bases.</param>
    /// <returns>The workbook's bytes.</returns>
    public static byte[] Write(string title, string byMunicipalityTitle, IReadOnlyList<OccasionInvoice> invoices)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        var book = new WorkbookBuilder();
        ResultSheet lines = ResultSheet.Start(
            book,
            WorkbookTexts.WorkbookSheetInvoice,
            title,
            Rules,
            OutputTexts.ColumnOccasion,
            OutputTexts.ColumnCourse,
            OutputTexts.ColumnFirstDay,
            OutputTexts.ColumnLastDay,
            OutputTexts.ColumnCode,
            OutputTexts.ColumnMunicipality,
            OutputTexts.ColumnComponent,
            OutputTexts.ColumnParticipantDays,
            OutputTexts.ColumnUnitPrice,
            OutputTexts.ColumnAmount);
        foreach (OccasionInvoice invoice in invoices)
        {
            foreach (InvoiceLine line in invoice.Lines)
            {
                lines.Line(
                    SheetCell.Of(invoice.Occasion.Id),
                    SheetCell.Of(invoice.Occasion.CourseId),
                    SheetCell.Date(invoice.Occasion.FirstDate),
                    SheetCell.Date(invoice.Occasion.LastDate),
                    SheetCell.Of(line.Municipality.Code.ToString()),
                    SheetCell.Of(line.Municipality.Name),
                    SheetCell.Of(PeopleWords.Of(line.Component)),
                    SheetCell.Integer(line.ParticipantDays),
                    SheetCell.Kronor(line.UnitPrice.WholeKronor),
                    SheetCell.Kronor(line.Amount.WholeKronor));
            }
        }

        int lastLine = lines.Sheet.NextRow - 1;
        lines.Totals(OutputTexts.ColumnTotal, (AmountColumn, invoices.Sum(i => i.Total.WholeKronor), CellStyle.TotalKronor));

        ResultSheet byMunicipality = ResultSheet.Start(
            book,
            WorkbookTexts.WorkbookSheetInvoiceByMunicipality,
            byMunicipalityTitle,
            Rules,
            OutputTexts.ColumnCode,
            OutputTexts.ColumnMunicipality,
            OutputTexts.ColumnAmount);
        string sheet = CellAddress.SheetName(lines.Sheet.Name);
        string names = $"{sheet}!${CellAddress.ColumnLetters(NameColumn)}${ResultSheet.FirstRow}:${CellAddress.ColumnLetters(NameColumn)}${Math.Max(lastLine, ResultSheet.FirstRow)}";
        string amounts = $"{sheet}!${CellAddress.ColumnLetters(AmountColumn)}${ResultSheet.FirstRow}:${CellAddress.ColumnLetters(AmountColumn)}${Math.Max(lastLine, ResultSheet.FirstRow)}";
        var billed = invoices.SelectMany(i => i.Lines).GroupBy(l => l.Municipality.Code).OrderBy(g => g.Key).ToList();
        foreach (var group in billed)
        {
            Municipality municipality = group.First().Municipality;
            int row = byMunicipality.Sheet.NextRow;
            byMunicipality.Line(
                SheetCell.Of(municipality.Code.ToString()),
                SheetCell.Of(municipality.Name),
                SheetCell.Formula($"SUMIF({names},B{row},{amounts})", Sek.Sum(group.Select(l => l.Amount)).WholeKronor, CellStyle.Kronor));
        }

        byMunicipality.Totals(OutputTexts.ColumnTotal, (3, invoices.Sum(i => i.Total.WholeKronor), CellStyle.TotalKronor));
        return book.ToBytes();
    }
}
