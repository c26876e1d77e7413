using System.Globalization;
using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.Money;

/// <summary>
/// An exact amount of Swedish kronor (SEK), held as a whole number of öre (rule <c>MONEY-1</c>).
/// </summary>
/// <remarks>
/// <para>
/// One krona is 100 öre. Every amount the library computes is exact: there is no floating
/// point anywhere money is computed, and arithmetic is checked, so a result outside the range
/// of the type throws <see cref="OverflowException"/> with the operands in its message instead
/// of wrapping round to a wrong number.
/// </para>
/// <para>
/// Invoiced amounts are whole kronor; <see cref="IsWholeKronor"/> and <see cref="WholeKronor"/>
/// say whether an amount is one and give it. Rates that need öre (a price per inhabitant, say)
/// are held exactly too.
/// </para>
/// <para>This is an immutable value type and safe to share between threads.</para>
/// </remarks>
public readonly struct Sek : IEquatable<Sek>, IComparable<Sek>, IComparable
{
    /// <summary>The number of öre in one krona: 100.</summary>
    public const long OrePerKrona = 100;

    private readonly long ore;

    private Sek(long ore) => this.ore = ore;

    /// <summary>Zero kronor.</summary>
    public static Sek Zero => default;

    /// <summary>The largest amount the type can hold: <see cref="long.MaxValue"/> öre.</summary>
    public static Sek MaxValue => new(long.MaxValue);

    /// <summary>The smallest (most negative) amount the type can hold: <see cref="long.MinValue"/> öre.</summary>
    public static Sek MinValue => new(long.MinValue);

    /// <summary>The amount as a whole number of öre.</summary>
    public long TotalOre => ore;

    /// <summary>Whether the amount is a whole number of kronor (no öre part), as an invoiced amount must be.</summary>
    public bool IsWholeKronor => ore % OrePerKrona == 0;

    /// <summary>The amount in whole kronor.</summary>
    /// <exception cref="InvalidOperationException">The amount has an öre part, so it is not a whole number of kronor.</exception>
    public long WholeKronor => IsWholeKronor
        ? ore / OrePerKrona
        : throw new InvalidOperationException(LocalizedText.Format(MoneyTexts.SekNotWholeKronor, this));

    /// <summary>The sign of the amount: -1, 0 or 1.</summary>
    public int Sign => Math.Sign(ore);

    /// <summary>An amount of whole kronor.</summary>
    /// <param name="kronor">The number of kronor; may be negative (a credit).</param>
    /// <returns>The amount.</returns>
    /// <exception cref="OverflowException">The amount in öre is outside the range of <see cref="long"/>.</exception>
    public static Sek FromKronor(long kronor)
    {
        long result;
        try
        {
            result = checked(kronor * OrePerKrona);
        }
        catch (OverflowException)
        {
            throw new OverflowException(
                LocalizedText.Format(MoneyTexts.SekKronorOutOfRange, SwedishNumberFormat.FormatInteger(kronor), MinValue, MaxValue));
        }

        return new Sek(result);
    }

    /// <summary>An amount of öre.</summary>
    /// <param name="ore">The number of öre; may be negative (a credit).</param>
    /// <returns>The amount.</returns>
    public static Sek FromOre(long ore) => new(ore);

    /// <summary>Adds two amounts, throwing <see cref="OverflowException"/> rather than wrapping round.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of the type.</exception>
    public static Sek operator +(Sek left, Sek right)
    {
        long sum = left.ore + right.ore;

        // Overflow happened exactly when both operands have the same sign and the sum's differs.
        if (((left.ore ^ sum) & (right.ore ^ sum)) < 0)
        {
            throw Overflow(left, "+", right.ToString());
        }

        return new Sek(sum);
    }

    /// <summary>Subtracts one amount from another, throwing <see cref="OverflowException"/> rather than wrapping round.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of the type.</exception>
    public static Sek operator -(Sek left, Sek right)
    {
        long difference = left.ore - right.ore;

        // Overflow happened exactly when the operands have different signs and the result's sign differs from the left's.
        if (((left.ore ^ right.ore) & (left.ore ^ difference)) < 0)
        {
            throw Overflow(left, "-", right.ToString());
        }

        return new Sek(difference);
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    /// <exception cref="OverflowException">The amount is <see cref="MinValue"/>, whose negation does not fit.</exception>
    public static Sek operator -(Sek value) => value.ore == long.MinValue
        ? throw new OverflowException(LocalizedText.Format(MoneyTexts.SekNegationOutOfRange, value))
        : new Sek(-value.ore);

    /// <summary>Multiplies an amount by a whole number, e.g. a unit price by a number of participant days.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="factor">The whole number to multiply by.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of the type.</exception>
    public static Sek operator *(Sek amount, long factor) => amount.Multiply(factor);

    /// <summary>Multiplies an amount by a whole number, e.g. a number of participant days by a unit price.</summary>
    /// <param name="factor">The whole number to multiply by.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of the type.</exception>
    public static Sek operator *(long factor, Sek amount) => amount.Multiply(factor);

    /// <summary>Adds two amounts (the named form of <c>+</c>).</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of the type.</exception>
    public Sek Add(Sek other) => this + other;

    /// <summary>Subtracts an amount (the named form of <c>-</c>).</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of the type.</exception>
    public Sek Subtract(Sek other) => this - other;

    /// <summary>Multiplies the amount by a whole number.</summary>
    /// <param name="factor">The whole number to multiply by.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of the type.</exception>
    public Sek Multiply(long factor)
    {
        long product;
        try
        {
            product = checked(ore * factor);
        }
        catch (OverflowException)
        {
            throw Overflow(this, "×", factor.ToString(CultureInfo.InvariantCulture));
        }

        return new Sek(product);
    }

    /// <summary>The exact sum of a sequence of amounts.</summary>
    /// <param name="amounts">The amounts to add.</param>
    /// <returns>The sum; <see cref="Zero"/> for an empty sequence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="OverflowException">A partial sum is outside the range of the type.</exception>
    public static Sek Sum(IEnumerable<Sek> amounts)
    {
        Guard.Against.Null(amounts);
        Sek total = Zero;
        foreach (Sek amount in amounts)
        {
            total += amount;
        }

        return total;
    }

    /// <inheritdoc />
    public bool Equals(Sek other) => ore == other.ore;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Sek other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ore.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Sek other) => ore.CompareTo(other.ore);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Sek other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Sek)}.", nameof(obj)),
    };

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they are the same number of öre.</returns>
    public static bool operator ==(Sek left, Sek right) => left.Equals(right);

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they are different numbers of öre.</returns>
    public static bool operator !=(Sek left, Sek right) => !left.Equals(right);

    /// <summary>Whether one amount is less than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    public static bool operator <(Sek left, Sek right) => left.ore < right.ore;

    /// <summary>Whether one amount is greater than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Sek left, Sek right) => left.ore > right.ore;

    /// <summary>Whether one amount is less than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Sek left, Sek right) => left.ore <= right.ore;

    /// <summary>Whether one amount is greater than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Sek left, Sek right) => left.ore >= right.ore;

    /// <summary>
    /// The amount in Swedish notation: groups of three digits separated by spaces, a decimal comma
    /// before the öre when there are any, and "kr": <c>"950 000 kr"</c>, <c>"12,50 kr"</c>, <c>"-3 kr"</c>, in every
    /// UI culture (Swedish and English readers alike read amounts this way, decision 0023).
    /// </summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString()
    {
        long kronor = ore / OrePerKrona;
        long orepart = Math.Abs(ore % OrePerKrona);
        string sign = ore < 0 && kronor == 0 ? "-" : string.Empty;
        string whole = sign + SwedishNumberFormat.FormatInteger(kronor);
        return orepart == 0
            ? whole + " kr"
            : whole + "," + orepart.ToString("00", CultureInfo.InvariantCulture) + " kr";
    }

    private static OverflowException Overflow(Sek left, string operation, string right) =>
        new(LocalizedText.Format(MoneyTexts.SekArithmeticOverflow, left, operation, right, MinValue, MaxValue));
}
