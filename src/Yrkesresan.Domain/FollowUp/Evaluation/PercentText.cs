using System.Globalization;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>Writes a percentage given in tenths, with the decimal mark of the current UI culture's language (<c>88.3</c>, <c>88,3</c>).</summary>
internal static class PercentText
{
    /// <summary>A percentage of tenths, e.g. 883 as <c>"88.3"</c> (English) or <c>"88,3"</c> (Swedish).</summary>
    /// <param name="tenths">The percentage in tenths, from 0 to 1000.</param>
    /// <returns>The text.</returns>
    public static string OfTenths(int tenths) => string.Create(
        CultureInfo.InvariantCulture,
        $"{tenths / 10}{FollowUpTexts.DecimalMark}{tenths % 10}");
}
