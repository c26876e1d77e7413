using System.Globalization;
using Yrkesresan.Cli.Workbooks.Xlsx;

namespace Yrkesresan.Cli.Tests.Support;

/// <summary>
/// Writes the worked example's answers as a workbook, <c>docs/examples/norrbotten-2023-answers.xlsx</c>, from the CSV
/// example (made by <c>tools/make-example-answers.py</c>) with the tool's own workbook layer: one sheet, <c>Svar</c>,
/// the header row frozen, the response numbers as numbers, each answer as the option's text and a blank answer as an
/// empty cell, as the learning platform's "Excel" export has them. The same CSV gives the same bytes
/// (<see cref="WorkbookBuilder"/> fixes the package's times and ids), so the test that the committed file is this
/// method's output also writes it when <c>YRKESRESAN_WRITE_EXAMPLES=1</c>.
/// </summary>
internal static class ExampleAnswersWorkbook
{
    /// <summary>The sheet's name.</summary>
    public const string Sheet = "Svar";

    /// <summary>The CSV example.</summary>
    public static string CsvPath => Repository.PathOf("docs", "examples", "norrbotten-2023-answers.csv");

    /// <summary>The workbook example.</summary>
    public static string WorkbookPath => Repository.PathOf("docs", "examples", "norrbotten-2023-answers.xlsx");

    /// <summary>The workbook of a CSV export's table.</summary>
    /// <param name="csv">The CSV file's text.</param>
    /// <returns>The workbook's bytes.</returns>
    public static byte[] From(string csv)
    {
        List<string[]> rows = PlainCsv.Parse(csv);
        var book = new WorkbookBuilder();
        SheetBuilder sheet = book.AddSheet(Sheet);
        sheet.Add([.. rows[0].Select(h => SheetCell.Of(h, CellStyle.Header))]);
        sheet.FrozenRows = 1;
        foreach (string[] row in rows.Skip(1))
        {
            sheet.Add([.. row.Select((cell, i) => Cell(cell, i))]);
        }

        return book.ToBytes();
    }

    private static SheetCell? Cell(string text, int column) =>
        text.Length == 0 ? null
        : column == 0 ? SheetCell.Plain(long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture))
        : SheetCell.Of(text);
}
