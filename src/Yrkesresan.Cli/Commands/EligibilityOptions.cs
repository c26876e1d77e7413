using System.CommandLine;
using NodaTime;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The options <c>step</c> and <c>steps</c> share: <c>--as-of</c>, <c>--region</c>, <c>--format</c>.</summary>
internal static class EligibilityOptions
{
    /// <summary>Builds <c>--as-of</c>: the day the decision is for.</summary>
    /// <returns>The option.</returns>
    public static Option<LocalDate?> AsOf() => new("--as-of")
    {
        Description = "The day the decision is for, YYYY-MM-DD. Default: today. Not before the region's first "
                      + "eligibility policy (Norrbotten: 2021-07-01).",
        HelpName = "DATE",
        CustomParser = OptionValueParsers.ParseDate,
    };

    /// <summary>Builds <c>--region</c>: a region file, whose eligibility policy decides.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Region() => new("--region")
    {
        Description = "A region file (.json, see docs/region-file.md) whose eligibility policy decides: its work areas, "
                      + "excluded roles and employers, and the days its steps open. Without it: the built-in Norrbotten.",
        HelpName = "FILE",
    };

    /// <summary>Builds <c>--format</c>.</summary>
    /// <param name="formats">The formats the command prints; the first is the default.</param>
    /// <returns>The option.</returns>
    public static Option<OutputFormat?> Format(params OutputFormat[] formats)
    {
        string[] names = [.. formats.Select(f => f.ToString().ToLowerInvariant())];
        return new Option<OutputFormat?>("--format")
        {
            Description = $"How to print the result: {names[0]} (the default), or {string.Join(" or ", names[1..])}.",
            HelpName = string.Join('|', names),
            CustomParser = OptionValueParsers.FormatParser(formats),
        };
    }
}
