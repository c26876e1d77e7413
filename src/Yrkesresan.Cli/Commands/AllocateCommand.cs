using System.CommandLine;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The command line of <c>yrkesresan allocate</c>: its options and help texts.</summary>
internal static class AllocateCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "allocate";

    /// <summary>Builds the command.</summary>
    /// <param name="clock">The clock that says which year it is (the default of <c>--year</c>).</param>
    /// <returns>The command, its action set.</returns>
    public static Command Create(TimeProvider clock)
    {
        var region = new Option<string?>("--region")
        {
            Description = "The region: a region file (.json, see docs/region-file.md) with its own fixed cost and "
                          + "schedule, or a CSV of its municipalities with the columns code, name and population "
                          + "(comma or semicolon separated, UTF-8; needs --total). Without it: the built-in Norrbotten.",
            HelpName = "FILE",
        };
        var total = new Option<long?>("--total")
        {
            Description = "The fixed cost to share, in whole kronor. Required with a municipality CSV; with a region "
                          + "file or the built-in Norrbotten it replaces the year's fixed cost (Norrbotten: 950 000 kr).",
            HelpName = "KRONOR",
            CustomParser = OptionValueParsers.ParseTotal,
        };
        var year = new Option<int?>("--year")
        {
            Description = "The year of the region's schedule (Norrbotten: from 2021). Default: the current year. "
                          + "Not allowed with a municipality CSV.",
            HelpName = "YYYY",
            CustomParser = OptionValueParsers.ParseYear,
        };
        var format = new Option<OutputFormat?>("--format")
        {
            Description = "How to print the result: a readable table (the default), CSV or JSON.",
            HelpName = "table|csv|json",
            CustomParser = OptionValueParsers.ParseFormat,
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "After the table, explain why each municipality got each krona (table format only).",
        };

        var command = new Command(
            Name,
            "Share a fixed cost among municipalities in proportion to population, to the krona: "
            + "largest remainder, so the shares add up to the total, each split into two half-year invoices.")
        {
            region,
            total,
            year,
            format,
            explain,
        };

        var action = new AllocateAction(clock);
        command.SetAction(parseResult => action.Run(
            new AllocateOptions(
                parseResult.GetValue(region),
                parseResult.GetValue(total),
                parseResult.GetValue(year),
                parseResult.GetValue(format) ?? OutputFormat.Table,
                parseResult.GetValue(explain)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
