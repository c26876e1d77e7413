using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Ardalis.SmartEnum;

namespace Yrkesresan.Domain;

/// <summary>
/// A closed set of named values (a <see cref="SmartEnum{TEnum}"/>) that region files, ledgers and
/// the command line spell with a short, stable, ASCII <see cref="Code"/> (<c>"hogre-chef"</c>,
/// <c>"trainer_pot"</c>) and that people read under a Swedish <see cref="DisplayName"/>.
/// </summary>
/// <typeparam name="TEnum">The set itself.</typeparam>
/// <remarks>Values are singletons: immutable and safe to share between threads.</remarks>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "As in SmartEnum itself: the lookups are called on the concrete set, e.g. Role.FromCode(\"chef\").")]
public abstract class CodedValue<TEnum> : SmartEnum<TEnum>
    where TEnum : CodedValue<TEnum>
{
    /// <summary>Creates a value.</summary>
    /// <param name="name">The C# name, e.g. <c>"HogreChef"</c>.</param>
    /// <param name="value">The ordinal, from 1, which also orders the set.</param>
    /// <param name="code">The spelling in files and on the command line, e.g. <c>"hogre-chef"</c>.</param>
    /// <param name="displayName">The Swedish name, e.g. <c>"Högre chef"</c>.</param>
    private protected CodedValue(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <summary>The spelling in region files, ledgers and on the command line.</summary>
    public string Code { get; }

    /// <summary>The Swedish name, as people read it.</summary>
    public string DisplayName { get; }

    /// <summary>Every code of the set, in order, for messages such as "one of mottagning, utredning, …".</summary>
    /// <returns>The codes, comma separated.</returns>
    public static string AllCodes() => string.Join(", ", List.OrderBy(v => v.Value).Select(v => v.Code));

    /// <summary>Finds the value with a code; the comparison is exact (ordinal, case-sensitive).</summary>
    /// <param name="code">The code, e.g. <c>"hogre-chef"</c>.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether a value has that code.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out TEnum? value)
    {
        value = code is null ? null : List.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.Ordinal));
        return value is not null;
    }

    /// <summary>The value with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No value has that code; the message lists the codes there are.</exception>
    public static TEnum FromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out TEnum? value)
            ? value
            : throw new ArgumentException(LocalizedText.Format(LibraryTexts.CodeNotKnown, code, typeof(TEnum).Name, AllCodes()), nameof(code));
    }

    /// <summary>The code.</summary>
    /// <returns>The code, e.g. <c>"hogre-chef"</c>.</returns>
    public override string ToString() => Code;
}
