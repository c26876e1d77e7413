using System.Globalization;
using System.Runtime.CompilerServices;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>
/// The tests pin the culture they run in: English (the library's neutral language) by default, whatever
/// the machine's LANG, and Swedish where a test says so with <see cref="Swedish"/>.
/// </summary>
internal static class Culture
{
    /// <summary>English, the neutral language of the library's texts.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Swedish, as a Swedish administrator's machine has it.</summary>
    public static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Runs every test in English unless it says otherwise: set before any test of the assembly runs.</summary>
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: the culture is pinned before any test runs.")]
    internal static void PinEnglish()
    {
        CultureInfo.DefaultThreadCurrentCulture = English;
        CultureInfo.DefaultThreadCurrentUICulture = English;
        CultureInfo.CurrentCulture = English;
        CultureInfo.CurrentUICulture = English;
    }

    /// <summary>Switches the current thread's UI culture to Swedish until the result is disposed.</summary>
    /// <returns>What restores the culture before.</returns>
    public static IDisposable Swedish() => new Scope(SwedishCulture);

    /// <summary>Runs <paramref name="action"/> with Swedish as the UI culture.</summary>
    public static T InSwedish<T>(Func<T> action)
    {
        using (Swedish())
        {
            return action();
        }
    }

    /// <summary>Runs <paramref name="action"/> with English as the UI culture.</summary>
    public static T InEnglish<T>(Func<T> action)
    {
        using (new Scope(English))
        {
            return action();
        }
    }

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo before = CultureInfo.CurrentUICulture;

        public Scope(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

        public void Dispose() => CultureInfo.CurrentUICulture = before;
    }
}
