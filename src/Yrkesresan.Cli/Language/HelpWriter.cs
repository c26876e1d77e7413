using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;

namespace Yrkesresan.Cli.Language;

/// <summary>
/// Writes a command's <c>--help</c> in the current language. System.CommandLine's own help speaks only the
/// languages of its package (not Swedish) and its help builder is internal, so the tool writes help itself,
/// laid out as System.CommandLine lays it out (sections "Description:", "Usage:", "Options:", "Commands:",
/// two columns indented by two spaces, wrapped at the console's width), with every heading from
/// <see cref="LanguageTexts"/>; the root command ends with the exit codes.
/// </summary>
internal sealed class HelpWriter(int maxWidth)
{
    private const string Indent = "  ";

    /// <summary>Writes the help of a command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="output">Where to write.</param>
    public void Write(Command command, TextWriter output)
    {
        if (command.Hidden)
        {
            return;
        }

        Heading(output, LanguageTexts.HelpDescriptionTitle, command.Description);
        output.WriteLine();
        Heading(output, LanguageTexts.HelpUsageTitle, Usage(command));
        output.WriteLine();

        Section(output, LanguageTexts.HelpArgumentsTitle, [.. command.Arguments.Where(a => !a.Hidden).Select(ArgumentRow)]);
        Section(output, LanguageTexts.HelpOptionsTitle, [.. OptionsOf(command).Select(OptionRow)]);
        Section(output, LanguageTexts.HelpCommandsTitle, [.. command.Subcommands.Where(c => !c.Hidden).Select(c => (Label(c.Name, c.Aliases), c.Description ?? string.Empty))]);
        if (!command.Parents.OfType<Command>().Any())
        {
            Section(output, ToolTexts.ExitCodesTitle, [.. ExitCodes.Described().Select(e => (e.Code.ToString(CultureInfo.InvariantCulture), e.Meaning))]);
        }
    }

    /// <summary>The command's own options (help and version last), then the recursive options of its parents.</summary>
    private static List<Option> OptionsOf(Command command)
    {
        var options = new List<Option>(command.Options.Where(o => !o.Hidden).OrderBy(o => o is HelpOption or VersionOption));
        bool hasHelp = options.Any(o => o is HelpOption);
        for (Command? parent = ParentOf(command); parent is not null; parent = ParentOf(parent))
        {
            options.AddRange(parent.Options.Where(o => o is { Recursive: true, Hidden: false } && (o is not HelpOption || !hasHelp)));
        }

        return options;
    }

    private static Command? ParentOf(Command command) => command.Parents.OfType<Command>().FirstOrDefault();

    private static string Usage(Command command)
    {
        var path = new List<Command>();
        for (Command? c = command; c is not null; c = ParentOf(c))
        {
            path.Insert(0, c);
        }

        var parts = new List<string>();
        foreach (Command c in path)
        {
            parts.Add(c.Name);
            parts.AddRange(c.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[<{a.Name}>]" : $"<{a.Name}>"));
        }

        if (command.Subcommands.Any(c => !c.Hidden))
        {
            parts.Add(LanguageTexts.HelpUsageCommand);
        }

        if (command.Options.Any(o => !o.Hidden) || path.SkipLast(1).Any(c => c.Options.Any(o => o is { Recursive: true, Hidden: false })))
        {
            parts.Add(LanguageTexts.HelpUsageOptions);
        }

        return string.Join(' ', parts);
    }

    private static (string, string) ArgumentRow(Argument argument) =>
        ($"<{argument.HelpName ?? argument.Name}>", argument.Description ?? string.Empty);

    private static (string, string) OptionRow(Option option)
    {
        string label = Label(option.Name, option.Aliases);
        if (ValueLabel(option) is { } value)
        {
            label += " " + value;
        }

        if (option.Required)
        {
            label += " " + LanguageTexts.HelpRequired;
        }

        string description = option switch
        {
            HelpOption => LanguageTexts.HelpOptionDescription,
            VersionOption => LanguageTexts.VersionOptionDescription,
            _ => option.Description ?? string.Empty,
        };
        if (DefaultValue(option) is { } shown)
        {
            description = $"{description} {Texts.Format(LanguageTexts.HelpDefaultValue, shown)}".Trim();
        }

        return (label, description);
    }

    /// <summary>The option's value as <c>&lt;HELPNAME&gt;</c>; none for a switch (a bool, or no value).</summary>
    private static string? ValueLabel(Option option) =>
        !string.IsNullOrWhiteSpace(option.HelpName) ? $"<{option.HelpName}>"
        : option.ValueType == typeof(bool) || option.ValueType == typeof(bool?) || option.Arity.MaximumNumberOfValues <= 0 ? null
        : $"<{option.Name.TrimStart('-', '/')}>";

    private static string? DefaultValue(Option option) =>
        option.HasDefaultValue && option.GetDefaultValue() is { } value and not false
            ? Convert.ToString(value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The name and aliases, e.g. <c>-?, -h, --help</c>: by prefix, then by name, one per name (<c>-h</c>, not also <c>/h</c>).</summary>
    private static string Label(string name, IEnumerable<string> aliases) =>
        string.Join(", ", new[] { name }.Concat(aliases)
            .Select(SplitPrefix)
            .OrderBy(a => a.Prefix, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Alias, StringComparer.OrdinalIgnoreCase)
            .GroupBy(a => a.Alias, StringComparer.Ordinal)
            .Select(g => g.First().Prefix + g.Key));

    private static (string Prefix, string Alias) SplitPrefix(string alias)
    {
        foreach (string prefix in (string[])["--", "-", "/"])
        {
            if (alias.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (prefix, alias[prefix.Length..]);
            }
        }

        return (string.Empty, alias);
    }

    private void Heading(TextWriter output, string heading, string? text)
    {
        output.WriteLine(heading);
        foreach (string line in Wrap(text ?? string.Empty, maxWidth - Indent.Length))
        {
            output.WriteLine(Indent + line);
        }
    }

    private void Section(TextWriter output, string heading, IReadOnlyList<(string First, string Second)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine(heading);
        int first = rows.Max(r => r.First.Length);
        int second = rows.Max(r => r.Second.Length);
        if (first + second + (2 * Indent.Length) > maxWidth)
        {
            int firstMax = (maxWidth / 2) - Indent.Length;
            if (first > firstMax)
            {
                first = rows.SelectMany(r => Wrap(r.First, firstMax)).Max(l => l.Length);
            }

            second = maxWidth - first - (2 * Indent.Length);
        }

        foreach ((string left, string right) in rows)
        {
            string[] lefts = [.. Wrap(left, first)];
            string[] rights = [.. Wrap(right, second)];
            for (int i = 0; i < Math.Max(lefts.Length, rights.Length); i++)
            {
                string l = i < lefts.Length ? lefts[i] : string.Empty;
                string r = i < rights.Length ? rights[i] : string.Empty;
                output.WriteLine(string.IsNullOrWhiteSpace(r) ? Indent + l : Indent + l.PadRight(first) + Indent + r);
            }
        }

        output.WriteLine();
    }

    /// <summary>Breaks a text into lines of at most <paramref name="width"/> characters, after white space where it can.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        width = Math.Max(width, 1);
        foreach (string part in text.Split(["\r\n", "\n"], StringSplitOptions.None))
        {
            int i = 0;
            while (part.Length - i > width)
            {
                int length = width;
                for (int j = width; j > 0; j--)
                {
                    if (char.IsWhiteSpace(part[i + j - 1]))
                    {
                        length = j;
                        break;
                    }
                }

                yield return part.Substring(i, length);
                i += length;
            }

            yield return part[i..];
        }
    }
}
