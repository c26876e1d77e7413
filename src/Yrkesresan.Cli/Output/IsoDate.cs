using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Cli.Output;

/// <summary>Dates as the tool prints them: ISO 8601, <c>YYYY-MM-DD</c>.</summary>
internal static class IsoDate
{
    /// <summary>The date as <c>YYYY-MM-DD</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The date as <c>YYYY-MM-DD</c>, or <see langword="null"/> when there is none.</summary>
    /// <param name="date">The date, or <see langword="null"/>.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(LocalDate? date) => date is LocalDate day ? Format(day) : null;
}
