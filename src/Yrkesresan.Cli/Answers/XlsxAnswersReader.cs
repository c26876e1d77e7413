using System.Collections.Immutable;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain;
using Yrkesresan.Domain.FollowUp;

namespace Yrkesresan.Cli.Answers;

/// <summary>
/// Reads a survey's answers exported as an Excel workbook (.xlsx) by the learning platform: the workbook's first sheet
/// is the table, as a CSV export's (<see cref="CsvAnswersReader"/>): its first row that holds anything is the header
/// (<c>(q1a) question text</c>, or the label alone), each later row that holds anything a response. Read with the
/// tool's workbook layer (<see cref="WorkbookFile"/>, the Open XML SDK) into the same table through the same checks
/// (<see cref="AnswersTable"/>).
/// </summary>
/// <remarks>
/// <para>
/// A cell's text is read as it is stored: a text; a number in invariant spelling (<c>17</c>, a response number); TRUE
/// or FALSE. The table's columns are the header's, up to its last cell that holds anything; a cell right of them is not
/// part of the table. Problems name the sheet and the cell as a spreadsheet writes them (<c>svar.xlsx: Svar!D7: …</c>),
/// never a cell's text.
/// </para>
/// <para>
/// Every problem of the workbook is reported: a file that is not a workbook (empty, text such as a CSV named .xlsx, a
/// workbook saved with a password, a damaged zip), a workbook without sheets, an empty first sheet, a header without
/// responses, merged cells, and a cell holding a formula or an error value where an export has a value (its row is
/// left out of the table, and the formula is not shown: it may hold personal data).
/// </para>
/// </remarks>
internal sealed class XlsxAnswersReader : IAnswersReader
{
    /// <inheritdoc/>
    public AnswersRead Read(ReadOnlyMemory<byte> content, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!WorkbookFile.TryOpen(content.ToArray(), out WorkbookFile? workbook, out NotAWorkbook why))
        {
            return Refused(AnswersText.At(file, AnswersText.Workbook, why switch
            {
                NotAWorkbook.Empty => nameof(AnswersTexts.AnswersWorkbookEmpty),
                NotAWorkbook.Encrypted => nameof(AnswersTexts.AnswersWorkbookEncrypted),
                NotAWorkbook.Text => nameof(AnswersTexts.AnswersWorkbookIsText),
                NotAWorkbook.NotASpreadsheet => nameof(AnswersTexts.AnswersWorkbookNotASpreadsheet),
                _ => nameof(AnswersTexts.AnswersWorkbookUnknown),
            }));
        }

        if (workbook!.Sheets.Count == 0)
        {
            return Refused(AnswersText.At(file, AnswersText.Workbook, nameof(AnswersTexts.AnswersWorkbookNoSheets)));
        }

        ReadSheet sheet = workbook.Sheets[0];

        // A sheet always has a name in a workbook a spreadsheet program wrote; without one, cells are named without it.
        string? name = string.IsNullOrWhiteSpace(sheet.Name) ? null : sheet.Name;
        string place = CellAddress.SheetName(sheet.Name);
        var shape = new TableShape(
            file,
            CellReferenceStyle.SpreadsheetCell,
            name,
            () => AnswersText.At(file, place, nameof(AnswersTexts.AnswersSheetEmpty)),
            header => AnswersText.At(file, place, nameof(AnswersTexts.AnswersSheetNoResponses), header),
            static (_, _) => null);
        AnswersRead read = AnswersTable.Read(shape, Rows(sheet, file, place));
        DataFileProblem[] merged = [.. sheet.MergedRanges.Select(range => AnswersText.At(file, $"{place}!{range}", nameof(AnswersTexts.AnswersCellsMerged)))];
        return merged.Length == 0 ? read : read with { Problems = [.. merged, .. read.Problems] };
    }

    /// <summary>The rows of a sheet that hold anything in the table's columns, in order, each cell read as text or reported.</summary>
    private static IEnumerable<TableRow> Rows(ReadSheet sheet, string file, string place)
    {
        int width = 0;
        foreach (IGrouping<int, ReadCell> row in sheet.Cells.Values.Where(c => !c.IsBlank).GroupBy(c => c.Address.Row).OrderBy(g => g.Key))
        {
            if (width == 0)
            {
                width = row.Max(c => c.Address.Column);
            }

            var cells = new string?[width];
            var problems = new List<DataFileProblem>();
            bool any = false;
            foreach (ReadCell cell in row.Where(c => c.Address.Column <= width).OrderBy(c => c.Address.Column))
            {
                any = true;
                string at = $"{place}!{cell.Address}";
                if (cell.Formula is not null)
                {
                    problems.Add(AnswersText.At(file, at, nameof(AnswersTexts.AnswersCellFormula)));
                }
                else if (cell.Kind == ReadCellKind.Error)
                {
                    problems.Add(AnswersText.At(file, at, nameof(AnswersTexts.AnswersCellError), cell.Text));
                }
                else
                {
                    cells[cell.Address.Column - 1] = cell.Kind == ReadCellKind.Boolean ? (cell.Text == "1" ? "TRUE" : "FALSE") : cell.Text;
                }
            }

            if (any)
            {
                yield return new TableRow(row.Key, cells, problems);
            }
        }
    }

    private static AnswersRead Refused(DataFileProblem problem) => new(null, ImmutableArray.Create(problem));
}
