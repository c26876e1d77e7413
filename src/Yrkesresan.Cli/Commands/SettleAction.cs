using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan settle</c> does: check the ledger against the region, settle the year (rules
/// <c>FEE-1</c> to <c>FEE-3</c>, <c>POT-1</c> to <c>POT-3</c>, <c>ALLOC-1</c> to <c>ALLOC-5</c>), print it.
/// </summary>
internal static class SettleAction
{
    private const string HelpCommand = UsageError.ToolName + " " + SettleCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="ledgerPath">The <c>--ledger</c> file.</param>
    /// <param name="year">The <c>--year</c>.</param>
    /// <param name="regionPath">The <c>--region</c> file, or null for Norrbotten.</param>
    /// <param name="format">The <c>--format</c>.</param>
    /// <param name="output">Where the settlement goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string ledgerPath, int year, string? regionPath, OutputFormat format, TextWriter output, TextWriter error)
    {
        if (!WorkbookOutput.CanWrite(format, output))
        {
            return UsageError.Report(error, CommandTexts.FormatXlsxNeedsOutput, HelpCommand);
        }

        if (!LedgerInput.TryRead(regionPath, ledgerPath, error, HelpCommand, out Ledger ledger, out int exitCode))
        {
            return exitCode;
        }

        int firstYear = ledger.Region.FirstYear;
        if (year < firstYear)
        {
            return UsageError.Report(
                error,
                Texts.Format(CommandTexts.SettleScheduleStartsLater, ledger.Region.Name, firstYear, year),
                HelpCommand);
        }

        YearEndSettlement settlement = YearEndSettlement.Of(ledger, year);
        switch (format)
        {
            case OutputFormat.Csv:
                SettlementCsv.Write(settlement, output);
                break;
            case OutputFormat.Json:
                SettlementJson.Write(settlement, output);
                break;
            case OutputFormat.Xlsx:
                WorkbookOutput.Write(output, SettlementWorkbook.Write(settlement));
                break;
            default:
                SettlementTable.Write(settlement, output);
                break;
        }

        return ExitCodes.Success;
    }
}
