using System.Globalization;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.RegionFiles;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan allocate</c> does once its command line is parsed: pick the region and the
/// total, share the total by population (rules <c>ALLOC-1</c> to <c>ALLOC-5</c>), print the result.
/// </summary>
/// <param name="clock">The clock that says which year it is (the default of <c>--year</c>).</param>
internal sealed class AllocateAction(TimeProvider clock)
{
    private const string HelpCommand = UsageError.ToolName + " " + AllocateCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="options">The parsed options.</param>
    /// <param name="output">Where the result goes (the caller writes it to standard output only on success).</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public int Run(AllocateOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        if (options.Explain && options.Format != OutputFormat.Table)
        {
            return UsageError.Report(error, CommandTexts.AllocateExplainNeedsTable, HelpCommand);
        }

        if (!WorkbookOutput.CanWrite(options.Format, output))
        {
            return UsageError.Report(error, CommandTexts.FormatXlsxNeedsOutput, HelpCommand);
        }

        int exitCode;
        AllocationReport? report;
        try
        {
            report = options.RegionPath is null
                ? FromRegion(Norrbotten.Region, options, error, out exitCode)
                : FromRegionFile(options.RegionPath, options, error, out exitCode);
        }
        catch (AllocationInputException exception)
        {
            // Every row was checked, so this is not expected; it is still reported as bad data, never as a stack trace.
            string source = options.RegionPath ?? Norrbotten.Region.Name;
            foreach (AllocationProblem problem in exception.Problems)
            {
                error.WriteLine($"{source}: {problem}");
            }

            return ExitCodes.BadData;
        }

        if (report is null)
        {
            return exitCode;
        }

        switch (options.Format)
        {
            case OutputFormat.Csv:
                CsvStatementWriter.Write(report, output);
                break;
            case OutputFormat.Json:
                JsonStatementWriter.Write(report, output);
                break;
            case OutputFormat.Xlsx:
                WorkbookOutput.Write(output, AllocationWorkbook.Write(report));
                break;
            default:
                TableStatementWriter.Write(report, output);
                if (options.Explain)
                {
                    output.WriteLine();
                    output.WriteLine(report.Statement.Kronor.Explain());
                }

                break;
        }

        return ExitCodes.Success;
    }

    private AllocationReport? FromRegion(Region region, AllocateOptions options, TextWriter error, out int exitCode)
    {
        int year = options.Year ?? clock.GetLocalNow().Year;
        int firstYear = region.FirstYear;
        if (year < firstYear)
        {
            string which = options.Year is null ? CommandTexts.ThisYear : "--year";
            exitCode = UsageError.Report(
                error,
                Texts.Format(CommandTexts.AllocateScheduleStartsLater, region.Name, firstYear, year, which),
                HelpCommand);
            return null;
        }

        exitCode = ExitCodes.Success;
        FixedCostStatement statement = options.Total is long total
            ? FixedCostAllocation.Share(region.MembersIn(year), Sek.FromKronor(total), region.FixedCostRounding)
            : FixedCostAllocation.ForYear(region, year);
        return new AllocationReport(region.Name, year, options.Total is not null, statement);
    }

    private AllocationReport? FromRegionFile(string path, AllocateOptions options, TextWriter error, out int exitCode)
    {
        if (!InputFile.TryRead("--region", path, out byte[] content, out string? problem))
        {
            exitCode = UsageError.Report(error, problem, HelpCommand);
            return null;
        }

        if (InputFile.IsJson(path, content))
        {
            RegionFileResult regionFile = RegionFile.Parse(content, path);
            if (!regionFile.IsValid)
            {
                exitCode = Problems.Report(error, regionFile.Problems);
                return null;
            }

            return FromRegion(regionFile.Region, options, error, out exitCode);
        }

        if (options.Year is not null)
        {
            exitCode = UsageError.Report(error, CommandTexts.AllocateCsvHasNoYear, HelpCommand);
            return null;
        }

        if (options.Total is not long total)
        {
            exitCode = UsageError.Report(error, CommandTexts.AllocateCsvNeedsTotal, HelpCommand);
            return null;
        }

        CsvFile<Municipality> file = MunicipalityCsvReader.Read(content, path);
        if (!file.IsValid)
        {
            exitCode = Problems.Report(error, file.Problems);
            return null;
        }

        Notices.Report(error, file.Notices);
        exitCode = ExitCodes.Success;
        return new AllocationReport(path, null, true, FixedCostAllocation.Share(file.Rows, Sek.FromKronor(total)));
    }
}
