using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan invoice</c> does: check the ledger against the region, then print the invoice
/// basis of one occasion (rules <c>FEE-1</c> to <c>FEE-3</c>).
/// </summary>
internal static class InvoiceAction
{
    private const int IdsShown = 10;
    private const string HelpCommand = UsageError.ToolName + " " + InvoiceCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="ledgerPath">The <c>--ledger</c> file.</param>
    /// <param name="occasionId">The <c>--occasion</c>.</param>
    /// <param name="regionPath">The <c>--region</c> file, or null for Norrbotten.</param>
    /// <param name="format">The <c>--format</c>.</param>
    /// <param name="output">Where the invoice basis goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string ledgerPath, string occasionId, string? regionPath, OutputFormat format, TextWriter output, TextWriter error)
    {
        if (!LedgerInput.TryRead(regionPath, ledgerPath, error, HelpCommand, out LedgerFileResult file, out int exitCode))
        {
            return exitCode;
        }

        Ledger ledger = file.Ledger;
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
            default:
                InvoiceTable.Write(ledger.Region.Name, invoice, output);
                break;
        }

        return ExitCodes.Success;
    }
}
