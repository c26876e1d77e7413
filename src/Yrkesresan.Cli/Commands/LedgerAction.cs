using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan ledger</c> does: write an empty ledger workbook for the region (<c>--template</c>), or check a
/// ledger, JSON or workbook, and write it in the form the <c>--output</c> file's name asks for (<c>--convert</c>):
/// a workbook for <c>.xlsx</c>, JSON for <c>.json</c> or for standard output.
/// </summary>
internal static class LedgerAction
{
    private const string HelpCommand = UsageError.ToolName + " " + LedgerCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="template">The <c>--template</c>.</param>
    /// <param name="convertPath">The <c>--convert</c> file, or null.</param>
    /// <param name="regionPath">The <c>--region</c> file, or null for Norrbotten.</param>
    /// <param name="outputPath">The <c>--output</c> file, or null for standard output.</param>
    /// <param name="output">Where the result goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(bool template, string? convertPath, string? regionPath, string? outputPath, TextWriter output, TextWriter error)
    {
        if (template == convertPath is not null)
        {
            return UsageError.Report(error, CommandTexts.LedgerNeedsOneAction, HelpCommand);
        }

        bool toFile = WorkbookOutput.GoesToFile(output) && outputPath is not null;
        if (template)
        {
            if (!toFile)
            {
                return UsageError.Report(error, CommandTexts.LedgerTemplateNeedsOutput, HelpCommand);
            }

            if (!LedgerInput.TryReadRegion(regionPath, error, HelpCommand, out Region region, out int regionExit))
            {
                return regionExit;
            }

            WorkbookOutput.Write(output, LedgerWorkbookWriter.Write(region, null));
            return ExitCodes.Success;
        }

        bool toWorkbook = toFile && outputPath!.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (toFile && !toWorkbook && !outputPath!.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return UsageError.Report(error, Texts.Format(CommandTexts.LedgerConvertOutputKind, outputPath), HelpCommand);
        }

        if (!LedgerInput.TryRead(regionPath, convertPath!, error, HelpCommand, out Ledger ledger, out int exitCode, option: "--convert"))
        {
            return exitCode;
        }

        if (toWorkbook)
        {
            WorkbookOutput.Write(output, LedgerWorkbookWriter.Write(ledger.Region, ledger));
        }
        else
        {
            output.Write(LedgerJsonWriter.Write(ledger));
        }

        return ExitCodes.Success;
    }
}
