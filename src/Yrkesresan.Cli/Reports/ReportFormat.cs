using System.CommandLine.Parsing;
using Yrkesresan.Cli.Commands;
using Yrkesresan.Cli.Language;

namespace Yrkesresan.Cli.Reports;

/// <summary>How <c>report</c> writes the report (<c>--format</c>).</summary>
internal enum ReportFormat
{
    /// <summary>One self-contained HTML file for print on A4 (the default).</summary>
    Html,

    /// <summary>The same content as Markdown, for pasting into a document.</summary>
    Markdown,
}

/// <summary>Reads <c>--format html|md</c>.</summary>
internal static class ReportFormatOption
{
    /// <summary>The formats by the word <c>--format</c> takes, in the order its message lists them.</summary>
    private static readonly (string Word, ReportFormat Format)[] Formats = [("html", ReportFormat.Html), ("md", ReportFormat.Markdown)];

    /// <summary>Reads the option's value, in any case.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The format, or null after adding an error.</returns>
    public static ReportFormat? Parse(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        foreach ((string word, ReportFormat format) in Formats)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        result.AddError(Texts.Format(CommandTexts.OptionFormatUnknown, Choices.Or([.. Formats.Select(f => f.Word)]), text));
        return null;
    }
}
