using FsCheck;
using FsCheck.Fluent;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>Runs FsCheck properties from xunit facts with one shared configuration.</summary>
internal static class Properties
{
    /// <summary>How many random cases each property is checked on.</summary>
    public const int Cases = 500;

    private static readonly Config Configuration = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);

    /// <summary>Checks that <paramref name="assertion"/> holds (does not throw) for every generated case.</summary>
    public static void ForAll<T>(Gen<T> generator, Action<T> assertion) =>
        Prop.ForAll(generator.ToArbitrary(), assertion).Check(Configuration);

    /// <summary>Checks that <paramref name="property"/> is true for every generated case.</summary>
    public static void ForAll<T>(Gen<T> generator, Func<T, bool> property) =>
        Prop.ForAll(generator.ToArbitrary(), property).Check(Configuration);
}
