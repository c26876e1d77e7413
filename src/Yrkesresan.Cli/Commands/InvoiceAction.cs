using NodaTime;
using NodaTime.Text;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan invoice</c> does: check the ledger against the region, then print the invoice
/// basis of one occasion, or of every occasion whose first course day is in a period (rules <c>FEE-1</c> to <c>FEE-3</c>).
/// </summary>
internal static class InvoiceAction
{
    private const int IdsShown = 10;
    private const string HelpCommand = UsageError.ToolName + " " + InvoiceCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="ledgerPath">The <c>--ledger</c> file.</param>
    /// <param name="selection">What to invoice: <c>--occasion</c>, <c>--year</c>, or <c>--from</c> and <c>--to</c>.</param>
    /// <param name="regionPath">The <c>--region</c> file, or null for Norrbotten.</param>
    /// <param name="format">The <c>--format</c>.</param>
    /// <param name="output">Where the invoice basis goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string ledgerPath, InvoiceSelection selection, string? regionPath, OutputFormat format, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (!TryPeriod(selection, out (LocalDate From, LocalDate To)? period, out string? problem))
        {
            return UsageError.Report(error, problem, HelpCommand);
        }

        if (!WorkbookOutput.CanWrite(format, output))
        {
            return UsageError.Report(error, CommandTexts.FormatXlsxNeedsOutput, HelpCommand);
        }

        if (!LedgerInput.TryRead(regionPath, ledgerPath, error, HelpCommand, out Ledger ledger, out int exitCode))
        {
            return exitCode;
        }

        if (period is { } dates)
        {
            WritePeriod(ledger, dates.From, dates.To, format, output);
            return ExitCodes.Success;
        }

        string occasionId = selection.OccasionId!;
        if (!ledger.TryGetOccasion(occasionId, out CourseOccasion? occasion))
        {
            string shown = string.Join(", ", ledger.Occasions.Take(IdsShown).Select(o => o.Id));
            string known = ledger.Occasions.IsEmpty ? CommandTexts.InvoiceNoOccasions
                : ledger.Occasions.Length > IdsShown ? Texts.Format(CommandTexts.InvoiceOccasionsAreAndMore, shown, ledger.Occasions.Length - IdsShown)
                : Texts.Format(CommandTexts.InvoiceOccasionsAre, shown);
            return UsageError.Report(error, Texts.Format(CommandTexts.InvoiceNoSuchOccasion, occasionId, ledgerPath, known), HelpCommand);
        }

        OccasionInvoice invoice = OccasionInvoice.For(occasion, ledger.Region);
        switch (format)
        {
            case OutputFormat.Csv:
                InvoiceCsv.Write(invoice, output);
                break;
            case OutputFormat.Json:
                InvoiceJson.Write(invoice, output);
                break;
            case OutputFormat.Xlsx:
                WorkbookOutput.Write(output, InvoiceWorkbook.Write(
                    Texts.Format(OutputTexts.InvoiceHeading, ledger.Region.Name, occasion.Id, occasion.CourseId),
                    Texts.Format(WorkbookTexts.WorkbookInvoiceByMunicipalityOneOccasion, ledger.Region.Name, occasion.Id),
                    [invoice]));
                break;
            default:
                InvoiceTable.Write(ledger.Region.Name, invoice, output);
                break;
        }

        return ExitCodes.Success;
    }

    /// <summary>Checks the selection: exactly one of <c>--occasion</c>, <c>--year</c>, and <c>--from</c> with <c>--to</c>.</summary>
    private static bool TryPeriod(InvoiceSelection selection, out (LocalDate From, LocalDate To)? period, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        period = null;
        problem = null;
        bool range = selection.From is not null || selection.To is not null;
        int given = (selection.OccasionId is null ? 0 : 1) + (selection.Year is null ? 0 : 1) + (range ? 1 : 0);
        if (given != 1)
        {
            problem = CommandTexts.InvoiceNeedsOneSelection;
            return false;
        }

        if (selection.Year is int year)
        {
            period = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        }
        else if (range)
        {
            if (selection.From is not { } from || selection.To is not { } to)
            {
                problem = CommandTexts.InvoiceFromAndTo;
                return false;
            }

            if (from > to)
            {
                problem = Texts.Format(CommandTexts.InvoiceFromAfterTo, Iso(from), Iso(to));
                return false;
            }

            period = (from, to);
        }

        return true;
    }

    private static void WritePeriod(Ledger ledger, LocalDate from, LocalDate to, OutputFormat format, TextWriter output)
    {
        var period = new InvoicePeriod(
            ledger.Region.Name,
            from,
            to,
            [.. ledger.Occasions.Where(o => o.FirstDate >= from && o.FirstDate <= to).Select(o => OccasionInvoice.For(o, ledger.Region))]);
        switch (format)
        {
            case OutputFormat.Csv:
                InvoicePeriodCsv.Write(period, output);
                break;
            case OutputFormat.Json:
                InvoicePeriodJson.Write(period, output);
                break;
            case OutputFormat.Xlsx:
                WorkbookOutput.Write(output, InvoiceWorkbook.Write(
                    Texts.Format(OutputTexts.InvoicePeriodHeading, period.RegionName, period.Invoices.Count, Iso(from), Iso(to)),
                    Texts.Format(WorkbookTexts.WorkbookInvoiceByMunicipalityHeading, period.RegionName, Iso(from), Iso(to)),
                    period.Invoices));
                break;
            default:
                InvoicePeriodTable.Write(period, output);
                break;
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
