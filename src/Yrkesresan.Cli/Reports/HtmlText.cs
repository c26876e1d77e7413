using System.Text;

namespace Yrkesresan.Cli.Reports;

/// <summary>
/// Text in the HTML report: the five characters that are markup (<c>&amp; &lt; &gt; " '</c>) as entities, and every
/// other character as it is, so Swedish letters read as themselves in the UTF-8 file (<c>Årsrapport</c>, not
/// <c>&amp;#197;rsrapport</c>, as <see cref="System.Net.WebUtility.HtmlEncode(string)"/> would write them).
/// </summary>
internal static class HtmlText
{
    /// <summary>Encodes text for an element's content or a quoted attribute.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
