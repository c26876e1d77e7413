using System.Globalization;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan region --new --county NN</c> does: write a new region file for the county, from Statistics
/// Sweden's list of municipalities, with a placeholder for each value only the region knows
/// (<see cref="RegionFileTemplate"/>), and say on standard error how many are left and how to list them.
/// </summary>
internal static class RegionNewAction
{
    /// <summary>Runs the command.</summary>
    /// <param name="county">The county, as given with <c>--county</c>.</param>
    /// <param name="outputFile">The <c>--output</c> file, if any, for the hint.</param>
    /// <param name="output">Where the file goes.</param>
    /// <param name="error">Where the hint and errors go.</param>
    /// <param name="helpCommand">The command whose help a usage error points to.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string county, string? outputFile, TextWriter output, TextWriter error, string helpCommand)
    {
        if (!CountyChoice.TryRead(county, out County? chosen, out string? problem))
        {
            return UsageError.Report(error, problem, helpCommand);
        }

        string text = RegionFileTemplate.ForCounty(chosen);
        output.Write(text);
        int placeholders = RegionFile.Parse(text, outputFile ?? CommandTexts.HelpNameFile).Problems.Length;
        error.WriteLine(Texts.Format(
            CommandTexts.RegionNewWritten,
            chosen,
            chosen.Municipalities.Length.ToString(CultureInfo.InvariantCulture),
            placeholders.ToString(CultureInfo.InvariantCulture),
            outputFile ?? CommandTexts.HelpNameFile));
        return ExitCodes.Success;
    }
}
