using System.Globalization;
using System.Runtime.CompilerServices;

namespace Yrkesresan.Specification.Support;

/// <summary>
/// The specification is read in Swedish: the library's texts (reasons, problems, explanations) are
/// checked as a Swedish administrator reads them, whatever the machine's LANG. Reqnroll's own binding
/// culture (reqnroll.json) is sv-SE too; this pins the UI culture, which picks the library's texts.
/// </summary>
internal static class Culture
{
    /// <summary>Swedish, as a Swedish administrator's machine has it.</summary>
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: the culture is pinned before any scenario runs.")]
    internal static void PinSwedish()
    {
        CultureInfo.DefaultThreadCurrentCulture = Swedish;
        CultureInfo.DefaultThreadCurrentUICulture = Swedish;
        CultureInfo.CurrentCulture = Swedish;
        CultureInfo.CurrentUICulture = Swedish;
    }
}
