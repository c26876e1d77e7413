using System.CommandLine;
using NodaTime;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The options <c>step</c> and <c>steps</c> share: <c>--as-of</c>, <c>--region</c>, <c>--format</c>.</summary>
internal static class EligibilityOptions
{
    /// <summary>Builds <c>--as-of</c>: the day the decision is for.</summary>
    /// <returns>The option.</returns>
    public static Option<LocalDate?> AsOf() => new("--as-of")
    {
        Description = CommandTexts.AsOfOption,
        HelpName = CommandTexts.HelpNameDate,
        CustomParser = OptionValueParsers.ParseDate,
    };

    /// <summary>Builds <c>--region</c>: a region file, whose eligibility policy decides.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Region() => new("--region")
    {
        Description = CommandTexts.EligibilityRegionOption,
        HelpName = CommandTexts.HelpNameFile,
    };

    /// <summary>Builds <c>--format</c>.</summary>
    /// <param name="formats">The formats the command prints; the first is the default.</param>
    /// <returns>The option.</returns>
    public static Option<OutputFormat?> Format(params OutputFormat[] formats)
    {
        string[] names = [.. formats.Select(f => f.ToString().ToLowerInvariant())];
        return new Option<OutputFormat?>("--format")
        {
            Description = Texts.Format(CommandTexts.EligibilityFormatOption, names[0], Choices.Or(names[1..])),
            HelpName = string.Join('|', names),
            CustomParser = OptionValueParsers.FormatParser(formats),
        };
    }
}
