using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Yrkesresan.Cli.Language;

/// <summary>
/// The parse errors of System.CommandLine in the tool's language. The package writes its errors from its own
/// resources, which have no Swedish; the kind of an error is the package's text it was made from, so each message
/// is matched against the package's texts and, when one matches, written again from the tool's text for that kind
/// with the same values. A message of the tool's own (a bad option value, <c>--lang</c>) matches none and is kept.
/// </summary>
internal static class ParseErrorText
{
    /// <summary>The package's resources, whose texts the errors are made from.</summary>
    internal static readonly ResourceManager Package =
        new("System.CommandLine.Properties.Resources", typeof(Command).Assembly);

    /// <summary>
    /// Each kind of error the tool's command line can give, by the package's key, and the tool's key for it (whose
    /// English is the package's text). <c>ArgumentConversionCannotParseForOption</c> is for an option without a
    /// parser of its own; every option of the tool has one today.
    /// </summary>
    internal static readonly (string Package, string Tool)[] Kinds =
    [
        ("RequiredOptionWasNotProvided", nameof(LanguageTexts.ParseRequiredOptionWasNotProvided)),
        ("OptionRequiredArgumentMissing", nameof(LanguageTexts.ParseOptionRequiredArgumentMissing)),
        ("RequiredCommandWasNotProvided", nameof(LanguageTexts.ParseRequiredCommandWasNotProvided)),
        ("UnrecognizedCommandOrArgument", nameof(LanguageTexts.ParseUnrecognizedCommandOrArgument)),
        ("OptionExpectsOneArgument", nameof(LanguageTexts.ParseOptionExpectsOneArgument)),
        ("ArgumentConversionCannotParseForOption", nameof(LanguageTexts.ParseArgumentConversionCannotParseForOption)),
        ("ResponseFileNotFound", nameof(LanguageTexts.ParseResponseFileNotFound)),
        ("ErrorReadingResponseFile", nameof(LanguageTexts.ParseErrorReadingResponseFile)),
    ];

    /// <summary>The error's message in the current language.</summary>
    /// <param name="error">A parse error.</param>
    /// <returns>The message.</returns>
    public static string Of(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        foreach ((string package, string tool) in Kinds)
        {
            string? template = Package.GetString(package, CultureInfo.CurrentUICulture);
            if (template is not null && Match(template, error.Message) is { } values)
            {
                return Texts.Format(LanguageTexts.ResourceManager.GetString(tool, CultureInfo.CurrentUICulture)!, values);
            }
        }

        return error.Message;
    }

    /// <summary>The values filled into <paramref name="template"/> to make <paramref name="message"/>, or null when it was not made from it.</summary>
    private static object?[]? Match(string template, string message)
    {
        var pattern = new System.Text.StringBuilder("^");
        int count = 0;
        int at = 0;
        foreach (Match placeholder in Regex.Matches(template, @"\{(\d+)\}"))
        {
            pattern.Append(Regex.Escape(template[at..placeholder.Index]));
            int index = int.Parse(placeholder.Groups[1].Value, CultureInfo.InvariantCulture);
            pattern.Append(CultureInfo.InvariantCulture, $"(?<v{index}>.*?)");
            count = Math.Max(count, index + 1);
            at = placeholder.Index + placeholder.Length;
        }

        pattern.Append(Regex.Escape(template[at..])).Append('$');
        Match match = Regex.Match(message, pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
        return match.Success
            ? [.. Enumerable.Range(0, count).Select(i => (object?)match.Groups[$"v{i}"].Value)]
            : null;
    }
}
