using System.CommandLine.Parsing;
using System.Globalization;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.RegionFiles;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// Reads the values of the options of <c>allocate</c>, with messages that say what a good value
/// looks like. A bad value is a parse error, so it ends in exit code 2.
/// </summary>
internal static class OptionValueParsers
{
    /// <summary>The largest <c>--total</c>: the most kronor an exact amount can hold.</summary>
    public static readonly long MaxTotalKronor = Sek.MaxValue.TotalOre / Sek.OrePerKrona;

    /// <summary>Reads <c>--total</c>: whole kronor, zero or more, digits optionally grouped by spaces ("950 000").</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The kronor, or <see langword="null"/> after adding an error.</returns>
    public static long? ParseTotal(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        WholeNumber number = WholeNumber.Parse(text);
        string? error = number.Kind switch
        {
            WholeNumberKind.Valid when number.Value < 0 => $"--total must be zero or more kronor; {text} is negative.",
            WholeNumberKind.Valid when number.Value > MaxTotalKronor => $"--total {text} is too large; the most is {SwedishNumberFormat.FormatInteger(MaxTotalKronor)} kr.",
            WholeNumberKind.Valid => null,
            WholeNumberKind.TooLarge => $"--total {text} is too large; the most is {SwedishNumberFormat.FormatInteger(MaxTotalKronor)} kr.",
            _ => $"--total must be a whole number of kronor, e.g. 950000; '{text}' is not one.",
        };

        if (error is not null)
        {
            result.AddError(error);
            return null;
        }

        return number.Value;
    }

    /// <summary>Reads <c>--year</c>: a calendar year of four digits.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The year, or <see langword="null"/> after adding an error.</returns>
    public static int? ParseYear(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (text.Length == 4 && text.All(char.IsAsciiDigit))
        {
            return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        result.AddError($"--year must be a calendar year of four digits, e.g. 2025; '{text}' is not one.");
        return null;
    }

    /// <summary>Reads <c>--format</c>: <c>table</c>, <c>csv</c> or <c>json</c>.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The format, or <see langword="null"/> after adding an error.</returns>
    public static OutputFormat? ParseFormat(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        switch (text.ToLowerInvariant())
        {
            case "table":
                return OutputFormat.Table;
            case "csv":
                return OutputFormat.Csv;
            case "json":
                return OutputFormat.Json;
            default:
                result.AddError($"--format must be table, csv or json; '{text}' is not one of them.");
                return null;
        }
    }
}
