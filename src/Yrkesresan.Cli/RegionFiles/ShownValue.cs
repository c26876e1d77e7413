using System.Globalization;
using System.Text;

namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// A value from a file as a problem message shows it: on one line (control characters such as a
/// line break written as <c>\n</c>) and at most <see cref="MaxLength"/> characters, so each
/// problem stays one line of <c>FILE:LINE: FIELD: message</c>.
/// </summary>
internal static class ShownValue
{
    /// <summary>The most characters of a value a message shows.</summary>
    public const int MaxLength = 40;

    /// <summary>The value, trimmed, on one line and shortened with "…" when long.</summary>
    /// <param name="value">The value as read.</param>
    /// <returns>The value to show.</returns>
    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string trimmed = value.Trim();
        var shown = new StringBuilder(Math.Min(trimmed.Length, MaxLength) + 1);
        foreach (char c in trimmed)
        {
            if (shown.Length >= MaxLength)
            {
                return shown.Append('…').ToString();
            }

            shown.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return shown.ToString();
    }
}
