using System.Diagnostics.CodeAnalysis;
using Yrkesresan.Cli.RegionFiles;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Staff;

/// <summary>
/// Reads a period in the profession as <c>--period</c> and the staff file's <c>periods</c> column write
/// it: <c>YYYY-MM-DD</c> (still in the profession) or <c>YYYY-MM-DD..YYYY-MM-DD</c> (both days
/// included), by <see cref="ProfessionPeriod.Parse"/>, with its message when the text is not one.
/// </summary>
internal static class PeriodText
{
    /// <summary>Reads a period.</summary>
    /// <param name="text">The text, as given.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <param name="problem">
    /// Otherwise what is wrong, without a final full stop, e.g. <c>'2021-02-30' is not a period in the
    /// profession: write YYYY-MM-DD (still in the profession) or YYYY-MM-DD..YYYY-MM-DD (both days included)</c>;
    /// a long text or one with a line break in it is shown as <see cref="ShownValue"/> does.
    /// </param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse(string text, out ProfessionPeriod period, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            period = ProfessionPeriod.Parse(text);
            problem = null;
            return true;
        }
        catch (FormatException exception)
        {
            period = default;
            string message = exception.Message.TrimEnd('.');
            problem = text.Length > ShownValue.MaxLength || text.Any(char.IsControl)
                ? message.Replace($"'{text}'", $"'{ShownValue.Of(text)}'", StringComparison.Ordinal)
                : message;
            return false;
        }
    }
}
