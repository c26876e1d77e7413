using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// A municipality's code (<i>kommunkod</i>) as Statistics Sweden assigns it: four digits, the
/// first two the county, e.g. <c>2580</c> Luleå, <c>0114</c> Upplands Väsby.
/// </summary>
/// <remarks>
/// Codes order numerically, which is also their order as four-digit text; that order is the
/// last tie-break of rule <c>ALLOC-2</c> ("the lower municipality code"). The default value is
/// <c>0000</c>, which <see cref="Parse"/> never returns. This is an immutable value type and
/// safe to share between threads.
/// </remarks>
public readonly struct MunicipalityCode : IEquatable<MunicipalityCode>, IComparable<MunicipalityCode>, IComparable
{
    private readonly short value;

    private MunicipalityCode(short value) => this.value = value;

    /// <summary>The code as a number, e.g. 114 for <c>0114</c>.</summary>
    public int Value => value;

    /// <summary>The county part of the code (<i>länskod</i>): its first two digits, e.g. 25 for Norrbotten.</summary>
    public int CountyCode => value / 100;

    /// <summary>Reads a code of exactly four ASCII digits, not <c>0000</c>.</summary>
    /// <param name="text">The code, e.g. <c>"2580"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not four digits, or is <c>0000</c>.</exception>
    public static MunicipalityCode Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out MunicipalityCode code)
            ? code
            : throw new FormatException(LocalizedText.Format(RegionTexts.MunicipalityCodeInvalid, text));
    }

    /// <summary>Tries to read a code of exactly four ASCII digits, not <c>0000</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="code">The code, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MunicipalityCode code)
    {
        code = default;
        if (text is null || text.Length != 4)
        {
            return false;
        }

        int number = 0;
        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        if (number == 0)
        {
            return false;
        }

        code = new MunicipalityCode((short)number);
        return true;
    }

    /// <summary>The code as four digits, e.g. <c>"0114"</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => value.ToString("D4", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(MunicipalityCode other) => value == other.value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MunicipalityCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value;

    /// <inheritdoc />
    public int CompareTo(MunicipalityCode other) => value.CompareTo(other.value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        MunicipalityCode other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(MunicipalityCode)}.", nameof(obj)),
    };

    /// <summary>Whether two codes are the same.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(MunicipalityCode left, MunicipalityCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MunicipalityCode left, MunicipalityCode right) => !left.Equals(right);

    /// <summary>Whether one code is lower than another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(MunicipalityCode left, MunicipalityCode right) => left.value < right.value;

    /// <summary>Whether one code is higher than another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(MunicipalityCode left, MunicipalityCode right) => left.value > right.value;

    /// <summary>Whether one code is lower than or equal to another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(MunicipalityCode left, MunicipalityCode right) => left.value <= right.value;

    /// <summary>Whether one code is higher than or equal to another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(MunicipalityCode left, MunicipalityCode right) => left.value >= right.value;
}
