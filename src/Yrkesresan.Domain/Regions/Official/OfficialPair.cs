using System.Globalization;
using System.Text;
using Yrkesresan.Domain.Regions.Official;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// Whether a code and a name are an official pair, and if not, the problem that names the official pair: the code's
/// own name, or the code of the name given (or of the official name nearest to it).
/// </summary>
/// <remarks>
/// A name is near an official one when, ignoring case and accents, it is at most one edit away (two for names of more
/// than five letters): "Ange" is near "Ånge", "Sundsval" near "Sundsvall".
/// </remarks>
internal static class OfficialPair
{
    private static readonly Lazy<string[]> Folded = new(() => [.. OfficialList.Instance.All.Select(m => Fold(m.Name))]);

    /// <summary>Checks a pair.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <returns>Null for an official pair, otherwise the problem at <c>code</c> or <c>name</c>.</returns>
    public static DataProblem? Check(MunicipalityCode code, string name)
    {
        OfficialList list = OfficialList.Instance;
        string given = name.Normalize(NormalizationForm.FormC);
        OfficialMunicipality? named = list.FindByName(given);
        OfficialMunicipality? official = list.Find(code);
        if (official is null)
        {
            OfficialMunicipality? meant = named ?? Nearest(given, null).Municipality;
            return new DataProblem("code", meant is null
                ? Text(nameof(OfficialTexts.MunicipalityCodeNotOfficial), code)
                : Text(nameof(OfficialTexts.MunicipalityCodeNotOfficialNameIs), code, meant.Name, meant.Code));
        }

        if (official.Name == given)
        {
            return null;
        }

        OfficialMunicipality? other = named;
        if (other is null)
        {
            (OfficialMunicipality? nearest, int distance) = Nearest(given, official);
            other = nearest is not null && distance < Distance(Fold(given), Fold(official.Name)) ? nearest : null;
        }

        return new DataProblem("name", other is null
            ? Text(nameof(OfficialTexts.MunicipalityNameNotOfCode), code, official.Name, given)
            : Text(nameof(OfficialTexts.MunicipalityNameOfAnotherCode), code, official.Name, given, other.Name, other.Code));
    }

    /// <summary>Checks a code alone, when the name cannot be read.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Null for an official code, otherwise the problem at <c>code</c>.</returns>
    public static DataProblem? CheckCode(MunicipalityCode code) =>
        OfficialList.Instance.Find(code) is null ? new DataProblem("code", Text(nameof(OfficialTexts.MunicipalityCodeNotOfficial), code)) : null;

    /// <summary>The official municipality whose name is nearest to a name, when one is near; ties go to the lower code.</summary>
    private static (OfficialMunicipality? Municipality, int Distance) Nearest(string name, OfficialMunicipality? except)
    {
        string folded = Fold(name);
        OfficialMunicipality? best = null;
        int bestDistance = int.MaxValue;
        string[] names = Folded.Value;
        for (int i = 0; i < names.Length; i++)
        {
            OfficialMunicipality candidate = OfficialList.Instance.All[i];
            if (ReferenceEquals(candidate, except))
            {
                continue;
            }

            int distance = Distance(folded, names[i]);
            if (distance < bestDistance && distance <= MaxDistance(folded, names[i]))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return (best, bestDistance);
    }

    private static int MaxDistance(string a, string b) => Math.Min(a.Length, b.Length) > 5 ? 2 : 1;

    /// <summary>The name in lower case without accents, for nearness: "Ånge" and "ange" fold alike.</summary>
    private static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (char c in name.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>The Levenshtein distance: the fewest insertions, deletions and substitutions that make one text the other.</summary>
    private static int Distance(string a, string b)
    {
        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static LocalizedText Text(string key, params object?[] values) => LocalizedText.Of(OfficialTexts.ResourceManager, key, values);
}
