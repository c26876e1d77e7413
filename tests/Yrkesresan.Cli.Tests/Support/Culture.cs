using System.Globalization;
using System.Runtime.CompilerServices;

namespace Yrkesresan.Cli.Tests.Support;

/// <summary>
/// The tool's tests pin the language they run in: English by default, whatever the machine's LANG; a test that
/// reads Swedish says so with <c>--lang sv</c>, as a user would.
/// </summary>
internal static class Culture
{
    /// <summary>Runs every test in English unless it says otherwise: set before any test of the assembly runs.</summary>
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: the culture is pinned before any test runs.")]
    internal static void PinEnglish()
    {
        CultureInfo english = CultureInfo.GetCultureInfo("en-US");
        CultureInfo.DefaultThreadCurrentCulture = english;
        CultureInfo.DefaultThreadCurrentUICulture = english;
        CultureInfo.CurrentCulture = english;
        CultureInfo.CurrentUICulture = english;
    }
}
