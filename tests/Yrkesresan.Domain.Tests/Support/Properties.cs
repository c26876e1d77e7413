using FsCheck;
using FsCheck.Fluent;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>Runs FsCheck properties from xunit facts with one shared configuration.</summary>
internal static class Properties
{
    /// <summary>How many random cases each property is checked on.</summary>
    /// <remarks>500 by default; the environment variable <c>YRKESRESAN_PROPERTY_CASES</c> sets another count (CI's mutation run uses fewer, as every mutant reruns the properties).</remarks>
    public static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("YRKESRESAN_PROPERTY_CASES"), out int cases) && cases > 0 ? cases : 500;

    private static readonly Config Configuration = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);

    /// <summary>Checks that <paramref name="assertion"/> holds (does not throw) for every generated case.</summary>
    public static void ForAll<T>(Gen<T> generator, Action<T> assertion) =>
        Prop.ForAll(generator.ToArbitrary(), assertion).Check(Configuration);

    /// <summary>Checks that <paramref name="property"/> is true for every generated case.</summary>
    public static void ForAll<T>(Gen<T> generator, Func<T, bool> property) =>
        Prop.ForAll(generator.ToArbitrary(), property).Check(Configuration);
}
