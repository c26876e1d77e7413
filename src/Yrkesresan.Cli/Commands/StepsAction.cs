using NodaTime;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.RegionFiles;
using Yrkesresan.Cli.Staff;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan steps</c> does once its command line is parsed: read the staff file and the
/// region, check all of both before deciding anything, then decide each person's step under the
/// region's policy on the as-of date and print the decisions in the order of the file.
/// </summary>
/// <param name="clock">The clock that says which day it is (the default of <c>--as-of</c>).</param>
internal sealed class StepsAction(TimeProvider clock)
{
    private const string HelpCommand = UsageError.ToolName + " " + StepsCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="options">The parsed options.</param>
    /// <param name="output">Where the result goes (the caller writes it to standard output only on success).</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public int Run(StepsOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // Usage first: a workbook needs a file, and both files must be there and be the right kind, whatever they hold.
        if (!WorkbookOutput.CanWrite(options.Format, output))
        {
            return UsageError.Report(error, CommandTexts.FormatXlsxNeedsOutput, HelpCommand);
        }

        if (!InputFile.TryRead("--staff", options.StaffPath, out byte[] content, out string? problem)
            || !EligibilityRegion.TryRead(options.RegionPath, out RegionFileResult? regionFile, out problem))
        {
            return UsageError.Report(error, problem, HelpCommand);
        }

        // Then the data: every problem of both files at once.
        CsvFile<StaffMember> staff = StaffCsvReader.Read(content, options.StaffPath);
        if (regionFile is { IsValid: false } || !staff.IsValid)
        {
            return Problems.Report(error, [.. (regionFile?.Problems ?? []).Cast<object>(), .. staff.Problems]);
        }

        Notices.Report(error, staff.Notices);

        Region region = regionFile?.Region ?? Norrbotten.Region;
        LocalDate asOf = options.AsOf ?? Today.By(clock);
        if (!EligibilityRegion.TryPolicyOn(region, asOf, options.AsOf is not null, out EligibilityPolicy? policy, out problem))
        {
            return UsageError.Report(error, problem, HelpCommand);
        }

        StaffDecision[] decisions = [.. staff.Rows.Select(member => new StaffDecision(member.Id, Eligibility.Decide(member.Person, policy, asOf)))];
        switch (options.Format)
        {
            case OutputFormat.Csv:
                DecisionCsv.Write(decisions, output);
                break;
            case OutputFormat.Json:
                DecisionJson.Write(decisions, output);
                break;
            case OutputFormat.Xlsx:
                WorkbookOutput.Write(output, StaffWorkbook.Write(region.Name, asOf, decisions));
                break;
            default:
                StaffTable.Write(region.Name, asOf, decisions, output);
                break;
        }

        return ExitCodes.Success;
    }
}
