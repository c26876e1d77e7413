using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Yrkesresan.Cli.Language;

/// <summary>
/// The language the tool speaks: the user's UI culture (on Linux from <c>LC_ALL</c>, <c>LC_MESSAGES</c> or
/// <c>LANG</c>, on Windows the display language), Swedish when it is Swedish and English otherwise, unless
/// <c>--lang sv|en</c> says which. Machine formats (CSV headers, JSON keys and values, codes) never change.
/// </summary>
internal static class DisplayLanguage
{
    /// <summary>The option's name.</summary>
    public const string OptionName = "--lang";

    /// <summary>The languages <c>--lang</c> takes, by their code.</summary>
    private static readonly Dictionary<string, CultureInfo> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sv"] = CultureInfo.GetCultureInfo("sv-SE"),
        ["en"] = CultureInfo.GetCultureInfo("en"),
    };

    /// <summary>
    /// The culture <c>--lang</c> asks for, read before the command line is parsed (help texts are built in the
    /// language, so it must be known first); null when <c>--lang</c> is not given or its value is not a language
    /// the tool speaks (the parser then reports it).
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The culture, or null.</returns>
    public static CultureInfo? Requested(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                break;
            }

            string? value = arg == OptionName && i + 1 < args.Count ? args[i + 1]
                : arg.StartsWith(OptionName + "=", StringComparison.Ordinal) || arg.StartsWith(OptionName + ":", StringComparison.Ordinal)
                    ? arg[(OptionName.Length + 1)..]
                    : null;
            if (value is not null)
            {
                return Languages.GetValueOrDefault(value);
            }
        }

        return null;
    }

    /// <summary>Builds <c>--lang</c>, which every command takes.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Option() => new(OptionName)
    {
        Description = LanguageTexts.LangDescription,
        HelpName = "sv|en",
        Recursive = true,
        CustomParser = Parse,
    };

    private static string? Parse(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Languages.ContainsKey(text))
        {
            return text;
        }

        result.AddError(Texts.Format(LanguageTexts.LangInvalid, text));
        return null;
    }
}
