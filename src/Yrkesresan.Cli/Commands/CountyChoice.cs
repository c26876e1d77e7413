using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Yrkesresan.Cli.Language;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// The value of <c>region --county</c>: a county of Statistics Sweden's list, by its code (<c>22</c>, <c>09</c> or
/// <c>9</c>) or its name, in any case: the official name (<c>Västernorrlands län</c>), without <c>län</c>
/// (<c>Västernorrlands</c>), or without the genitive s (<c>Västernorrland</c>).
/// </summary>
internal static class CountyChoice
{
    /// <summary>Finds the county a value names.</summary>
    /// <param name="value">The value as given.</param>
    /// <param name="county">The county, when the value names one.</param>
    /// <param name="problem">Otherwise the usage error: the value and every county, code and name.</param>
    /// <returns>Whether the value names a county.</returns>
    public static bool TryRead(string value, [NotNullWhen(true)] out County? county, [NotNullWhen(false)] out string? problem)
    {
        string text = value.Trim().Normalize(NormalizationForm.FormC);
        county = text.Length is 1 or 2 && text.All(char.IsAsciiDigit)
            ? (OfficialMunicipalities.TryFindCounty(int.Parse(text, CultureInfo.InvariantCulture), out County? byCode) ? byCode : null)
            : OfficialMunicipalities.Counties.FirstOrDefault(c => NamesOf(c).Any(name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase)));
        problem = county is null
            ? Texts.Format(CommandTexts.RegionCountyUnknown, value, string.Join(", ", OfficialMunicipalities.Counties))
            : null;
        return county is not null;
    }

    /// <summary>The names a county goes by: "Västernorrlands län", "Västernorrlands", "Västernorrland"; "Skåne län", "Skåne".</summary>
    private static IEnumerable<string> NamesOf(County county)
    {
        yield return county.Name;
        const string Suffix = " län";
        if (county.Name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            string shortName = county.Name[..^Suffix.Length];
            yield return shortName;
            if (shortName.EndsWith('s'))
            {
                yield return shortName[..^1];
            }
        }
    }
}
