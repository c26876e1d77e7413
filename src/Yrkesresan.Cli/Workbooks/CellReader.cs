using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Cli.Staff;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// Reads the values of a ledger sheet's cells, each as its column takes it, and reports a cell that holds something
/// else, with its sheet and cell: a formula or an error value (a value is typed, not computed); text where a whole
/// number belongs, or a number with decimals; a date that is neither a date cell nor text <c>YYYY-MM-DD</c> (a date
/// typed "7/2" is not guessed); a municipality that is not the region's by name or code; a word that is not one
/// of the column's words in English or Swedish. Each method returns false after reporting, and reads an empty
/// optional cell as null.
/// </summary>
/// <param name="sheet">The sheet.</param>
/// <param name="date1904">Whether the workbook counts dates from 1904.</param>
/// <param name="problems">Where problems go.</param>
internal sealed class CellReader(ReadSheet sheet, bool date1904, ProblemList problems)
{
    /// <summary>The largest whole number read; more is "too large" rather than passed on.</summary>
    private const long Largest = 1_000_000_000_000;

    /// <summary>The sheet's name as the workbook has it.</summary>
    public string SheetName => sheet.Name;

    /// <summary>Whether a cell holds nothing.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <returns>Whether it is blank.</returns>
    public bool IsBlank(int row, int column) => sheet.Cell(row, column) is null;

    /// <summary>Reads text (a number is read as it is written, e.g. an id <c>17</c>).</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="heading">The column's heading, for an empty cell; null when the cell may be empty.</param>
    /// <param name="text">The text, trimmed; null for an empty optional cell.</param>
    /// <returns>Whether the cell could be read.</returns>
    public bool Text(int row, int column, string? heading, out string? text)
    {
        text = null;
        if (!Usable(row, column, heading, out ReadCell? cell))
        {
            return false;
        }

        if (cell is null)
        {
            return true;
        }

        if (cell.Kind == ReadCellKind.Boolean)
        {
            return Report(cell, nameof(WorkbookTexts.WorkbookTruthValue), Truth(cell));
        }

        text = cell.Text.Trim();
        return true;
    }

    /// <summary>Reads a whole number: a number without decimals, or text of digits.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="heading">The column's heading, for an empty cell; null when the cell may be empty.</param>
    /// <param name="number">The number; null for an empty optional cell.</param>
    /// <returns>Whether the cell could be read.</returns>
    public bool Whole(int row, int column, string? heading, out long? number)
    {
        number = null;
        if (!Usable(row, column, heading, out ReadCell? cell))
        {
            return false;
        }

        if (cell is null)
        {
            return true;
        }

        switch (cell.Kind)
        {
            case ReadCellKind.Boolean:
                return Report(cell, nameof(WorkbookTexts.WorkbookTruthValue), Truth(cell));
            case ReadCellKind.Text:
                string text = cell.Text.Trim();
                if (text.Length == 0 || !text.All(char.IsAsciiDigit))
                {
                    return Report(cell, nameof(WorkbookTexts.WorkbookTextNotWholeNumber), text);
                }

                if (text.TrimStart('0').Length > 13)
                {
                    return Report(cell, nameof(WorkbookTexts.WorkbookNumberTooLarge), text);
                }

                number = long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
                return number <= Largest || Report(cell, nameof(WorkbookTexts.WorkbookNumberTooLarge), text);
            default:
                if (!double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value))
                {
                    return Report(cell, nameof(WorkbookTexts.WorkbookTextNotWholeNumber), cell.Text);
                }

                if (Math.Abs(value) > Largest)
                {
                    return Report(cell, nameof(WorkbookTexts.WorkbookNumberTooLarge), cell.Text);
                }

                if (value != Math.Floor(value))
                {
                    return Report(cell, nameof(WorkbookTexts.WorkbookNotWholeNumber), cell.Text);
                }

                number = (long)value;
                return true;
        }
    }

    /// <summary>Reads a date: a date cell, or text <c>YYYY-MM-DD</c>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="heading">The column's heading, for an empty cell.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether the cell could be read.</returns>
    public bool Date(int row, int column, string heading, out LocalDate date)
    {
        date = default;
        return Usable(row, column, heading, out ReadCell? cell) && cell is not null && Date(cell, out date);
    }

    /// <summary>Reads the dates a trainer taught: empty for every day, a date cell, or text of dates <c>YYYY-MM-DD</c> separated by commas.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="dates">The dates in the order written; null for every day.</param>
    /// <returns>Whether the cell could be read.</returns>
    public bool Dates(int row, int column, out List<LocalDate>? dates)
    {
        dates = null;
        if (!Usable(row, column, null, out ReadCell? cell))
        {
            return false;
        }

        if (cell is null)
        {
            return true;
        }

        if (cell.Kind != ReadCellKind.Text)
        {
            if (!Date(cell, out LocalDate date))
            {
                return false;
            }

            dates = [date];
            return true;
        }

        string[] parts = cell.Text.Split([',', ';'], StringSplitOptions.TrimEntries);
        var read = new List<LocalDate>();
        foreach (string part in parts)
        {
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(part);
            if (!parsed.Success)
            {
                return Report(cell, nameof(WorkbookTexts.WorkbookDatesMalformed), cell.Text.Trim());
            }

            read.Add(parsed.Value);
        }

        dates = read;
        return true;
    }

    /// <summary>Reads yes or no in English or Swedish (<c>ja</c>, <c>nej</c>, <c>yes</c>, <c>no</c>, TRUE, FALSE); empty is no.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="yes">Whether yes.</param>
    /// <returns>Whether the cell could be read.</returns>
    public bool YesOrNo(int row, int column, out bool yes)
    {
        yes = false;
        if (!Usable(row, column, null, out ReadCell? cell))
        {
            return false;
        }

        if (cell is null)
        {
            return true;
        }

        if (cell.Kind == ReadCellKind.Boolean)
        {
            yes = cell.Text == "1";
            return true;
        }

        string text = cell.Text.Trim();
        if (LedgerLayout.YesNoWords(true).Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            yes = true;
            return true;
        }

        return LedgerLayout.YesNoWords(false).Contains(text, StringComparer.OrdinalIgnoreCase)
            || Report(cell, nameof(WorkbookTexts.WorkbookNotYesOrNo), text, Output.OutputTexts.Yes, Output.OutputTexts.No);
    }

    /// <summary>Reads a delivery mode: on site or digital, in English or Swedish, or its code.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="heading">The column's heading, for an empty cell.</param>
    /// <param name="mode">The mode.</param>
    /// <returns>Whether the cell could be read.</returns>
    public bool Mode(int row, int column, string heading, out DeliveryMode? mode)
    {
        mode = null;
        if (!Text(row, column, heading, out string? text) || text is null)
        {
            return false;
        }

        mode = DeliveryMode.List.FirstOrDefault(m => LedgerLayout.WordsFor(m).Contains(text, StringComparer.OrdinalIgnoreCase));
        return mode is not null
            || Report(sheet.Cell(row, column)!, nameof(WorkbookTexts.WorkbookModeUnknown), text, Output.OutputTexts.DeliveryOnSite, Output.OutputTexts.DeliveryDigital);
    }

    /// <summary>Reads a municipality of the region, by name (in any case) or by code; for a trainer, also a word for external.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="heading">The column's heading, for an empty cell.</param>
    /// <param name="region">The region.</param>
    /// <param name="trainer">Whether the cell is a trainer's, which may be external.</param>
    /// <param name="code">The municipality's code; null for an external trainer.</param>
    /// <returns>Whether the cell could be read.</returns>
    public bool Municipality(int row, int column, string heading, Region region, bool trainer, out MunicipalityCode? code)
    {
        code = null;
        if (trainer && IsBlank(row, column))
        {
            problems.OfCell(sheet.Name, new CellAddress(row, column), nameof(WorkbookTexts.WorkbookTrainerMunicipalityEmpty), LedgerLayout.Text(nameof(WorkbookTexts.LedgerExternal)));
            return false;
        }

        if (!Text(row, column, heading, out string? text) || text is null)
        {
            return false;
        }

        ReadCell cell = sheet.Cell(row, column)!;
        if (trainer && LedgerLayout.ExternalWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        string written = cell.Kind == ReadCellKind.Number && text.Length < 4 && text.All(char.IsAsciiDigit) ? text.PadLeft(4, '0') : text;
        if (written.Length == 4 && written.All(char.IsAsciiDigit))
        {
            if (MunicipalityCode.TryParse(written, out MunicipalityCode parsed) && region.HasMunicipality(parsed))
            {
                code = parsed;
                return true;
            }

            return Report(cell, nameof(WorkbookTexts.WorkbookMunicipalityNotInRegion), written, region.Name);
        }

        Municipality? named = region.Municipalities.FirstOrDefault(m => string.Equals(m.Name, text, StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            code = named.Code;
            return true;
        }

        return NearestCode.To(text, region.Municipalities.Select(m => m.Name)) is { } near
            ? Report(cell, nameof(WorkbookTexts.WorkbookMunicipalityUnknownNear), text, region.Name, near)
            : Report(cell, nameof(WorkbookTexts.WorkbookMunicipalityUnknown), text, region.Name);
    }

    private bool Date(ReadCell cell, out LocalDate date)
    {
        date = default;
        switch (cell.Kind)
        {
            case ReadCellKind.Boolean:
                return Report(cell, nameof(WorkbookTexts.WorkbookTruthValue), Truth(cell));
            case ReadCellKind.Text:
                string text = cell.Text.Trim();
                ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    return Report(cell, nameof(WorkbookTexts.WorkbookNotADate), text);
                }

                date = parsed.Value;
                return true;
            default:
                if (!cell.IsDate)
                {
                    return Report(cell, nameof(WorkbookTexts.WorkbookNumberNotADate), cell.Text);
                }

                if (!double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double serial)
                    || double.IsNaN(serial) || Math.Abs(serial) > int.MaxValue
                    || !DateSerial.TryDate((long)Math.Floor(serial), date1904, out date))
                {
                    return Report(cell, nameof(WorkbookTexts.WorkbookDateOutOfRange), cell.Text);
                }

                if (serial != Math.Floor(serial))
                {
                    var time = LocalTime.FromTicksSinceMidnight((long)Math.Round((serial - Math.Floor(serial)) * NodaConstants.TicksPerDay) % NodaConstants.TicksPerDay);
                    return Report(cell, nameof(WorkbookTexts.WorkbookDateHasTime), $"{LocalDatePattern.Iso.Format(date)} {time.ToString("HH:mm", CultureInfo.InvariantCulture)}");
                }

                return true;
        }
    }

    /// <summary>Takes a cell that holds a value: an empty one is reported when its column needs one; a formula or an error value is reported.</summary>
    private bool Usable(int row, int column, string? heading, out ReadCell? cell)
    {
        var at = new CellAddress(row, column);
        sheet.Cells.TryGetValue(at, out cell);
        if (cell is { Formula: { } formula })
        {
            problems.OfCell(sheet.Name, at, nameof(WorkbookTexts.WorkbookFormula), formula.Length > 0 ? formula : "…");
            cell = null;
            return false;
        }

        if (cell is { Kind: ReadCellKind.Error })
        {
            problems.OfCell(sheet.Name, at, nameof(WorkbookTexts.WorkbookErrorValue), cell.Text);
            cell = null;
            return false;
        }

        if (cell is null || cell.IsBlank)
        {
            cell = null;
            if (heading is not null)
            {
                problems.OfCell(sheet.Name, at, nameof(WorkbookTexts.WorkbookCellEmpty), heading);
                return false;
            }
        }

        return true;
    }

    private static string Truth(ReadCell cell) => cell.Text == "1" ? "TRUE" : "FALSE";

    private bool Report(ReadCell cell, string key, params object?[] values)
    {
        problems.OfCell(sheet.Name, cell.Address, key, values);
        return false;
    }
}
